import FSRS
import FactDrillKit
import Foundation
import XCTest

@testable import FactDrillStore

final class ReviewTests: XCTestCase {
    private func makeDatabase() throws -> StudyDatabase {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(Fixture.deck("d", keys: ["a", "b"]), source: Fixture.source(), now: Fixture.day0)
        return db
    }

    private let learned = ScheduleState(
        state: .learning, step: 0, stability: 2.3, difficulty: 4.9, due: Fixture.at(hours: 1.1),
        lastReview: Fixture.at(hours: 1), reps: 1)

    func testRecordReviewLogsAndUpdatesTheSchedule() throws {
        let db = try makeDatabase()
        let session = try db.startSession(deck: "d", now: Fixture.at(hours: 1))
        let a = try db.stored("d", "a")
        let review = Fixture.answer(a, at: Fixture.at(hours: 1), rating: .good, after: learned, session: session)
        let logID = try db.recordReview(review)
        XCTAssertEqual(try db.stored("d", "a").schedule, learned)
        let log = try db.reviews(session: session)
        XCTAssertEqual(log.map(\.id), [logID])
        let entry = try XCTUnwrap(log.first)
        XCTAssertEqual([entry.cardKey, entry.deckID, entry.response], ["a", "d", "answer"])
        XCTAssertEqual(entry.verdict, .correct)
        XCTAssertEqual(entry.rating, .good)
        XCTAssertEqual(entry.before, a.schedule)
        XCTAssertEqual(entry.after, learned)
        XCTAssertEqual(entry.kind, .review)
        XCTAssertEqual(entry.reviewedAt, Fixture.at(hours: 1))
        XCTAssertEqual(try db.reviewCount(deck: "d", from: Fixture.day0, to: Fixture.at(days: 1)), 1)
        try db.endSession(session, now: Fixture.at(hours: 2))
        XCTAssertThrowsError(try db.endSession(999, now: Fixture.at(hours: 2)))
    }

    func testUndoRestoresTheScheduleAndDeletesTheLogRow() throws {
        let db = try makeDatabase()
        let session = try db.startSession(deck: nil, now: Fixture.day0)
        let a = try db.stored("d", "a")
        let b = try db.stored("d", "b")
        try db.recordReview(Fixture.answer(a, at: Fixture.at(hours: 1), after: learned, session: session))
        try db.recordReview(
            Fixture.answer(b, at: Fixture.at(hours: 1.01), rating: .again, after: learned, session: session))
        let restored = try XCTUnwrap(try db.undoLastReview(sessionID: session))
        XCTAssertEqual(restored.card.id, "b")
        XCTAssertEqual(restored.schedule, b.schedule)
        XCTAssertEqual(try db.stored("d", "b").schedule, b.schedule)
        XCTAssertEqual(try db.stored("d", "a").schedule, learned, "only the last answer undone")
        XCTAssertEqual(try db.reviews(session: session).map(\.cardKey), ["a"])

        XCTAssertEqual(try db.undoLastReview(sessionID: nil)?.card.id, "a")
        XCTAssertEqual(try db.stored("d", "a").schedule, a.schedule)
        XCTAssertNil(try db.undoLastReview(sessionID: session), "nothing left to undo")
    }

    func testUndoIsLimitedToTheSession() throws {
        let db = try makeDatabase()
        let first = try db.startSession(deck: nil, now: Fixture.day0)
        let second = try db.startSession(deck: nil, now: Fixture.day0)
        try db.recordReview(
            Fixture.answer(try db.stored("d", "a"), at: Fixture.at(hours: 1), after: learned, session: first))
        XCTAssertNil(try db.undoLastReview(sessionID: second))
        XCTAssertEqual(try db.reviews(session: first).count, 1)
    }

