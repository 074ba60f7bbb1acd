import FSRS
import FactDrillKit
import Foundation
import GRDB
import XCTest

@testable import FactDrillStore

/// Stats over a small hand-made history (see `makeHistory` for every answer).
final class StatsTests: XCTestCase {
    private let now = Fixture.at(hours: 10)
    private typealias S = ScheduleState

    private static func review(lastReview: Date, intervalDays: Double, stability: Double, reps: Int, lapses: Int = 0)
        -> S
    {
        S(
            state: .review, stability: stability, difficulty: 5,
            due: lastReview.addingTimeInterval(intervalDays * Fixture.day),
            lastReview: lastReview, reps: reps, lapses: lapses)
    }

    /// Deck d: k1 ranking, k2 event, k3 role, k4 set (new), k5 ranking (new, suspended), k6 ranking.
    /// Deck e: e1 event, e2 set (new). Answers R0...R10 below; "now" is today 10:00.
    private func makeHistory() throws -> StudyDatabase {
        let db = try StudyDatabase.inMemory()
        let kinds = [
            "k1": "ranking.rank-of", "k2": "event.date", "k3": "role.holder", "k4": "set.member",
            "k5": "ranking.higher", "k6": "ranking.rank-of",
        ]
        try db.installDeck(
            Fixture.deck("d", kinds.keys.sorted().map { Fixture.card($0, fact: $0, kind: kinds[$0]!) }),
            source: Fixture.source(), now: Fixture.at(days: -60))
        try db.installDeck(
            Fixture.deck("e", [Fixture.card("e1", kind: "event.place"), Fixture.card("e2", kind: "set.member")]),
            source: Fixture.source("e"), now: Fixture.at(days: -60))
        try db.suspend(cardID: try db.stored("d", "k5").id)

        func answer(
            _ key: String, deck: String = "d", days: Double, hours: Double, rating: Rating, verdict: Verdict,
            ms: Int, before: S? = nil, after: S? = nil, kind: ReviewKind = .review
        ) throws {
            var card = try db.stored(deck, key)
            if let before { card.schedule = before }
            try db.recordReview(
                Fixture.answer(
                    card, at: Fixture.at(days: days, hours: hours), rating: rating,
                    after: after ?? card.schedule, kind: kind, verdict: verdict, durationMs: ms))
        }
        let t = { (days: Double, hours: Double) in Fixture.at(days: days, hours: hours) }
        // R0: k6 mature (30 d) review passed, day -5.
        try answer(
            "k6", days: -5, hours: 10, rating: .easy, verdict: .correct, ms: 2500,
            before: Self.review(lastReview: t(-35, 10), intervalDays: 30, stability: 30, reps: 4),
            after: Self.review(lastReview: t(-5, 10), intervalDays: 60, stability: 60, reps: 5))
        // R1, R2: k1 young (5 d) passed, then Again the same day (not counted for retention).
        try answer(
            "k1", days: -2, hours: 10, rating: .good, verdict: .correct, ms: 5000,
            before: Self.review(lastReview: t(-7, 10), intervalDays: 5, stability: 5, reps: 2),
            after: Self.review(lastReview: t(-2, 10), intervalDays: 12, stability: 12, reps: 3))
        try answer(
            "k1", days: -2, hours: 11, rating: .again, verdict: .wrong, ms: 7000,
            after: S(
                state: .relearning, step: 0, stability: 2, difficulty: 6, due: t(-2, 11.2),
                lastReview: t(-2, 11), reps: 4, lapses: 1))
        // R3: k1 relearning step passed (state before 3: not counted), day -1.
        try answer(
            "k1", days: -1, hours: 9, rating: .good, verdict: .correct, ms: 3000,
            after: Self.review(lastReview: t(-1, 9), intervalDays: 4, stability: 4, reps: 5, lapses: 1))
        // R4, R5: k2 mature (25 d) forgotten, then relearnt, day -1.
        try answer(
            "k2", days: -1, hours: 10, rating: .again, verdict: .wrong, ms: 6000,
            before: Self.review(lastReview: t(-26, 10), intervalDays: 25, stability: 25, reps: 3),
            after: S(
                state: .relearning, step: 0, stability: 2, difficulty: 7, due: t(-1, 10.2),
                lastReview: t(-1, 10), reps: 4, lapses: 1))
        try answer(
            "k2", days: -1, hours: 10.25, rating: .good, verdict: .correct, ms: 2000,
            after: Self.review(lastReview: t(-1, 10.25), intervalDays: 2 - 0.25 / 24, stability: 2, reps: 5, lapses: 1))
        // R6: k3 young (3 d) passed today; R7: k3 practised wrong.
        try answer(
            "k3", days: 0, hours: 9, rating: .good, verdict: .correct, ms: 4000,
            before: Self.review(lastReview: t(-3, 9), intervalDays: 3, stability: 3, reps: 2),
            after: Self.review(lastReview: t(0, 9), intervalDays: 8, stability: 8, reps: 3))
        try answer("k3", days: 0, hours: 9.5, rating: .again, verdict: .wrong, ms: 1000, kind: .practice)
        // R8: e1 new, first learning step today.
        try answer(
            "e1", deck: "e", days: 0, hours: 9, rating: .good, verdict: .correct, ms: 3000,
            after: S(
                state: .learning, step: 1, stability: 1, difficulty: 5, due: t(0, 9 + 1.0 / 6),
                lastReview: t(0, 9), reps: 1))
        // R10: k6 practised wrong.
        try answer("k6", days: 0, hours: 9.75, rating: .again, verdict: .wrong, ms: 500, kind: .practice)
        return db
    }

