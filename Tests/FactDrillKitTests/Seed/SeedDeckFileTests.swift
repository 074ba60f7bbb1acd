import Foundation
import XCTest

@testable import FactDrillKit

/// The committed seed deck file is exactly what the generator makes of the seed model.
final class SeedDeckFileTests: XCTestCase {
    private var decks: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("decks")
    }

    func testRegeneratingTheSeedDeckGivesTheCommittedBytes() throws {
        let model = try ModelLoader.load(yaml: EmbeddedSeed.modelYAML, file: EmbeddedSeed.fileName)
        let generated = try DeckFile.encode(QuestionGenerator().generate(model).deck)
        let committed = try Data(contentsOf: decks.appendingPathComponent("\(EmbeddedSeed.deckID).deck.json"))
        XCTAssertEqual(
            generated, committed,
            """
            decks/\(EmbeddedSeed.deckID).deck.json is stale: run \
            `swift run factdrill generate decks/\(EmbeddedSeed.fileName) -o decks/\(EmbeddedSeed.deckID).deck.json`
            """)
    }

    func testTheSeedDeckAsksEveryKindOfQuestion() throws {
        let deck = try DeckFile.decode(
            Data(contentsOf: decks.appendingPathComponent("\(EmbeddedSeed.deckID).deck.json")),
            file: "seed")
        let kinds = Set(deck.cards.map(\.kind))
        for kind in [
            "ranking.holder-of", "ranking.rank-of", "ranking.higher", "event.date", "event.place",
            "event.order", "event.earlier", "role.holder", "role.title", "role.organization",
            "set.member", "set.odd-one-out",
        ] {
            XCTAssertTrue(kinds.contains(kind), "no \(kind) card")
        }
        // No ranking.holder-of in multiple choice: the seed's ranking has no tie, and a rank held
        // by one entity is asked typed only (at most three cards an entry).
        XCTAssertEqual(Set(deck.deck.languages), ["ar", "en"])
    }
}
