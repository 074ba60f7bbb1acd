import FactDrillKit
import XCTest

/// What a text beside the question (a deck id in the study header) may show of a card.
final class AnswerLeakTests: XCTestCase {
    private func card(answer: [LanguageCode: String], accept: [String]) -> DeckCard {
        DeckCard(
            id: "summit.place", fact: "summit", kind: "event.place", format: .text,
            prompt: LocalizedText(["en": "Where was the summit held?", "ar": "ما مكان القمة؟"]),
            answer: LocalizedText(answer), accept: accept)
    }

    func testAnAnswerWordInTheDeckIdIsHidden() {
        let card = card(
            answer: ["en": "Washington", "ar": "واشنطن"], accept: ["Washington", "واشنطن", "Washington DC"])
        XCTAssertEqual(card.answerLeak(in: ["nato-washington-summit"]), "Washington")
        XCTAssertEqual(card.labelHidingAnswer("nato-washington-summit"), "nato-…-summit")
    }

    func testAnIdThatGivesNothingAwayIsShownAsItIs() {
        let card = card(answer: ["en": "Vilnius", "ar": "فيلنيوس"], accept: ["Vilnius", "فيلنيوس"])
        XCTAssertNil(card.answerLeak(in: ["nato-washington-summit"]))
        XCTAssertEqual(card.labelHidingAnswer("nato-washington-summit"), "nato-washington-summit")
    }

    func testAnIdThatIsAllAnswerIsLeftOut() {
        let card = card(answer: ["en": "South Korea", "ar": "كوريا الجنوبية"], accept: ["South Korea"])
        XCTAssertNil(card.labelHidingAnswer("south-korea"))
    }

    func testAMultiWordAnswerIsHiddenWordByWord() {
        let card = card(answer: ["en": "South Korea", "ar": "كوريا الجنوبية"], accept: ["South Korea"])
        XCTAssertEqual(card.labelHidingAnswer("south-korea-exports"), "…-…-exports")
    }
}