    /// The scheduler's retrievability at `now` of a card last reviewed `elapsedDays` before it.
    private func retrievability(elapsedDays: Double, stability: Double) -> Double {
        Scheduler.standard.retrievability(
            stability: stability, lastReview: now.addingTimeInterval(-elapsedDays * Fixture.day), at: now)
    }

    func testCardStatesDueAndToday() throws {
        let stats = try makeHistory().stats(deck: nil, now: now, dayStart: Fixture.day0)
        XCTAssertEqual(stats.decks.map(\.deckID), ["d", "e"])
        let d = stats.decks[0]
        let e = stats.decks[1]
        XCTAssertEqual(d.cards, CardStateCounts(new: 1, learning: 0, young: 3, mature: 1, suspended: 1, retired: 0))
        XCTAssertEqual(e.cards, CardStateCounts(new: 1, learning: 1, young: 0, mature: 0, suspended: 0, retired: 0))
        XCTAssertEqual(stats.overall.cards.total, 8)
        XCTAssertEqual(d.due, DueCounts(today: 0, tomorrow: 1, week: 2))
        XCTAssertEqual(e.due, DueCounts(today: 1, tomorrow: 0, week: 1))
        XCTAssertEqual(stats.overall.due, DueCounts(today: 1, tomorrow: 1, week: 3))
        XCTAssertEqual(d.today, DayActivity(reviews: 1, again: 0, practice: 2, durationMs: 5500))
        XCTAssertEqual(stats.overall.today, DayActivity(reviews: 2, again: 0, practice: 2, durationMs: 8500))
        XCTAssertEqual(d.title?["en"], "Title d")
    }

    func testTrueRetentionCountsTheFirstReviewOfADayOfReviewCards() throws {
        let db = try makeHistory()
        let stats = try db.stats(deck: nil, now: now, dayStart: Fixture.day0)
        XCTAssertEqual(stats.overall.retention.young, RetentionFigure(total: 2, passed: 2))
        XCTAssertEqual(stats.overall.retention.mature, RetentionFigure(total: 2, passed: 1))
        XCTAssertEqual(stats.overall.retention.mature.rate, 0.5)
        XCTAssertEqual(stats.decks[1].retention, RetentionByMaturity())
        // A 3-day window leaves out the day -5 review.
        let recent = try db.stats(deck: nil, now: now, dayStart: Fixture.day0, options: StatsOptions(windowDays: 3))
        XCTAssertEqual(recent.overall.retention.mature, RetentionFigure(total: 1, passed: 0))
        XCTAssertEqual(recent.overall.retention.young, RetentionFigure(total: 2, passed: 2))
    }

