import FSRS
import FactDrillKit
import Foundation
import XCTest

@testable import FactDrillStore

/// `stats` retrievability is the scheduler's, card by card, for random cards.
final class StatsRetrievabilityTests: XCTestCase {
    /// Random stabilities (minutes to years), last reviews (some at a whole number of days before
    /// `now`, some after it) and moments: each hardest card's retrievability and each deck's mean
    /// equal what `Scheduler.retrievability(of:at:)` gives for the same card.
    func testRetrievabilityEqualsTheSchedulersForRandomCards() throws {
        var random = SplitMix64(seed: 13)
        for round in 0..<4 {
            let scheduler =
                round == 3
                ? try Scheduler(parameters: Scheduler.defaultParameters.enumerated().map { $0 == 20 ? 0.5 : $1 })
                : Scheduler.standard
            let now = Fixture.at(days: Double.random(in: 0...400, using: &random))
            let keys = (0..<60).map { "k\($0)" }
            let db = try StudyDatabase.inMemory()
            try db.installDeck(Fixture.deck("d", keys: keys), source: Fixture.source(), now: Fixture.at(days: -2000))
            var expected: [String: Double] = [:]
            for (index, key) in keys.enumerated() {
                let stability = exp(Double.random(in: log(0.001)...log(36_500), using: &random))
                let elapsed =
                    index % 5 == 0
                    ? Double(Int.random(in: 0...400, using: &random)) * Fixture.day
                    : Double.random(in: -2...800, using: &random) * Fixture.day
                let lastReview = now.addingTimeInterval(-elapsed)
                let schedule = ScheduleState(
                    state: .review, stability: stability, difficulty: 5,
                    due: lastReview.addingTimeInterval(Fixture.day), lastReview: lastReview,
                    reps: 1, lapses: index)
                try db.setSchedule("d", key, schedule)
                let card = Card(
                    state: .review, step: nil, stability: stability, difficulty: 5,
                    due: schedule.due, lastReview: lastReview)
                expected[key] = scheduler.retrievability(of: card, at: now)
            }
            let stats = try db.stats(
                deck: nil, now: now, dayStart: now,
                options: StatsOptions(scheduler: scheduler, hardestLimit: keys.count))
            XCTAssertEqual(stats.hardest.count, keys.count)
            for hard in stats.hardest {
                XCTAssertEqual(hard.retrievability, expected[hard.cardKey], "round \(round), \(hard.cardKey)")
            }
            let mean = expected.values.reduce(0, +) / Double(keys.count)
            XCTAssertEqual(try XCTUnwrap(stats.overall.averageRetrievability), mean, accuracy: 1e-12)
            XCTAssertEqual(stats.overall.retrievabilityCards, keys.count)
        }
    }

    /// A card reviewed 23 hours ago has not lost a whole day: fully recalled, as the scheduler says.
    func testUnderAWholeDayIsFullRecall() throws {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(Fixture.deck("d", keys: ["a"]), source: Fixture.source(), now: Fixture.at(days: -10))
        let now = Fixture.at(hours: 23)
        try db.setSchedule(
            "d", "a",
            ScheduleState(
                state: .review, stability: 0.5, difficulty: 5,
                due: Fixture.at(days: 1), lastReview: Fixture.day0, reps: 1))
        let stats = try db.stats(deck: nil, now: now, dayStart: Fixture.day0)
        XCTAssertEqual(stats.hardest.first?.retrievability, 1)
        XCTAssertEqual(stats.overall.averageRetrievability, 1)
    }
}
