import FactDrillKit
import Foundation
import GRDB
import XCTest

@testable import FactDrillStore

/// Large imports into a small database rebuild the card indexes and write with foreign-key
/// checks off; the result must be the database a row-by-row install would give.
final class BulkLoadTests: XCTestCase {
    private let size = StudyDatabase.bulkLoadMinimumCards + 37

    private func bigDeck(_ id: String, count: Int) -> Deck {
        Fixture.deck(
            id,
            (0..<count).map { index in
                Fixture.card(
                    String(format: "k%05d-%x", index, (index &* 2_654_435_761) % 65_536), fact: "f\(index % 97)")
            })
    }

    func testBulkInstallGivesTheSameDatabaseAsRowByRow() throws {
        let dir = try TemporaryDirectory()
        let db = try StudyDatabase(path: dir.path("bulk.sqlite"))
        try db.installDeck(Fixture.deck("small", keys: ["a", "b"]), source: Fixture.source(), now: Fixture.day0)
        let schemaBefore = try schema(db)
        let deck = bigDeck("big", count: size)
        XCTAssertTrue(try db.writer.read { try db.isBulkLoad(adding: deck.cards.count, in: $0) })

        let report = try db.installDeck(deck, source: Fixture.source("big"), now: Fixture.at(hours: 2))
        XCTAssertEqual(report, InstallReport(added: size))
        XCTAssertEqual(try schema(db), schemaBefore, "every index is back, as it was defined")
        try db.writer.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 1, "foreign-key checks are on again")
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok")
            XCTAssertEqual(
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM cards c JOIN card_schedule s ON s.card_id = c.id
                        WHERE c.deck_id = 'big' AND s.state = 0 AND s.due = ?
                        """, arguments: [Fixture.at(hours: 2).timeIntervalSince1970]), size)
            // The rebuilt unique index still refuses a second card with a known key.
            XCTAssertThrowsError(
                try db.execute(
                    sql: """
                        INSERT INTO cards (deck_id, card_key, fact, kind, fact_type, format, prompt, answer, accept, tags,
                                           added_at, updated_at)
                        SELECT deck_id, card_key, fact, kind, fact_type, format, prompt, answer, accept, tags, 0, 0
                        FROM cards WHERE deck_id = 'big' LIMIT 1
                        """))
        }
        // Deck order is kept (new cards are studied in it) and the content reads back.
        let stored = try db.cards(deck: "big")
        XCTAssertEqual(stored.map(\.card.id), deck.cards.map(\.id))
        XCTAssertEqual(stored.map(\.card), deck.cards)

        // The same deck installed card by card into another database stores the same rows.
        let other = try StudyDatabase(path: dir.path("rows.sqlite"))
        try other.installDeck(Fixture.deck("small", keys: ["a", "b"]), source: Fixture.source(), now: Fixture.day0)
        try other.installDeck(
            Fixture.deck("pad", (0..<(size + 10)).map { Fixture.card("p\($0)") }),
            source: Fixture.source("pad"), now: Fixture.day0)
        XCTAssertFalse(try other.writer.read { try other.isBulkLoad(adding: size, in: $0) })
        try other.installDeck(deck, source: Fixture.source("big"), now: Fixture.at(hours: 2))
        XCTAssertEqual(try contentRows(other, deck: "big"), try contentRows(db, deck: "big"))
    }

    /// Known, changed and new cards interleaved: the new ones are written a full statement at a
    /// time in deck order, the known ones updated or left, and the counts say which.
    func testAMixedReinstallAddsUpdatesAndKeepsInDeckOrder() throws {
        let db = try StudyDatabase.inMemory()
        let first = Fixture.deck("mix", (0..<300).map { Fixture.card("k\($0)") })
        try db.installDeck(first, source: Fixture.source(), now: Fixture.day0)
        var cards: [DeckCard] = []
        for index in 0..<300 {
            cards.append(index % 7 == 0 ? Fixture.card("k\(index)", prompt: "Changed \(index)?") : first.cards[index])
            if index % 3 == 0 { cards.append(Fixture.card("new\(index)")) }
        }
        let report = try db.installDeck(Fixture.deck("mix", cards), source: Fixture.source(), now: Fixture.at(days: 1))
        XCTAssertEqual(report, InstallReport(added: 100, updated: 43, unchanged: 257))
        let stored = try db.cards(deck: "mix")
        XCTAssertEqual(Set(stored.map(\.card)), Set(cards))
        XCTAssertEqual(
            stored.filter { $0.card.id.hasPrefix("new") }.map(\.card.id),
            cards.filter { $0.id.hasPrefix("new") }.map(\.id), "new cards in deck order")
        XCTAssertEqual(try db.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM card_schedule") }, 400)
    }

    func testReinstallingABulkDeckChangesNothing() throws {
        let dir = try TemporaryDirectory()
        let db = try StudyDatabase(path: dir.path("bulk.sqlite"))
        let deck = bigDeck("big", count: size)
        try db.installDeck(deck, source: Fixture.source("big"), now: Fixture.day0)
        let before = try contentRows(db, deck: "big")
        let report = try db.installDeck(deck, source: Fixture.source("big"), now: Fixture.at(days: 1))
        XCTAssertEqual(report, InstallReport(unchanged: size))
        XCTAssertEqual(try contentRows(db, deck: "big"), before)
    }

    func testFailingBulkInstallLeavesEverythingAsItWas() throws {
        let dir = try TemporaryDirectory()
        let db = try StudyDatabase(path: dir.path("bulk.sqlite"))
        try db.installDeck(Fixture.deck("small", keys: ["a", "b"]), source: Fixture.source(), now: Fixture.day0)
        let schemaBefore = try schema(db)
        let rowsBefore = try contentRows(db, deck: "small")
        var deck = bigDeck("big", count: size)
        deck.cards.append(deck.cards[5])
        XCTAssertThrowsError(try db.installDeck(deck, source: Fixture.source("big"), now: Fixture.day0)) { error in
            XCTAssertEqual(error as? StoreError, .duplicateCardID(deck: "big", cardID: deck.cards[5].id, index: size))
        }
        XCTAssertEqual(try schema(db), schemaBefore)
        XCTAssertEqual(try contentRows(db, deck: "small"), rowsBefore)
        try db.writer.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cards"), 2)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM decks WHERE id = 'big'"), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 1)
        }
    }

    /// A write failing half-way (here a trigger) waits for the step being encoded and rolls back.
    func testAFailingWriteStopsTheEncoderAndChangesNothing() throws {
        let dir = try TemporaryDirectory()
        let db = try StudyDatabase(path: dir.path("fail.sqlite"))
        try db.installDeck(Fixture.deck("small", keys: ["a", "b"]), source: Fixture.source(), now: Fixture.day0)
        let deck = bigDeck("big", count: size)
        try db.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER boom BEFORE INSERT ON cards WHEN NEW.card_key = '\(deck.cards[6_000].id)'
                    BEGIN SELECT RAISE(ABORT, 'boom'); END
                    """)
        }
        let schemaBefore = try schema(db)
        for _ in 0..<3 {
            XCTAssertThrowsError(try db.installDeck(deck, source: Fixture.source("big"), now: Fixture.day0)) { error in
                XCTAssertTrue("\(error)".contains("boom"), "\(error)")
            }
        }
        XCTAssertEqual(try schema(db), schemaBefore)
        try db.writer.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cards"), 2)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 1)
        }
    }

    func testProgressIsToldInOrderUpToTheTotal() throws {
        let db = try StudyDatabase.inMemory()
        let deck = bigDeck("big", count: 5_000)
        var told: [Int] = []
        try db.installDeck(deck, source: Fixture.source("big"), now: Fixture.day0, model: nil) { done, total in
            XCTAssertEqual(total, 5_000)
            told.append(done)
        }
        XCTAssertEqual(told.first, 0)
        XCTAssertEqual(told, told.sorted())
        XCTAssertGreaterThan(told.count, 50, "about every 1%")
        XCTAssertEqual(told.last, 5_000, "all of it once every card is written")
        XCTAssertEqual(told.filter { $0 == 5_000 }.count, 1)
    }

    /// Once a card id reaches the largest integer SQLite chooses free ids at random, some below
    /// the old largest: their schedules must still be written.
    func testNewCardsGetSchedulesWhateverIdsSQLiteChooses() throws {
        let dir = try TemporaryDirectory()
        let db = try StudyDatabase(path: dir.path("ids.sqlite"))
        try db.installDeck(Fixture.deck("small", keys: ["a"]), source: Fixture.source(), now: Fixture.day0)
        try db.writer.write { db in
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            try db.execute(
                sql: "UPDATE card_schedule SET card_id = ? WHERE card_id = (SELECT id FROM cards)",
                arguments: [Int64.max])
            try db.execute(sql: "UPDATE cards SET id = ?", arguments: [Int64.max])
        }
        let report = try db.installDeck(
            Fixture.deck("more", keys: (0..<120).map { "m\($0)" }),
            source: Fixture.source("more"), now: Fixture.day0)
        XCTAssertEqual(report.added, 120)
        try db.writer.read { db in
            XCTAssertEqual(
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cards WHERE id < ?", arguments: [Int64.max]), 120)
            XCTAssertEqual(
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM cards c WHERE NOT EXISTS (SELECT 1 FROM card_schedule s WHERE s.card_id = c.id)
                        """), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM card_schedule"), 121)
        }
    }

    /// Index names and definitions.
    private func schema(_ db: StudyDatabase) throws -> [String] {
        try db.writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT type || ' ' || name || ': ' || IFNULL(sql, '') FROM sqlite_master ORDER BY type, name
                    """)
        }
    }

    /// Every stored column of a deck's cards and schedules but the row ids, in deck order.
    private func contentRows(_ db: StudyDatabase, deck: String) throws -> [String] {
        try db.writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.deck_id, c.card_key, c.fact, c.kind, c.fact_type, c.format, c.prompt, c.answer, c.choices,
                           c.accept, c.reject, c.evidence, c.tags, c.retired, c.added_at, c.updated_at,
                           s.state, s.step, s.stability, s.difficulty, s.due, s.last_review, s.reps, s.lapses, s.suspended
                    FROM cards c JOIN card_schedule s ON s.card_id = c.id WHERE c.deck_id = ? ORDER BY c.id
                    """, arguments: [deck]
            ).map(\.description)
        }
    }
}
