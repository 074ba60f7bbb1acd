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
}
