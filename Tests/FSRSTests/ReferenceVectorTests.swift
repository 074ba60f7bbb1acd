import FSRS
import Foundation
import XCTest

/// Replays every py-fsrs reference history and compares each resulting card.
final class ReferenceVectorTests: XCTestCase {
    func testEveryReferenceReviewReplaysExactly() throws {
        let reference = try ReferenceVectors.load()
        let schedulers = try reference.configs.map { try $0.scheduler() }
        var replayed = 0
        var mismatchedVectors = 0
        for (index, vector) in reference.vectors.enumerated() {
            let scheduler = schedulers[vector.config]
            var card = Card(due: Date(timeIntervalSince1970: vector.start))
            for (step, expected) in vector.reviews.enumerated() {
                let place = "vector \(index) (config \(vector.config)) review \(step)"
                guard let rating = Rating(rawValue: expected.rating) else {
                    XCTFail("\(place): bad rating \(expected.rating) in fixture")
                    break
                }
                card = scheduler.review(card, rating: rating, at: Date(timeIntervalSince1970: expected.at)).card
                replayed += 1
                let problems = mismatches(card, expected)
                if !problems.isEmpty {
                    XCTFail("\(place), rating \(expected.rating): " + problems.joined(separator: "; "))
                    mismatchedVectors += 1
                    break  // later reviews would only repeat the same divergence
                }
            }
        }
        XCTAssertEqual(mismatchedVectors, 0)
        XCTAssertGreaterThanOrEqual(replayed, 2000, "the fixture should hold thousands of reviews")
        XCTAssertGreaterThanOrEqual(Set(reference.vectors.map(\.config)).count, 6, "several parameter sets")
    }

    private func mismatches(_ card: Card, _ expected: ReferenceVectors.Review) -> [String] {
        var problems: [String] = []
        if card.state.rawValue != expected.state {
            problems.append("state \(card.state.rawValue), expected \(expected.state)")
        }
        if card.step != expected.step {
            problems.append("step \(String(describing: card.step)), expected \(String(describing: expected.step))")
        }
        if !closeEnough(card.stability, expected.stability) {
            problems.append("stability \(String(describing: card.stability)), expected \(expected.stability)")
        }
        if !closeEnough(card.difficulty, expected.difficulty) {
            problems.append("difficulty \(String(describing: card.difficulty)), expected \(expected.difficulty)")
        }
        let due = card.due.timeIntervalSince1970
        if abs(due - expected.due) >= 0.001 {
            problems.append("due \(due), expected \(expected.due) (off by \(due - expected.due) s)")
        }
        return problems
    }

    private func closeEnough(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= 1e-9 * max(abs(expected), Double.leastNormalMagnitude)
    }
}
