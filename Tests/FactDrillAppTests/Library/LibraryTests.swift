import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillApp

/// Deck lookups with the application's rules.
final class LibraryTests: XCTestCase {
    private let now = EngineFixtures.start

    func testAnUnknownDeckNamesTheInstalledOnes() throws {
        let database = try EngineFixtures.database()
        XCTAssertEqual(try database.requireDeck("test-deck", now: now).id, "test-deck")
        XCTAssertThrowsError(try database.requireDeck("nope", now: now)) { error in
            XCTAssertEqual(error as? AppError, .unknownDeck("nope", known: ["test-deck"]))
            XCTAssertEqual(error.localizedDescription, "no deck 'nope' (installed: test-deck)")
        }
        XCTAssertThrowsError(try database.stats(ofDeck: "nope", at: now))
        XCTAssertThrowsError(try database.exportableDeck("nope", now: now))
    }

    func testStatsCountTodayFromTheRollover() throws {
        let database = try EngineFixtures.database()
        let stats = try database.stats(ofDeck: "test-deck", at: now)
        XCTAssertEqual(stats.dayStart, Clock.dayStart(of: now))
        XCTAssertEqual(stats.overall.cards.new, 4)
    }

    func testTheExportedDeckLeavesRetiredCardsOut() throws {
        let database = try EngineFixtures.database()
        var smaller = EngineFixtures.deck()
        smaller.cards.removeLast()
        _ = try database.installDeck(smaller, source: .embedded(name: "test", contentHash: "1"), now: now)
        let exported = try database.exportableDeck("test-deck", now: now)
        XCTAssertEqual(exported.cards.map(\.id).sorted(), smaller.cards.map(\.id).sorted())
        XCTAssertEqual(exported.deck.title, smaller.deck.title)
    }
}