    func testAccuracyByFactType() throws {
        let db = try makeHistory()
        let stats = try db.stats(deck: nil, now: now, dayStart: Fixture.day0)
        XCTAssertEqual(
            stats.overall.accuracyByType,
            [
                TypeAccuracy(factType: "event", answers: 3, passed: 2, correct: 2, close: 0, wrong: 1),
                TypeAccuracy(factType: "ranking", answers: 5, passed: 3, correct: 3, close: 0, wrong: 2),
                TypeAccuracy(factType: "role", answers: 2, passed: 1, correct: 1, close: 0, wrong: 1),
            ])
        XCTAssertEqual(
            stats.decks[1].accuracyByType, [TypeAccuracy(factType: "event", answers: 1, passed: 1, correct: 1)])
        XCTAssertEqual(stats.overall.accuracyByType[1].accuracy, 0.6)
        // A 2-day window keeps only today's and yesterday's answers (k1's R3, k2's R4 R5, k3's R6 R7, e1's R8,
        // k6's R10).
        let recent = try db.stats(deck: nil, now: now, dayStart: Fixture.day0, options: StatsOptions(windowDays: 2))
        XCTAssertEqual(
            recent.overall.accuracyByType,
            [
                TypeAccuracy(factType: "event", answers: 3, passed: 2, correct: 2, close: 0, wrong: 1),
                TypeAccuracy(factType: "ranking", answers: 2, passed: 1, correct: 1, close: 0, wrong: 1),
                TypeAccuracy(factType: "role", answers: 2, passed: 1, correct: 1, close: 0, wrong: 1),
            ])
    }

    func testRetrievabilityAndHardestCards() throws {
        let db = try makeHistory()
        let stats = try db.stats(
            deck: nil, now: now, dayStart: Fixture.day0,
            options: StatsOptions(hardestLimit: 3))
        let r = [
            "k1": retrievability(elapsedDays: 1 + 1.0 / 24, stability: 4),
            "k2": retrievability(elapsedDays: 1 - 0.25 / 24, stability: 2),
            "k3": retrievability(elapsedDays: 1.0 / 24, stability: 8),
            "k6": retrievability(elapsedDays: 5, stability: 60),
            "e1": retrievability(elapsedDays: 1.0 / 24, stability: 1),
        ]
        XCTAssertEqual(stats.decks[0].retrievabilityCards, 4)
        XCTAssertEqual(
            try XCTUnwrap(stats.decks[0].averageRetrievability),
            (r["k1"]! + r["k2"]! + r["k3"]! + r["k6"]!) / 4, accuracy: 1e-9)
        XCTAssertEqual(
            try XCTUnwrap(stats.overall.averageRetrievability),
            r.values.reduce(0, +) / 5, accuracy: 1e-9)
        // k2 was reviewed under a whole day ago: to the scheduler it is still fully recalled,
        // so k1 (a day and an hour) is the harder of the two cards with a lapse.
        XCTAssertEqual(r["k2"], 1)
        XCTAssertLessThan(r["k1"]!, 1)
        XCTAssertEqual(stats.hardest.map(\.cardKey), ["k1", "k2", "k6"])
        XCTAssertEqual(stats.hardest.map(\.lapses), [1, 1, 0])
        XCTAssertEqual(stats.hardest[0].retrievability, r["k1"])
        XCTAssertEqual(stats.hardest[0].prompt["en"], "Question k1?")
        let two = try db.stats(deck: nil, now: now, dayStart: Fixture.day0, options: StatsOptions(hardestLimit: 2))
        XCTAssertEqual(two.hardest.map(\.cardKey), ["k1", "k2"])
        XCTAssertEqual(
            try db.stats(deck: nil, now: now, dayStart: Fixture.day0, options: StatsOptions(hardestLimit: 0)).hardest,
            [])
    }

