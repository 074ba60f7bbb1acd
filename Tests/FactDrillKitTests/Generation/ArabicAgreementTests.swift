import XCTest

@testable import FactDrillKit

/// Arabic verbs and pronouns agree with the noun a question is about; posts are annexed.
final class ArabicAgreementTests: XCTestCase {
    func prompt(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deck = try LanguageModels.deck()
        return try XCTUnwrap(deck.card(id)?.prompt["ar"], "no card \(id)", file: file, line: line)
    }

    func testWhichOfTwoAgreesWithTheirType() throws {
        XCTAssertTrue(try prompt("exporters.higher.jpn.usa").hasPrefix("حتى يوليو 2024، أيّ الدولتين جاءت في مركز أعلى"))
        XCTAssertTrue(try prompt("cited.higher.nato.nikkei").contains("أيّ المنظمتين جاءت في مركز أعلى"))
        XCTAssertTrue(
            try prompt("speakers.higher.biden.kishida").contains("أيّ الاثنين جاء في مركز أعلى"), "persons: neutral")
        XCTAssertEqual(
            ArabicTemplates.rankingHigher(type: nil, ranking: "ق", by: nil, time: .none),
            "أيّ الاثنين جاء في مركز أعلى في قائمة ق؟", "mixed types: neutral")
        XCTAssertEqual(
            ArabicTemplates.rankingHigher(type: .place, ranking: "ق", by: nil, time: .none),
            "أيّ المدينتين جاءت في مركز أعلى في قائمة ق؟", "places are cities")
        XCTAssertTrue(
            ArabicTemplates.rankingHolder(type: .place, rank: 1, ranking: "ق", by: nil, time: .none)
                .hasPrefix("أيّ مدينة جاءت"))
    }

    func testWhichOfTheseAgreesWithTheOptions() throws {
        // Asked as a choice for tied ranks only, so read from the templates.
        func choice(_ type: EntityType) -> String {
            ArabicTemplates.rankingHolderChoice(type: type, rank: 1, ranking: "ق", by: nil, time: .none)
        }
        XCTAssertTrue(choice(.country).contains("أيّ هذه الدول جاءت في المركز الأول"))
        XCTAssertTrue(choice(.organization).contains("أيّ هذه المنظمات جاءت"))
        XCTAssertTrue(choice(.person).contains("أيٌّ ممّا يلي جاء"))
    }

    func testADefiniteTitleBelongsToItsOrganizationWithLam() {
        XCTAssertEqual(
            ArabicTemplates.post("الأمين العام", at: "حلف شمال الأطلسي", type: .organization),
            "الأمين العام لحلف شمال الأطلسي")
        XCTAssertEqual(
            ArabicTemplates.post("الأمين العام", at: "الأمم المتحدة", type: .organization), "الأمين العام للأمم المتحدة"
        )
        XCTAssertEqual(
            ArabicTemplates.post("كبير مديري شؤون أوروبا", at: "مجلس الأمن القومي", type: .organization),
            "كبير مديري شؤون أوروبا في مجلس الأمن القومي")
        XCTAssertEqual(
            ArabicTemplates.post("نائب رئيس الوزراء", at: "أستراليا", type: .country), "نائب رئيس وزراء أستراليا")
        XCTAssertEqual(
            ArabicTemplates.post("زعيم الحزب", at: "حزب العمال", type: .organization), "زعيم حزب العمال",
            "the organization's noun is not said twice")
        XCTAssertEqual(ArabicAgreementRule.repeatedNoun("مَن كان يشغل منصب زعيم الحزب في حزب العمال؟"), "حزب")
        XCTAssertNil(ArabicAgreementRule.repeatedNoun("مَن كان يشغل منصب زعيم حزب العمال؟"))
    }

    func testAOneWordPostIsAnnexedToItsOrganization() throws {
        XCTAssertEqual(try prompt("biden-role.holder"), "حتى يوليو 2024، مَن كان يشغل منصب رئيس الولايات المتحدة؟")
        XCTAssertEqual(
            try prompt("smith-role.holder"), "حتى يوليو 2024، مَن كان يشغل منصب مدير معهد ستوكهولم الدولي لأبحاث السلام؟"
        )
        XCTAssertEqual(try prompt("kishida-role.holder"), "حتى يوليو 2024، مَن كان يشغل منصب رئيس وزراء اليابان؟")
        XCTAssertEqual(
            try prompt("carpenter-role.holder"),
            "حتى يوليو 2024، مَن كان يشغل منصب كبير مديري شؤون أوروبا في مجلس الأمن القومي الأمريكي؟")
    }

    func testAStatesPostIsAskedWithoutAVerbAgreeingWithThePerson() throws {
        XCTAssertEqual(try prompt("kishida-role.organization"), "حتى يوليو 2024، فوميو كيشيدا رئيس وزراء أيّ دولة؟")
        XCTAssertEqual(try prompt("biden-role.organization"), "حتى يوليو 2024، جو بايدن رئيس أيّ دولة؟")
        XCTAssertEqual(
            try prompt("carpenter-role.organization"),
            "حتى يوليو 2024، ما جهة عمل مايكل كاربنتر في منصب كبير مديري شؤون أوروبا؟", "an organization keeps جهة")
    }

    func testNameAMemberAgreesWithTheSetsNoun() throws {
        XCTAssertEqual(try prompt("partners.member"), "حتى يوليو 2024، اذكر إحدى الدول التي يتعاون معها الحلف.")
        XCTAssertEqual(
            try prompt("topics.member"), "حتى يوليو 2024، اذكر واحداً من الموضوعات التي تناولتها المحادثات.")
        XCTAssertEqual(
            ArabicTemplates.setMember(set: "المعدات المشتركة", memberType: nil, time: .none),
            "اذكر إحدى المعدات المشتركة.")
        XCTAssertEqual(
            ArabicTemplates.setMember(set: "شركاء الناتو", memberType: .country, time: .none),
            "اذكر دولةً من شركاء الناتو.")
    }
}
