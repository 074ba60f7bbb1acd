import FSRS
import FactDrillKit
import Foundation
import XCTest

@testable import FactDrillStore

final class StudyQueueTests: XCTestCase {
    /// A deck `d` of 8 cards: r1 r2 r3 (review, due -3d, -1d, +1d), l1 (learning, due -1h),
    /// n1 n2 n3 (new), and x (review due -2d, later retired by a re-import).
    private func makeDatabase() throws -> StudyDatabase {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(
            Fixture.deck("d", keys: ["r1", "r2", "r3", "l1", "n1", "n2", "n3", "x"]),
            source: Fixture.source(), now: Fixture.at(days: -10))
        try db.setSchedule("d", "r1", Fixture.review(due: Fixture.at(days: -3), intervalDays: 4))
        try db.setSchedule("d", "r2", Fixture.review(due: Fixture.at(days: -1), intervalDays: 4))
        try db.setSchedule("d", "r3", Fixture.review(due: Fixture.at(days: 1), intervalDays: 4))
        try db.setSchedule("d", "x", Fixture.review(due: Fixture.at(days: -2), intervalDays: 4))
        try db.setSchedule(
            "d", "l1",
            ScheduleState(
                state: .learning, step: 1, stability: 1, difficulty: 5,
                due: Fixture.at(hours: -1), lastReview: Fixture.at(hours: -2), reps: 1))
        try db.installDeck(
            Fixture.deck("d", keys: ["r1", "r2", "r3", "l1", "n1", "n2", "n3"]),
            source: Fixture.source(), now: Fixture.at(days: -1))
        return db
    }

    private let now = Fixture.at(hours: 9)

    func testDueCardsMostOverdueFirstThenNewInDeckOrder() throws {
        let db = try makeDatabase()
        let queue = try db.studyQueue(deck: nil, now: now, dayStart: Fixture.day0, limits: DailyLimits())
        XCTAssertEqual(queue.due.map(\.card.id), ["r1", "r2", "l1"], "retired x and not-yet-due r3 left out")
        XCTAssertEqual(queue.new.map(\.card.id), ["n1", "n2", "n3"])
        XCTAssertEqual(try db.studyQueue(deck: "d", now: now, dayStart: Fixture.day0, limits: DailyLimits()), queue)
        XCTAssertTrue(try db.studyQueue(deck: "other", now: now, dayStart: Fixture.day0, limits: DailyLimits()).isEmpty)
    }

    func testSuspendedAndBuriedCardsAreLeftOut() throws {
        let db = try makeDatabase()
        try db.suspend(cardID: try db.stored("d", "r1").id)
        try db.suspend(cardID: try db.stored("d", "n1").id)
        try db.bury(cardID: try db.stored("d", "r2").id, until: Fixture.at(days: 1))
        try db.bury(cardID: try db.stored("d", "n2").id, until: Fixture.at(days: 1))
        let queue = try db.studyQueue(deck: nil, now: now, dayStart: Fixture.day0, limits: DailyLimits())
        XCTAssertEqual(queue.due.map(\.card.id), ["l1"])
        XCTAssertEqual(queue.new.map(\.card.id), ["n3"])

        // Tomorrow the buried cards are back; unsuspending brings the others back.
        try db.suspend(cardID: try db.stored("d", "r1").id, false)
        let tomorrow = try db.studyQueue(
            deck: nil, now: Fixture.at(days: 1, hours: 9), dayStart: Fixture.at(days: 1),
            limits: DailyLimits())
        XCTAssertEqual(tomorrow.due.map(\.card.id), ["r1", "r2", "l1", "r3"])
        XCTAssertEqual(tomorrow.new.map(\.card.id), ["n2", "n3"])
    }