    func testPracticeIsLoggedButLeavesTheScheduleUnchanged() throws {
        let db = try makeDatabase()
        let a = try db.stored("d", "a")
        try db.recordReview(Fixture.answer(a, at: Fixture.at(hours: 1), after: learned, kind: .practice))
        XCTAssertEqual(try db.stored("d", "a").schedule, a.schedule)
        XCTAssertEqual(try db.reviews(card: a.id).map(\.kind), [.practice])
        XCTAssertEqual(try db.reviewCount(deck: nil, from: Fixture.day0, to: Fixture.at(days: 1), kind: .review), 0)
        XCTAssertEqual(try db.reviewCount(deck: nil, from: Fixture.day0, to: Fixture.at(days: 1), kind: .practice), 1)
        // Undoing practice deletes the row and still leaves the schedule alone.
        XCTAssertEqual(try db.undoLastReview(sessionID: nil)?.schedule, a.schedule)
        XCTAssertEqual(try db.reviews(card: a.id), [])
    }

    func testInvalidReviewsAreRefusedAndNothingIsWritten() throws {
        let db = try makeDatabase()
        let a = try db.stored("d", "a")
        // (A rating outside 1-4 cannot be built: `Rating` has four cases.)
        var review = Fixture.answer(a, at: Fixture.at(hours: 1), after: learned)
        review.cardID = 999
        XCTAssertThrowsError(try db.recordReview(review)) { XCTAssertEqual($0 as? StoreError, .unknownCard(id: 999)) }
        review.cardID = a.id
        review.sessionID = 77
        XCTAssertThrowsError(try db.recordReview(review)) { XCTAssertEqual($0 as? StoreError, .unknownSession(id: 77)) }
        XCTAssertEqual(try db.reviews(card: a.id), [])
        XCTAssertEqual(try db.stored("d", "a").schedule, a.schedule)
    }

    func testBusyDatabaseTellsTheObserverAndFailsClearly() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("busy.sqlite")
        let counter = BusyCounter()
        let db = try StudyDatabase(path: path, busyTimeout: 0.1, onBusy: { counter.record($0) })
        try db.installDeck(Fixture.deck("d", keys: ["a"]), source: Fixture.source(), now: Fixture.day0)
        let a = try db.stored("d", "a")

        // Another process (here: another connection) holds the write lock.
        let other = try StudyDatabase(path: path)
        try other.writer.writeWithoutTransaction { otherDB in
            try otherDB.execute(sql: "BEGIN IMMEDIATE")
            XCTAssertThrowsError(try db.recordReview(Fixture.answer(a, at: Fixture.at(hours: 1), after: learned))) {
                error in
                XCTAssertEqual(error as? StoreError, .busy(path: path))
            }
            try otherDB.execute(sql: "ROLLBACK")
        }
        XCTAssertGreaterThan(counter.calls, 0)
        XCTAssertEqual(counter.first, 0, "told when the wait begins")
        try db.recordReview(Fixture.answer(a, at: Fixture.at(hours: 1), after: learned))
        XCTAssertEqual(try db.reviews(card: a.id).count, 1)
    }
}

final class ConcurrentWriterTests: XCTestCase {
    /// Two connections to one file (as two factdrill processes) writing at once: every answer is kept.
    func testTwoWritersLoseNoReview() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("shared.sqlite")
        let first = try StudyDatabase(path: path)
        try first.installDeck(Fixture.deck("d", keys: ["a", "b"]), source: Fixture.source(), now: Fixture.day0)
        let second = try StudyDatabase(path: path)
        let a = try first.stored("d", "a")
        let failures = BusyCounter()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let db = worker == 0 ? first : second
            for index in 0..<40 {
                let at = Fixture.at(hours: Double(index) / 100)
                do {
                    try db.recordReview(Fixture.answer(a, at: at, after: a.schedule, kind: .practice))
                    _ = try db.studyQueue(deck: nil, now: at, dayStart: Fixture.day0, limits: DailyLimits())
                } catch {
                    failures.record(index)
                }
            }
        }
        XCTAssertEqual(failures.calls, 0)
        XCTAssertEqual(try second.reviews(card: a.id).count, 80)
        XCTAssertTrue(try first.doctor().isHealthy)
    }
}

/// Counts busy notifications from any thread.
// @unchecked Sendable: `values` is only touched under `lock`.
final class BusyCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int] = []

    func record(_ retries: Int) { lock.withLock { values.append(retries) } }
    var calls: Int { lock.withLock { values.count } }
    var first: Int? { lock.withLock { values.first } }
}