    func testStreakForecastAndHeatmap() throws {
        let db = try makeHistory()
        let stats = try db.stats(deck: nil, now: now, dayStart: Fixture.day0, options: StatsOptions(heatmapWeeks: 1))
        XCTAssertTrue(stats.studiedToday)
        XCTAssertEqual(stats.streakDays, 3, "today, day -1, day -2; nothing on day -3")
        XCTAssertEqual(stats.forecast.map(\.count), [1, 1, 0, 1, 0, 0, 0])
        XCTAssertEqual(stats.forecast.map(\.day), Array(0...6))
        XCTAssertEqual(stats.heatmap.map(\.count), [0, 1, 0, 0, 2, 3, 4])
        XCTAssertEqual(stats.heatmap.first?.date, Fixture.at(days: -6))

        // Tomorrow, before studying: the streak still counts up to yesterday.
        let tomorrow = try db.stats(deck: nil, now: Fixture.at(days: 1, hours: 8), dayStart: Fixture.at(days: 1))
        XCTAssertFalse(tomorrow.studiedToday)
        XCTAssertEqual(tomorrow.streakDays, 3)
        XCTAssertEqual(
            tomorrow.forecast.prefix(3).map(\.count), [2, 0, 1], "e1 overdue and k2 due today; k1 in 2 days")
        // Two days later with nothing studied, the streak is broken.
        XCTAssertEqual(
            try db.stats(deck: nil, now: Fixture.at(days: 2, hours: 8), dayStart: Fixture.at(days: 2)).streakDays, 0)
    }

    func testOneDeckOnly() throws {
        let stats = try makeHistory().stats(
            deck: "e", now: now, dayStart: Fixture.day0, options: StatsOptions(heatmapWeeks: 1))
        XCTAssertEqual(stats.decks.map(\.deckID), ["e"])
        XCTAssertEqual(stats.overall.cards, stats.decks[0].cards)
        XCTAssertEqual(stats.streakDays, 1)
        XCTAssertEqual(stats.heatmap.map(\.count), [0, 0, 0, 0, 0, 0, 1])
        XCTAssertEqual(stats.hardest.map(\.cardKey), ["e1"])
        XCTAssertEqual(stats.forecast.map(\.count), [1, 0, 0, 0, 0, 0, 0])
    }

    func testStatsEncodeAsJSON() throws {
        let stats = try makeHistory().stats(deck: nil, now: now, dayStart: Fixture.day0)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        XCTAssertEqual(try decoder.decode(Stats.self, from: encoder.encode(stats)), stats)
    }

    func testEmptyDatabase() throws {
        let stats = try StudyDatabase.inMemory().stats(deck: nil, now: now, dayStart: Fixture.day0)
        XCTAssertEqual(stats.decks, [])
        XCTAssertEqual(stats.overall.cards.total, 0)
        XCTAssertNil(stats.overall.averageRetrievability)
        XCTAssertEqual(stats.streakDays, 0)
        XCTAssertEqual(stats.heatmap.count, 84)
    }
}

final class SQLFunctionTests: XCTestCase {
    func testFallbackPowerFunctionComputesPowers() throws {
        let queue = try GRDB.DatabaseQueue()
        queue.inDatabase { db in db.add(function: SQLFunctions.power) }
        XCTAssertEqual(
            try queue.read { try Double.fetchOne($0, sql: "SELECT pow(2.0, -0.5)") } ?? 0, pow(2.0, -0.5),
            accuracy: 1e-12)
    }
}
