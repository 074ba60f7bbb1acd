import XCTest

@testable import FactDrillKit

/// Roles in the forms news uses.
final class DraftRoleTests: XCTestCase {
    func testArabicNameCommaPostInOrganization() {
        let draft = DraftFixture.draft(
            "إلى ذلك، أكد مايكل كاربنتر، كبير مديري شؤون أوروبا في مجلس الأمن القومي الأميركي، أن أمن أوروبا متشابك.")
        XCTAssertEqual(draft.roleLines, ["مايكل كاربنتر | كبير مديري شؤون أوروبا | مجلس الأمن القومي الأميركي"])
        draft.loads()
    }

    func testArabicPostNationalityName() {
        let draft = DraftFixture.draft("وهو ما أكده مراراً رئيس الوزراء الياباني فوميو كيشيدا، وفقا لصحيفة نيكي آسيا.")
        XCTAssertEqual(draft.roleLines, ["فوميو كيشيدا | رئيس الوزراء | اليابان"])
        guard case .role(_, let post, _) = draft.facts.first?.body else { return XCTFail("no role") }
        XCTAssertEqual(post["en"], "Prime Minister", "a lexicon post brings its English")
    }

    func testArabicNameHoldsPost() {
        let draft = DraftFixture.draft(
            "على الرغم من أن أستراليا سيمثلها نائب رئيس الوزراء ريتشارد مارلز، الذي يشغل منصب وزير الدفاع.")
        XCTAssertEqual(
            Set(draft.roleLines),
            ["ريتشارد مارلز | نائب رئيس الوزراء | أستراليا", "ريتشارد مارلز | وزير الدفاع | أستراليا"])
    }

    func testEnglishForms() {
        let draft = DraftFixture.draft(
            "French President Emmanuel Macron met Mark Rutte, the secretary general of NATO, in Paris.", language: "en")
        XCTAssertEqual(
            Set(draft.roleLines), ["Emmanuel Macron | President | France", "Mark Rutte | Secretary General | NATO"])
        draft.loads()
    }

    func testPostsInARowShareTheirHolder() {
        let draft = DraftFixture.draft(
            "وتابع الشيخ محمد بن راشد آل مكتوم، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، لحظة دخول المسبار.")
        let posts = draft.roleLines.filter { $0.hasPrefix("محمد بن راشد آل مكتوم | ") }
        XCTAssertEqual(posts.count, 3, draft.roleLines.joined(separator: "\n"))
        XCTAssertTrue(
            draft.roleLines.contains("محمد بن راشد آل مكتوم | حاكم | دبي"), draft.roleLines.joined(separator: "\n"))
    }

    func testAppointments() {
        let english = DraftFixture.draft(
            "Britain's Rachel Reeves was appointed chancellor of the exchequer on Friday.", language: "en")
        XCTAssertTrue(english.roleLines.first?.hasPrefix("Rachel Reeves | ") == true, english.roleLines.joined())
        let arabic = DraftFixture.draft("وقرر الرئيس المصري تعيين بدر عبد العاطي وزيراً للخارجية.")
        XCTAssertTrue(
            arabic.roleLines.contains { $0.hasPrefix("بدر عبد العاطي | وزير الخارجية") },
            arabic.roleLines.joined(separator: "\n"))
    }

    func testNationalPostTakesTheCountryNamedBefore() {
        let draft = DraftFixture.draft(
            "Russian President Vladimir Putin sent Foreign Minister Sergey Lavrov to the summit.", language: "en")
        XCTAssertTrue(
            draft.roleLines.contains("Sergey Lavrov | Foreign Minister | Russia"),
            draft.roleLines.joined(separator: "\n"))
    }

    func testHeadingVerbsAndFormerPosts() {
        let heads = DraftFixture.draft("Jane Smith, who heads the International Monetary Fund, spoke.", language: "en")
        XCTAssertEqual(heads.roleLines, ["Jane Smith | Head | International Monetary Fund"])
        let former = DraftFixture.draft("Former prime minister Boris Johnson spoke on Monday.", language: "en")
        XCTAssertEqual(former.roleLines, [], "a former post is not a role")
        XCTAssertTrue(former.notes.contains { $0.message.contains("former post") })
    }

