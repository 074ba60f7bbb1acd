import FactDrillKit
import FactDrillStore
import Foundation
import XCTest

@testable import FactDrillCLI

/// The study header names the deck without giving the card's answer away.
final class CardPresenterTests: XCTestCase {
    private func stored(deck: String, answer: String) -> StoredCard {
        let card = DeckCard(
            id: "summit.place", fact: "summit", kind: "event.place", format: .text,
            prompt: LocalizedText(["en": "Where was the 2024 summit held?"]),
            answer: LocalizedText(["en": answer]), accept: [answer])
        return StoredCard(
            id: 1, deckID: deck, card: card, schedule: .newCard(due: Date(timeIntervalSince1970: 0)))
    }

    private func header(_ card: StoredCard) -> String {
        CardPresenter(languages: ["en"]).header(card, position: 3, total: 17).map(\.text).joined()
    }

    func testTheHeaderHidesTheAnswerInTheDeckId() {
        XCTAssertEqual(
            header(stored(deck: "nato-washington-summit", answer: "Washington")),
            "[3/17] nato-…-summit · event.place · new")
    }

    func testTheHeaderShowsAnIdThatGivesNothingAway() {
        XCTAssertEqual(
            header(stored(deck: "nato-washington-summit", answer: "Vilnius")),
            "[3/17] nato-washington-summit · event.place · new")
    }

    func testTheHeaderLeavesOutAnIdThatIsTheAnswer() {
        XCTAssertEqual(header(stored(deck: "vilnius", answer: "Vilnius")), "[3/17] event.place · new")
    }
}
