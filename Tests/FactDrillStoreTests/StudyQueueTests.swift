import FSRS
import FactDrillKit
import FactDrillTestSupport
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
        XCTAssertEqual(queue.due.map(\.key), ["r1", "r2", "l1"], "retired x and not-yet-due r3 left out")
        XCTAssertEqual(queue.new.map(\.key), ["n1", "n2", "n3"])
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
        XCTAssertEqual(queue.due.map(\.key), ["l1"])
        XCTAssertEqual(queue.new.map(\.key), ["n3"])

        // Tomorrow the buried cards are back; unsuspending brings the others back.
        try db.suspend(cardID: try db.stored("d", "r1").id, false)
        let tomorrow = try db.studyQueue(
            deck: nil, now: Fixture.at(days: 1, hours: 9), dayStart: Fixture.at(days: 1),
            limits: DailyLimits())
        XCTAssertEqual(tomorrow.due.map(\.key), ["r1", "r2", "l1", "r3"])
        XCTAssertEqual(tomorrow.new.map(\.key), ["n2", "n3"])
    }

    func testNewCardLimitCountsNewCardsStudiedToday() throws {
        let db = try makeDatabase()
        let limits = DailyLimits(newCards: 2, reviews: 200)
        XCTAssertEqual(
            try db.studyQueue(deck: nil, now: now, dayStart: Fixture.day0, limits: limits).new.map(\.key),
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
        XCTAssertEqual(queue.new.map(\.key), ["n2"])
        XCTAssertEqual(queue.due.map(\.key), ["r1", "r2", "l1", "n1"], "n1 now a learning card")
        // A new card studied yesterday does not count today.
        let tomorrow = try db.studyQueue(
            deck: nil, now: Fixture.at(days: 1, hours: 9), dayStart: Fixture.at(days: 1),
            limits: limits)
        XCTAssertEqual(tomorrow.new.map(\.key), ["n2", "n3"])
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
        XCTAssertEqual(queue.due.map(\.key), ["r1", "l1"], "one review left: the most overdue")
        XCTAssertEqual(queue.new, [])
        let none = try db.studyQueue(
            deck: nil, now: now, dayStart: Fixture.day0, limits: DailyLimits(newCards: 0, reviews: 1))
        XCTAssertEqual(none.due.map(\.key), ["l1"])
    }

    func testPracticeQueueOffersCardsNotYetDueSoonestFirst() throws {
        let db = try makeDatabase()
        try db.setSchedule("d", "n1", Fixture.review(due: Fixture.at(days: 5), intervalDays: 6))
        XCTAssertEqual(try db.practiceQueue(deck: nil, now: now, limit: 10).map(\.key), ["r3", "n1"])
        XCTAssertEqual(try db.practiceQueue(deck: "d", now: now, limit: 1).map(\.key), ["r3"])
        try db.suspend(cardID: try db.stored("d", "r3").id)
        XCTAssertEqual(try db.practiceQueue(deck: nil, now: now, limit: 10).map(\.key), ["n1"])
    }

    /// The queue's entries (no content read) are the cards a reading of every card in full
    /// would choose, in the same order, on a synthetic database with suspended, buried and
    /// retired cards, for all decks and one, with and without tight limits.
    func testTheQueueMatchesAReferenceBuiltFromFullCards() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("queue.sqlite")
        let plan = SyntheticDatabase.Plan(cards: 3000, decks: 3, reviews: 20_000, seed: 9)
        try SyntheticDatabase.build(path: path, plan: plan)
        let db = try StudyDatabase(path: path)
        try db.write("test setup") { db in
            try db.execute(sql: "UPDATE card_schedule SET suspended = 1 WHERE card_id % 7 = 0")
            try db.execute(
                sql: "UPDATE card_schedule SET buried_until = ? WHERE card_id % 5 = 0",
                arguments: [plan.now.addingTimeInterval(3600).timeIntervalSince1970])
            try db.execute(sql: "UPDATE cards SET retired = 1 WHERE id % 11 = 0")
        }
        let all = try (0..<plan.decks).flatMap { try db.cards(deck: "deck-\($0)", includeRetired: true) }
        let dayStart = plan.now.addingTimeInterval(-10 * 3600)  // the history ends there: nothing done today
        for deck in [nil, "deck-1"] {
            for limits in [DailyLimits(), DailyLimits(newCards: 7, reviews: 40)] {
                let queue = try db.studyQueue(deck: deck, now: plan.now, dayStart: dayStart, limits: limits)
                let expected = Self.referenceQueue(
                    all.filter { deck == nil || $0.deckID == deck }, now: plan.now, limits: limits)
                XCTAssertEqual(queue, expected, "deck \(deck ?? "all"), limits \(limits)")
                XCTAssertFalse(queue.due.isEmpty || queue.new.isEmpty, "the comparison covers both parts")
            }
        }
        // The queue reads through a mapped file; the connection goes back to plain reads after.
        let mmap = "PRAGMA mmap_size"
        XCTAssertEqual(try db.readMapped("test") { try Int.fetchOne($0, sql: mmap) }, StudyDatabase.mappedBytes)
        XCTAssertEqual(try db.read("test") { try Int.fetchOne($0, sql: mmap) }, 0)
    }

    /// The study queue's rules applied to cards read in full, in Swift.
    private static func referenceQueue(_ cards: [StoredCard], now: Date, limits: DailyLimits) -> StudyQueue {
        let byDue = { (a: StoredCard, b: StoredCard) in (a.schedule.due, a.id) < (b.schedule.due, b.id) }
        let shown = cards.filter { !$0.retired && !$0.suspended && ($0.buriedUntil.map { $0 <= now } ?? true) }
        let learning = shown.filter {
            ($0.schedule.state == .learning || $0.schedule.state == .relearning) && $0.schedule.due <= now
        }
        let reviews = shown.filter { $0.schedule.state == .review && $0.schedule.due <= now }.sorted(by: byDue)
        let candidates = shown.filter(\.schedule.isNew).sorted(by: byDue).prefix(
            limits.newCards * StudyDatabase.newCandidateFactor)
        // Round-robin over facts: every fact's first candidate, then every fact's second, ...
        var rounds: [[StoredCard]] = []
        var seen: [String: Int] = [:]
        for card in candidates {
            let round = seen[card.deckID + "/" + card.factID, default: 0]
            seen[card.deckID + "/" + card.factID] = round + 1
            if round == rounds.count { rounds.append([]) }
            rounds[round].append(card)
        }
        return StudyQueue(
            due: (learning + reviews.prefix(limits.reviews)).sorted(by: byDue).map(QueuedCard.init),
            new: rounds.joined().prefix(limits.newCards).map(QueuedCard.init))
    }

    func testNextDueDate() throws {
        let db = try makeDatabase()
        XCTAssertEqual(try db.nextDueDate(deck: nil, after: now), Fixture.at(days: 1), "r3; retired x ignored")
        try db.bury(cardID: try db.stored("d", "r3").id, until: Fixture.at(days: 2))
        XCTAssertEqual(try db.nextDueDate(deck: "d", after: now), Fixture.at(days: 2))
        XCTAssertNil(try db.nextDueDate(deck: "other", after: now))
        XCTAssertNil(try db.nextDueDate(deck: nil, after: Fixture.at(days: 3)))
    }

    func testCardsByIDAreReadRetiredOrNotAndUnknownIDsLeftOut() throws {
        let db = try makeDatabase()
        let ids = try ["r1", "n2", "x"].map { try db.stored("d", $0).id }
        XCTAssertEqual(Set(try db.cards(ids: ids + [999]).map(\.card.id)), ["r1", "n2", "x"])
        XCTAssertEqual(try db.cards(ids: ids).first { $0.card.id == "r1" }, try db.stored("d", "r1"))
        XCTAssertEqual(try db.cards(ids: []), [])
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
