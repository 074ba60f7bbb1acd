import FSRS
import FactDrillKit
import Foundation
import GRDB
import XCTest

@testable import FactDrillStore

/// The records store the typed values exactly as the untyped store did (the on-disk format).
final class ReviewLogRecordTests: XCTestCase {
    func testStoredValuesAreTodays() throws {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(Fixture.deck("d", keys: ["a"]), source: Fixture.source(), now: Fixture.day0)
        let card = try db.stored("d", "a")
        XCTAssertTrue(card.schedule.isNew)
        let after = ScheduleState(
            state: .relearning, step: 0, stability: 2, difficulty: 6,
            due: Fixture.at(hours: 2), lastReview: Fixture.at(hours: 1), reps: 1, lapses: 1)
        let session = try db.startSession(deck: "d", now: Fixture.day0)
        try db.recordReview(
            Fixture.answer(
                card, at: Fixture.at(hours: 1), rating: .hard, after: after,
                session: session, verdict: .close))
        let row = try XCTUnwrap(
            try db.read("test") { db in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT r.rating, r.verdict, r.kind, r.state_before, r.state_after, r.reviewed_at, s.state, s.due
                        FROM review_log r JOIN card_schedule s ON s.card_id = r.card_id
                        """)
            })
        XCTAssertEqual(row["rating"] as Int, 2)
        XCTAssertEqual(row["verdict"] as String, "close")
        XCTAssertEqual(row["kind"] as String, "review")
        XCTAssertEqual(row["state_before"] as Int, 0)
        XCTAssertEqual(row["state_after"] as Int, 3)
        XCTAssertEqual(row["state"] as Int, 3)
        XCTAssertEqual(row["reviewed_at"] as Double, Fixture.at(hours: 1).timeIntervalSince1970)
        XCTAssertEqual(row["due"] as Double, Fixture.at(hours: 2).timeIntervalSince1970)
        let entry = try XCTUnwrap(try db.reviews(session: session).first)
        XCTAssertEqual(entry.rating, .hard)
        XCTAssertEqual(entry.verdict, .close)
        XCTAssertNil(entry.before.state)
        XCTAssertEqual(entry.after, after)
    }

    func testAnUnknownStoredVerdictIsACorruptRow() throws {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(Fixture.deck("d", keys: ["a"]), source: Fixture.source(), now: Fixture.day0)
        let card = try db.stored("d", "a")
        try db.recordReview(Fixture.answer(card, at: Fixture.at(hours: 1), after: card.schedule))
        try db.write("test") { db in try db.execute(sql: "UPDATE review_log SET verdict = 'maybe'") }
        XCTAssertThrowsError(try db.reviews(card: card.id)) { error in
            guard case .corruptRow(table: "review_log", _, reason: "unknown verdict")? = error as? StoreError else {
                return XCTFail("\(error)")
            }
        }
    }
}
