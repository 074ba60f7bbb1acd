import FSRS
import Foundation
import XCTest

/// Step logic, elapsed days, retrievability and preview, on fixed UTC dates with fuzz off.
final class SchedulerBehaviourTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 00:00 UTC
    private let day: TimeInterval = 86_400

    private func scheduler(_ learning: [TimeInterval] = [60, 600], _ relearning: [TimeInterval] = [600]) throws
        -> Scheduler
    {
        try Scheduler(learningSteps: learning, relearningSteps: relearning, enableFuzzing: false)
    }

    func testNewCardStartsInLearningAtStepZero() {
        let card = Card(due: start)
        XCTAssertEqual(card.state, .learning)
        XCTAssertEqual(card.step, 0)
        XCTAssertNil(card.stability)
        XCTAssertNil(card.difficulty)
        XCTAssertNil(card.lastReview)
    }

    func testLearningStepsPerRating() throws {
        let s = try scheduler()
        let card = Card(due: start)
        let again = s.review(card, rating: .again, at: start).card
        XCTAssertEqual(again.due.timeIntervalSince(start), 60)
        XCTAssertEqual(again.step, 0)
        let hard = s.review(card, rating: .hard, at: start).card
        XCTAssertEqual(
            hard.due.timeIntervalSince(start), (60 + 600) / 2, "Hard at step 0 is the mean of the first two steps")
        let good = s.review(card, rating: .good, at: start).card
        XCTAssertEqual(good.step, 1)
        XCTAssertEqual(good.due.timeIntervalSince(start), 600)
        let graduated = s.review(good, rating: .good, at: start.addingTimeInterval(600)).card
        XCTAssertEqual(graduated.state, .review)
        XCTAssertNil(graduated.step)
        let easy = s.review(card, rating: .easy, at: start).card
        XCTAssertEqual(easy.state, .review)
        XCTAssertGreaterThanOrEqual(easy.due.timeIntervalSince(start), day)
    }

    func testSingleStepHardIsOneAndAHalfSteps() throws {
        let hard = try scheduler([600]).review(Card(due: start), rating: .hard, at: start).card
        XCTAssertEqual(hard.due.timeIntervalSince(start), 900)
        XCTAssertEqual(hard.state, .learning)
    }

    func testEmptyStepListsSkipLearningAndRelearning() throws {
        let s = try scheduler([], [])
        let first = s.review(Card(due: start), rating: .again, at: start).card
        XCTAssertEqual(first.state, .review)
        let lapse = s.review(first, rating: .again, at: first.due).card
        XCTAssertEqual(lapse.state, .review, "without relearning steps a lapse stays in review")
        XCTAssertEqual(lapse.due.timeIntervalSince(first.due).truncatingRemainder(dividingBy: day), 0)
    }

    func testLapseEntersRelearning() throws {
        let s = try scheduler()
        let review = s.review(Card(due: start), rating: .easy, at: start).card
        let lapse = s.review(review, rating: .again, at: review.due).card
        XCTAssertEqual(lapse.state, .relearning)
        XCTAssertEqual(lapse.step, 0)
        XCTAssertEqual(lapse.due.timeIntervalSince(review.due), 600)
        XCTAssertLessThan(lapse.stability!, review.stability!)
    }

    func testElapsedDaysAreFlooredWholeDays() {
        XCTAssertEqual(Scheduler.elapsedDays(from: start, to: start.addingTimeInterval(day - 1)), 0)
        XCTAssertEqual(Scheduler.elapsedDays(from: start, to: start.addingTimeInterval(day)), 1)
        XCTAssertEqual(Scheduler.elapsedDays(from: start, to: start.addingTimeInterval(3 * day - 0.5)), 2)
        XCTAssertEqual(Scheduler.elapsedDays(from: start, to: start.addingTimeInterval(-1)), -1)
        XCTAssertEqual(Scheduler.elapsedDays(from: start, to: start.addingTimeInterval(-day)), -1)
        XCTAssertEqual(Scheduler.elapsedDays(from: start, to: start.addingTimeInterval(-day - 1)), -2)
    }

    func testRetrievabilityFollowsTheForgettingCurve() throws {
        let s = try scheduler()
        XCTAssertEqual(s.retrievability(of: Card(due: start), at: start), 0, "never reviewed")
        let card = Card(state: .review, step: nil, stability: 10, difficulty: 5, due: start, lastReview: start)
        XCTAssertEqual(s.retrievability(of: card, at: start), 1, accuracy: 1e-12)
        XCTAssertEqual(
            s.retrievability(of: card, at: start.addingTimeInterval(10 * day)), 0.9, accuracy: 1e-12,
            "R is 90% when elapsed days equal the stability")
        XCTAssertEqual(
            s.retrievability(of: card, at: start.addingTimeInterval(10 * day - 1)),
            s.retrievability(of: card, at: start.addingTimeInterval(9 * day)), "whole days only")
        XCTAssertEqual(s.retrievability(of: card, at: start.addingTimeInterval(-5 * day)), 1, accuracy: 1e-12)
        let later = s.retrievability(of: card, at: start.addingTimeInterval(100 * day))
        XCTAssertLessThan(later, 0.9)
        XCTAssertGreaterThan(later, 0)
    }

    func testSameDayReviewUsesShortTermStability() throws {
        let s = try scheduler()
        let card = Card(state: .review, step: nil, stability: 10, difficulty: 5, due: start, lastReview: start)
        let sameDay = s.review(card, rating: .good, at: start.addingTimeInterval(day - 1)).card
        let nextDay = s.review(card, rating: .good, at: start.addingTimeInterval(day)).card
        XCTAssertNotEqual(sameDay.stability, nextDay.stability)
        XCTAssertGreaterThanOrEqual(sameDay.stability!, 10, "a same-day Good never lowers stability")
    }

    func testMaximumIntervalCapsReviewIntervals() throws {
        let s = try Scheduler(maximumInterval: 5, enableFuzzing: true)
        var generator = SeededGenerator(seed: 7)
        let card = Card(state: .review, step: nil, stability: 400, difficulty: 3, due: start, lastReview: start)
        let next = s.review(card, rating: .easy, at: start.addingTimeInterval(400 * day), using: &generator).card
        XCTAssertLessThanOrEqual(next.due.timeIntervalSince(start.addingTimeInterval(400 * day)), 5 * day)
    }

    func testPreviewMatchesReviewForEveryRating() throws {
        let s = try scheduler()
        let card = s.review(Card(due: start), rating: .good, at: start).card
        let at = start.addingTimeInterval(700)
        let preview = s.preview(card, at: at)
        XCTAssertEqual(Set(preview.keys), Set(Rating.allCases))
        for rating in Rating.allCases {
            XCTAssertEqual(preview[rating], s.review(card, rating: rating, at: at).card, "\(rating)")
        }
    }

    func testLogRecordsTheReview() throws {
        let s = try scheduler()
        let first = s.review(Card(due: start), rating: .good, at: start)
        XCTAssertEqual(first.log.rating, .good)
        XCTAssertEqual(first.log.reviewDate, start)
        XCTAssertEqual(first.log.stateBefore, .learning)
        XCTAssertNil(first.log.elapsedDays)
        XCTAssertEqual(first.log.scheduledInterval, first.card.due.timeIntervalSince(start))
        let second = s.review(first.card, rating: .good, at: start.addingTimeInterval(2 * day + 5))
        XCTAssertEqual(second.log.elapsedDays, 2)
    }

    func testRescheduleReplaysLogs() throws {
        let s = try scheduler()
        var generator = SeededGenerator(seed: 1)
        var card = Card(due: start)
        var logs: [ReviewLog] = []
        for (offset, rating) in [(0.0, Rating.good), (600, .good), (3 * day, .again), (3 * day + 600, .good)] {
            let result = s.review(card, rating: rating, at: start.addingTimeInterval(offset))
            card = result.card
            logs.append(result.log)
        }
        XCTAssertEqual(s.reschedule(due: start, logs: logs.reversed(), using: &generator), card)
    }
}
