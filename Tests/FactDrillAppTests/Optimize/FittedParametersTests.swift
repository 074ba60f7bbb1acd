import FSRS
import FactDrillKit
import FactDrillStore
import Foundation
import XCTest

@testable import FactDrillApp

/// Parameters saved by `optimize` schedule the cards of their deck (and its subdecks), the
/// collection's the rest; a reset goes back to the defaults; the history `optimize` learns from.
final class FittedParametersTests: XCTestCase {
    /// Defaults with a first Easy worth 40 days instead of 8.3.
    let fitted: [Double] = {
        var w = Scheduler.defaultParameters
        w[3] = 40
        return w
    }()

    private func easyInterval(_ database: StudyDatabase) throws -> TimeInterval {
        let base = try Scheduler(enableFuzzing: false)
        let session = StudySession(
            database: database, schedulers: SchedulerSet(base: base, models: try database.memoryModels()),
            settings: {
                var settings = StudySession.Settings()
                settings.languages = ["en"]
                return settings
            }(), random: SplitMix64(seed: 7))
        guard case .ready = try session.start(at: EngineFixtures.start) else { throw XCTSkip("nothing to study") }
        _ = try session.next(at: EngineFixtures.start)
        return try XCTUnwrap(session.answer("10th", at: EngineFixtures.start).intervals[.easy])
    }

    func testTheDeckOfACardChoosesItsParameters() throws {
        let database = try EngineFixtures.database()
        let day = 86_400.0
        XCTAssertEqual(try easyInterval(database), 8 * day, "the defaults: a first Easy gives 8 days")

        try database.saveFittedParameters(MemoryModel(deckID: "", parameters: fitted))
        XCTAssertEqual(try easyInterval(database), 40 * day, "the collection's fitted parameters")

        try database.saveFittedParameters(MemoryModel(deckID: "test-deck", parameters: Scheduler.defaultParameters))
        XCTAssertEqual(try easyInterval(database), 8 * day, "the deck's own parameters win over the collection's")

        try database.setDesiredRetention(0.8, deck: "test-deck")
        XCTAssertGreaterThan(try easyInterval(database), 8 * day, "a lower desired retention lengthens intervals")

        try database.resetParameters(deck: "test-deck")
        try database.setDesiredRetention(nil, deck: "test-deck")
        XCTAssertEqual(try easyInterval(database), 40 * day, "after the deck's reset, the collection's again")
        try database.resetParameters(deck: "")
        XCTAssertEqual(try easyInterval(database), 8 * day, "after the collection's reset, the defaults")
    }

    func testASubdeckUsesItsParentsModelAndABadRowIsIgnored() throws {
        let models = [
            MemoryModel(deckID: "", desiredRetention: 0.85),
            MemoryModel(deckID: "analyst", parameters: fitted),
            MemoryModel(deckID: "broken", parameters: [1, 2, 3]),
        ]
        let set = SchedulerSet(base: .standard, models: models)
        XCTAssertEqual(set.scheduler(forDeck: "analyst::arabic").parameters, fitted)
        XCTAssertEqual(set.scheduler(forDeck: "analyst::arabic").desiredRetention, 0.85, "the retention inherited")
        XCTAssertEqual(set.scheduler(forDeck: "other").parameters, Scheduler.defaultParameters)
        XCTAssertEqual(set.scheduler(forDeck: nil).desiredRetention, 0.85)
        XCTAssertEqual(set.scheduler(forDeck: "broken").parameters, Scheduler.defaultParameters)
        XCTAssertEqual(set.ignored, ["broken"])
    }

    func testHistoriesLeaveOutPracticeAndCountDaysFromTheDayStart() throws {
        let database = try EngineFixtures.database()
        let card = try XCTUnwrap(try database.cards(deck: "test-deck").first)
        // 03:00 and 05:00 UTC on the same date: two study days with a 4 a.m. start, one with midnight.
        let times = [1_720_494_000.0, 1_720_501_200, 1_720_587_600]
        for (index, time) in times.enumerated() {
            try database.recordReview(
                NewReview(
                    cardID: card.id, reviewedAt: Date(timeIntervalSince1970: time), rating: .good, verdict: .correct,
                    response: "x", durationMs: 1000, before: card.schedule, after: card.schedule, scheduledDays: 1,
                    kind: index == 2 ? .practice : .review))
        }
        let utc = TimeZone(identifier: "UTC")!
        let four = try database.reviewHistories(deck: "test-deck", dayStartHour: 4, timeZone: utc)
        XCTAssertEqual(four.reviews, 2, "the practice answer is left out")
        XCTAssertEqual(four.histories.first?.elapsedDays, [0, 1])
        let midnight = try database.reviewHistories(deck: nil, dayStartHour: 0, timeZone: utc)
        XCTAssertEqual(midnight.histories.first?.elapsedDays, [0, 0])
        XCTAssertEqual(try database.reviewHistories(deck: "other", dayStartHour: 4).reviews, 0)
    }
}
