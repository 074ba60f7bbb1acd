import FSRS
import FactDrillKit
import Foundation
import XCTest

@testable import FactDrillStore

/// `stats` calibration: each review a day or more after the previous one, binned by the
/// recall the scheduler predicted for it, against whether it was recalled.
final class StatsCalibrationTests: XCTestCase {
    func testReviewsAreBinnedByPredictedRecall() throws {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(Fixture.deck("d", keys: ["a", "b"]), source: Fixture.source(), now: Fixture.at(days: -100))
        let card = try db.stored("d", "a")
        let scheduler = Scheduler.standard
        // Stability 10 days: after 10 days recall is predicted at 90%, after 60 days lower.
        func review(elapsedDays: Double, rating: Rating, kind: ReviewKind = .review, at day: Double) throws {
            let last = Fixture.at(days: day - elapsedDays)
            var before = card.schedule
            before.state = .review
            before.stability = 10
            before.difficulty = 5
            before.lastReview = last
            try db.recordReview(
                NewReview(
                    cardID: card.id, reviewedAt: Fixture.at(days: day), rating: rating, verdict: .correct,
                    response: "x", durationMs: 1000, before: before, after: before, scheduledDays: 1, kind: kind))
        }
        try review(elapsedDays: 10, rating: .good, at: 10)
        try review(elapsedDays: 10, rating: .again, at: 20)
        try review(elapsedDays: 10, rating: .easy, at: 30)
        try review(elapsedDays: 60, rating: .again, at: 90)
        try review(elapsedDays: 0.3, rating: .good, at: 91)  // same day: not a long-term review
        try review(elapsedDays: 10, rating: .again, kind: .practice, at: 92)  // practice: left out
        let stats = try db.stats(
            deck: "d", now: Fixture.at(days: 100), dayStart: Fixture.at(days: 100),
            options: StatsOptions(windowDays: nil))
        let ninety = scheduler.retrievability(
            stability: 10, lastReview: Fixture.at(days: 0), at: Fixture.at(days: 10))
        let sixty = scheduler.retrievability(
            stability: 10, lastReview: Fixture.at(days: 0), at: Fixture.at(days: 60))
        XCTAssertEqual(stats.calibration.map(\.reviews), [1, 3])
        guard stats.calibration.count == 2 else { return }
        XCTAssertEqual(stats.calibration[0].lower, (sixty * 10).rounded(.down) / 10)
        XCTAssertEqual(stats.calibration[0].predicted, sixty, accuracy: 1e-9)
        XCTAssertEqual(stats.calibration[0].actual, 0)
        XCTAssertEqual(stats.calibration[1].lower, 0.9)
        XCTAssertEqual(stats.calibration[1].predicted, ninety, accuracy: 1e-9)
        XCTAssertEqual(stats.calibration[1].actual, 2.0 / 3, accuracy: 1e-9)
        // The default window (30 days) holds only the review of day 90.
        let window = try db.stats(deck: "d", now: Fixture.at(days: 100), dayStart: Fixture.at(days: 100))
        XCTAssertEqual(window.calibration.map(\.reviews), [1])
    }
}
