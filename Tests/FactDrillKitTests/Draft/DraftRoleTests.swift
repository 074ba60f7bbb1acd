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

    func testNoNameNoRole() {
        let draft = DraftFixture.draft("The prime minister said the talks would go on.", language: "en")
        XCTAssertEqual(draft.roleLines, [])
    }
}
