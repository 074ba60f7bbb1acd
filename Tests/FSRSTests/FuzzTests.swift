import FSRS
import Foundation
import XCTest

/// Fuzz: reproducible for a seed, inside Anki's range and covering it, absent under 2.5 days.
final class FuzzTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_767_225_600)
    private let day: TimeInterval = 86_400

    /// Review intervals (days) of one card reviewed `count` times on its due dates.
    private func intervals(_ scheduler: Scheduler, seed: UInt64, count: Int = 40) -> [Int] {
        var generator = SeededGenerator(seed: seed)
        var card = Card(due: start)
        var result: [Int] = []
        let ratings: [Rating] = [.good, .good, .easy, .hard, .good, .again, .good]
        for index in 0..<count {
            let at = card.due
            card = scheduler.review(card, rating: ratings[index % ratings.count], at: at, using: &generator).card
            result.append(Int((card.due.timeIntervalSince(at) / day).rounded()))
        }
        return result
    }

    func testSameSeedGivesSameIntervals() throws {
        let scheduler = try Scheduler(maximumInterval: 3650)
        XCTAssertEqual(intervals(scheduler, seed: 42), intervals(scheduler, seed: 42))
        XCTAssertNotEqual(intervals(scheduler, seed: 42), intervals(scheduler, seed: 43))
    }

    func testRangeFollowsAnkisBands() throws {
        let scheduler = try Scheduler()
        // delta = 1 + 0.15 per day over 2.5..7 + 0.1 per day over 7..20 + 0.05 per day beyond 20.
        func expected(_ days: Int) -> ClosedRange<Int> {
            let d = Double(days)
            let delta = 1 + 0.15 * (min(d, 7) - 2.5) + 0.1 * max(min(d, 20) - 7, 0) + 0.05 * max(d - 20, 0)
            return max(2, Int((d - delta).rounded()))...Int((d + delta).rounded())
        }
        for days in [3, 4, 5, 6, 7, 8, 12, 20, 21, 45, 100, 365, 1000, 10000] {
            XCTAssertEqual(scheduler.fuzzRange(forDays: days), expected(days), "\(days) days")
        }
        let capped = try Scheduler(maximumInterval: 100)
        XCTAssertEqual(capped.fuzzRange(forDays: 100).upperBound, 100)
    }

    func testFuzzStaysInRangeAndCoversIt() throws {
        let scheduler = try Scheduler()
        var generator = SeededGenerator(seed: 2026)
        for days in [3, 5, 10, 30, 100, 365] {
            let range = scheduler.fuzzRange(forDays: days)
            var seen = Set<Int>()
            for _ in 0..<(range.count * 200) {
                let fuzzed = scheduler.fuzzedDays(days, fuzzFactor: Double.random(in: 0..<1, using: &generator))
                XCTAssertTrue(range.contains(fuzzed), "\(fuzzed) outside \(range) for \(days) days")
                seen.insert(fuzzed)
            }
            XCTAssertEqual(seen, Set(range), "every day of \(range) reached for \(days) days")
        }
        XCTAssertEqual(scheduler.fuzzedDays(10, fuzzFactor: 0), scheduler.fuzzRange(forDays: 10).lowerBound)
        XCTAssertEqual(scheduler.fuzzedDays(10, fuzzFactor: 0.999_999), scheduler.fuzzRange(forDays: 10).upperBound)
    }

    func testReviewsWithFuzzLandInTheRangeOfTheUnfuzzedInterval() throws {
        let fuzzy = try Scheduler(enableFuzzing: true)
        let plain = try Scheduler(enableFuzzing: false)
        var generator = SeededGenerator(seed: 9)
        var fuzzedSome = false
        for stability in stride(from: 3.0, through: 300, by: 7) {
            let card = Card(
                state: .review, step: nil, stability: stability, difficulty: 5, due: start, lastReview: start)
            let at = start.addingTimeInterval(stability.rounded() * day)
            let base = plain.review(card, rating: .good, at: at).card
            let baseDays = Int((base.due.timeIntervalSince(at) / day).rounded())
            for _ in 0..<20 {
                let fuzzed = fuzzy.review(card, rating: .good, at: at, using: &generator).card
                let days = Int((fuzzed.due.timeIntervalSince(at) / day).rounded())
                XCTAssertTrue(fuzzy.fuzzRange(forDays: baseDays).contains(days), "\(days) vs base \(baseDays)")
                XCTAssertEqual(fuzzed.stability, base.stability, "fuzz changes the due date only")
                fuzzedSome = fuzzedSome || days != baseDays
            }
        }
        XCTAssertTrue(fuzzedSome)
        let card = Card(state: .review, step: nil, stability: 50, difficulty: 5, due: start, lastReview: start)
        let systemDraw = fuzzy.review(card, rating: .good, at: start.addingTimeInterval(50 * day)).card
        let baseDays = Int(
            (plain.review(card, rating: .good, at: start.addingTimeInterval(50 * day)).card.due
                .timeIntervalSince(start.addingTimeInterval(50 * day)) / day).rounded())
        let drawnDays = Int((systemDraw.due.timeIntervalSince(start.addingTimeInterval(50 * day)) / day).rounded())
        XCTAssertTrue(fuzzy.fuzzRange(forDays: baseDays).contains(drawnDays))
    }

    func testNoFuzzUnderTwoAndAHalfDays() throws {
        let scheduler = try Scheduler()
        for days in [1, 2] {
            XCTAssertEqual(scheduler.fuzzRange(forDays: days), days...days)
            for factor in [0.0, 0.5, 0.999] {
                XCTAssertEqual(scheduler.fuzzedDays(days, fuzzFactor: factor), days)
            }
        }
        // With a two-day cap every review interval is under 2.5 days: fuzz on and off must agree.
        let fuzzy = try Scheduler(maximumInterval: 2, enableFuzzing: true)
        let plain = try Scheduler(maximumInterval: 2, enableFuzzing: false)
        XCTAssertEqual(intervals(fuzzy, seed: 5), intervals(plain, seed: 5))
        XCTAssertTrue(intervals(plain, seed: 5).contains(2))
    }
}