    func testNewCardLimitCountsNewCardsStudiedToday() throws {
        let db = try makeDatabase()
        let limits = DailyLimits(newCards: 2, reviews: 200)
        XCTAssertEqual(
            try db.studyQueue(deck: nil, now: now, dayStart: Fixture.day0, limits: limits).new.map(\.card.id),
            ["n1", "n2"])
        // Study n1 today (and practise n2, which does not count): one new card left for today.
        let n1 = try db.stored("d", "n1")
        try db.recordReview(
            Fixture.answer(
                n1, at: Fixture.at(hours: 8),
                after: ScheduleState(
                    state: .learning, step: 0, stability: 1, difficulty: 5, due: Fixture.at(hours: 8.2),
                    lastReview: Fixture.at(hours: 8), reps: 1)))
        try db.recordReview(
            Fixture.answer(
                try db.stored("d", "n2"), at: Fixture.at(hours: 8),
                after: try db.stored("d", "n2").schedule, kind: .practice))
        let queue = try db.studyQueue(deck: nil, now: now, dayStart: Fixture.day0, limits: limits)
        XCTAssertEqual(queue.new.map(\.card.id), ["n2"])
        XCTAssertEqual(queue.due.map(\.card.id), ["r1", "r2", "l1", "n1"], "n1 now a learning card")
        // A new card studied yesterday does not count today.
        let tomorrow = try db.studyQueue(
            deck: nil, now: Fixture.at(days: 1, hours: 9), dayStart: Fixture.at(days: 1),
            limits: limits)
        XCTAssertEqual(tomorrow.new.map(\.card.id), ["n2", "n3"])
    }

    func testReviewLimitHoldsBackReviewCardsButNotLearningSteps() throws {
        let db = try makeDatabase()
        let r3 = try db.stored("d", "r3")
        // A review of r3 done early today counts against the review limit.
        try db.recordReview(
            Fixture.answer(
                r3, at: Fixture.at(hours: 1),
                after: Fixture.review(due: Fixture.at(days: 9), intervalDays: 9)))
        let queue = try db.studyQueue(
            deck: nil, now: now, dayStart: Fixture.day0, limits: DailyLimits(newCards: 0, reviews: 2))
        XCTAssertEqual(queue.due.map(\.card.id), ["r1", "l1"], "one review left: the most overdue")
        XCTAssertEqual(queue.new, [])
        let none = try db.studyQueue(
            deck: nil, now: now, dayStart: Fixture.day0, limits: DailyLimits(newCards: 0, reviews: 1))
        XCTAssertEqual(none.due.map(\.card.id), ["l1"])
    }

    func testPracticeQueueOffersCardsNotYetDueSoonestFirst() throws {
        let db = try makeDatabase()
        try db.setSchedule("d", "n1", Fixture.review(due: Fixture.at(days: 5), intervalDays: 6))
        XCTAssertEqual(try db.practiceQueue(deck: nil, now: now, limit: 10).map(\.card.id), ["r3", "n1"])
        XCTAssertEqual(try db.practiceQueue(deck: "d", now: now, limit: 1).map(\.card.id), ["r3"])
        try db.suspend(cardID: try db.stored("d", "r3").id)
        XCTAssertEqual(try db.practiceQueue(deck: nil, now: now, limit: 10).map(\.card.id), ["n1"])
    }

    func testNextDueDate() throws {
        let db = try makeDatabase()
        XCTAssertEqual(try db.nextDueDate(deck: nil, after: now), Fixture.at(days: 1), "r3; retired x ignored")
        try db.bury(cardID: try db.stored("d", "r3").id, until: Fixture.at(days: 2))
        XCTAssertEqual(try db.nextDueDate(deck: "d", after: now), Fixture.at(days: 2))
        XCTAssertNil(try db.nextDueDate(deck: "other", after: now))
        XCTAssertNil(try db.nextDueDate(deck: nil, after: Fixture.at(days: 3)))
    }

    func testUnknownCardOperationsFail() throws {
        let db = try makeDatabase()
        XCTAssertNil(try db.card(id: 999))
        XCTAssertThrowsError(try db.bury(cardID: 999, until: now)) {
            XCTAssertEqual($0 as? StoreError, .unknownCard(id: 999))
        }
        XCTAssertThrowsError(try db.suspend(cardID: 999)) { XCTAssertEqual($0 as? StoreError, .unknownCard(id: 999)) }
    }
}
