import XCTest

@testable import FactDrillKit

/// Roles whose holder's name or organization no lexicon knows, read from where news writes them.
final class DraftRoleNameTests: XCTestCase {
    func testADefiniteComplementBeforeAQuotedSpeakersName() {
        let africa = DraftFixture.draft("وقال المدير العام للمراكز الأفريقية جان كاسيا إن القرار دعوة إلى التحرك.")
        XCTAssertEqual(africa.roleLines, ["جان كاسيا | المدير العام | المراكز الأفريقية"])
        let security = DraftFixture.draft(
            "وكان المدير العام للأمن العام اللواء عباس إبراهيم قد أوضح مساء أمس أن الانفجار نجم عن مواد.")
        XCTAssertEqual(security.roleLines, ["عباس إبراهيم | المدير العام | الأمن العام"])
        // Not when the words after the complement run on: the name's end is not a speaker's.
        let object = DraftFixture.draft("وسلم المدير العام للمراكز الأفريقية جائزة المسابقة الكبرى للفائزين.")
        XCTAssertEqual(object.roleLines, [])
    }

    func testAFamilyNameThatIsACountryAndABankNamedByItsNationality() {
        let draft = DraftFixture.draft(
            "Swiss National Bank chair Thomas Jordan said the bank would lend.", language: "en")
        XCTAssertEqual(draft.roleLines, ["Thomas Jordan | Chair | Swiss National Bank"])
    }

    func testAFamilyNameAloneAfterAPostIsThePersonNamedBefore() {
        let draft = DraftFixture.draft(
            """
            BYD overtook Elon Musk's carmaker on Tuesday.
            In 2011, Tesla Chief Executive Officer Musk laughed off BYD as a competitor.
            Tesla CEO Elon Musk said on Monday that sales rose.
            """, language: "en")
        // One person, «Elon Musk» without the possessive, and one role: "CEO" is the same post.
        XCTAssertEqual(draft.roleLines, ["Elon Musk | Chief Executive Officer | Tesla"])
        // A family name no one was named by is no one's.
        let unknown = DraftFixture.draft(
            "In 2011, Tesla Chief Executive Officer Musk laughed off BYD as a competitor.", language: "en")
        XCTAssertEqual(unknown.roleLines, [])
    }

    func testANameAfterATitleAndAFamilyNameBeforeAnApposition() {
        let titled = DraftFixture.draft("وقال رئيس الوزراء الباكستاني الجنرال وقار الزمان إن الحكومة ستتشكل.")
        XCTAssertEqual(titled.roleLines, ["وقار الزمان | رئيس الوزراء | باكستان"])
        // «الفريق» is also "the team": no name starts after it unless the lexicon knows it.
        let team = DraftFixture.draft("وقال مدرب المنتخب المغربي إن الفريق وقار في المباراة.")
        XCTAssertEqual(team.roleLines, [])
        let coach = DraftFixture.draft(
            """
            وقاد المدرب إيمرس فاي منتخب كوت ديفوار إلى اللقب يوم الأحد.
            وقال فاي، المدير الفني لمنتخب كوت ديفوار، عقب المباراة إن لاعبيه لم يستسلموا.
            """)
        XCTAssertEqual(coach.roleLines, ["إيمرس فاي | المدير الفني | منتخب كوت ديفوار"])
        // The last word of a full name before the comma is no family name alone.
        let union = DraftFixture.draft(
            "Modi invited Comoros President Azali Assoumani, the current chairperson of the 55-member African Union, to sit.",
            language: "en")
        XCTAssertFalse(
            union.roleLines.contains { $0.contains("Chair") && $0.hasSuffix("| Comoros") }, "\(union.roleLines)")
    }

    func testEnglishPostsHeldNowSentAndTakenOver() {
        let envoy = DraftFixture.draft(
            "U.S. Ambassador to Japan Rahm Emanuel praised Abe as an outstanding leader.", language: "en")
        XCTAssertEqual(envoy.roleLines, ["Rahm Emanuel | Ambassador to Japan | United States"])
        let replaces = DraftFixture.draft(
            "Richard Holden replaces Greg Hands as chair of the Conservative Party.", language: "en")
        XCTAssertEqual(replaces.roleLines, ["Richard Holden | Chair | Conservative Party"])
        let holds = DraftFixture.draft(
            "Cai Qi is the party secretary of Beijing, and Wang Yi is the director of the Central Foreign Affairs Commission.",
            language: "en")
        XCTAssertEqual(holds.roleLines.first, "Cai Qi | Party Secretary | Beijing")
        // Not a post held before ("was"), nor one said of someone in the middle of a clause.
        let was = DraftFixture.draft("Greg Hands was chair of NATO until last year.", language: "en")
        XCTAssertEqual(was.roleLines, [])
        // A party's chief is not the party's secretary: the party keeps its name.
        let party = DraftFixture.draft(
            "Telugu Desam Party chief N. Chandrababu Naidu, whose party won 16 seats, backed Modi.", language: "en")
        XCTAssertFalse(party.roleLines.contains { $0.hasSuffix("| Desam") }, "\(party.roleLines)")
    }

    func testAPlayersPostAndTeamRightAfterTheName() {
        let player = DraftFixture.draft("وسجل محمد صلاح مهاجم ليفربول هدفين في المباراة.")
        XCTAssertEqual(player.roleLines, ["محمد صلاح | مهاجم | ليفربول"])
        // Not a post of state: «الرئيس … وزير الخارجية» are two people.
        let two = DraftFixture.draft("واستقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأميركي أنتوني بلينكن.")
        XCTAssertFalse(two.roleLines.contains { $0.hasPrefix("عبد الفتاح السيسي | وزير") }, "\(two.roleLines)")
    }
}