    func testNoNameNoRole() {
        let draft = DraftFixture.draft("The prime minister said the talks would go on.", language: "en")
        XCTAssertEqual(draft.roleLines, [])
    }
}

/// Appointments in a list, accusative posts, national posts by a city, one name one entity.
final class DraftRoleListTests: XCTestCase {
    func testListOfAppointmentsInTheAccusative() {
        let draft = DraftFixture.draft(
            "وشمل التعديل الوزاري في مصر تعيين عبد المجيد صقر وزيراً للدفاع، وعُيّن أحمد كجوك وزيراً للمالية، وكريم بدوي وزيراً للبترول."
        )
        XCTAssertEqual(
            Set(draft.roleLines),
            ["عبد المجيد صقر | وزير الدفاع | مصر", "أحمد كجوك | وزير المالية | مصر", "كريم بدوي | وزير البترول | مصر"])
        draft.loads()
    }

    func testWhoAppointsHoldsNoPostOfTheAppointee() {
        let draft = DraftFixture.draft("وعيّن الرئيس أحمد كجوك وزيراً للمالية في الحكومة المصرية.")
        XCTAssertFalse(draft.roleLines.contains { $0.hasPrefix("أحمد كجوك | الرئيس") }, "\(draft.roleLines)")
    }

    func testACityStandsForItsCountry() {
        let draft = DraftFixture.draft("وسيحظى الوفد باستقبال في الرباط من طرف الملك محمد السادس بالقصر الملكي.")
        XCTAssertEqual(draft.roleLines, ["محمد السادس | الملك | المغرب"])
    }

    func testOneNameOneEntity() {
        // "QS" is a lexicon's organization and a capitalized word the rules read: one entity.
        let draft = DraftFixture.draft(
            "The Massachusetts Institute of Technology kept the top spot in the QS World University Rankings. Jessica Turner, QS's chief executive, spoke on Tuesday.",
            language: "en")
        draft.loads()
        let names = draft.entities.compactMap { $0.names["en"] }
        XCTAssertEqual(names.count, Set(names).count, "\(names)")
    }
}

/// Posts whose organization is further on, or only the country's; names that look like clitics.
final class DraftRoleReachTests: XCTestCase {
    func testOrganizationAfterAt() {
        let draft = DraftFixture.draft(
            "Maria Lopez, head of the energy desk at the IEA, said demand would slow.", language: "en")
        XCTAssertEqual(draft.roleLines.count, 1, "\(draft.roleLines)")
        XCTAssertTrue(draft.roleLines.first?.contains("Head of the Energy Desk") == true, "\(draft.roleLines)")
        XCTAssertFalse(draft.roleLines.first?.hasSuffix("| -") ?? true, "\(draft.roleLines)")
    }

    func testOrganizationAtTheSentenceStart() {
        let draft = DraftFixture.draft("Petrobras Chairman Pietro Mendes attended the signing.", language: "en")
        XCTAssertEqual(draft.roleLines, ["Pietro Mendes | Chairman | Petrobras"])
        let acting = DraftFixture.draft("Acting President Kamala Harris attended the signing.", language: "en")
        XCTAssertFalse(acting.roleLines.contains { $0.hasSuffix("| Acting") }, "\(acting.roleLines)")
    }

    func testPresidentElectAndTheStateAreNational() {
        let draft = DraftFixture.draft(
            "أعلنت السنغال النتائج. ومن المقرر أن يؤدي الرئيس المنتخب باسيرو ديوماي فاي اليمين الدستورية في السنغال.")
        XCTAssertTrue(
            draft.roleLines.contains("باسيرو ديوماي فاي | الرئيس المنتخب | السنغال"), "\(draft.roleLines)")
    }
}
