import FSRS
import Foundation
import XCTest

/// Cards and logs survive a JSON round trip unchanged.
final class CodableTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_767_225_600.25)

    private func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    func testCardRoundTrip() throws {
        let new = Card(due: start)
        XCTAssertEqual(try roundTrip(new), new)
        let reviewed = try Scheduler(enableFuzzing: false).review(new, rating: .good, at: start).card
        XCTAssertNotNil(reviewed.stability)
        XCTAssertEqual(try roundTrip(reviewed), reviewed)
        let relearning = Card(
            state: .relearning, step: 1, stability: 0.123456789, difficulty: 9.87654321,
            due: start.addingTimeInterval(600), lastReview: start)
        XCTAssertEqual(try roundTrip(relearning), relearning)
    }

    func testReviewLogRoundTrip() throws {
        var log = try Scheduler(enableFuzzing: false).review(Card(due: start), rating: .hard, at: start).log
        XCTAssertEqual(try roundTrip(log), log)
        log.reviewDuration = 4.5
        log.elapsedDays = 3
        XCTAssertEqual(try roundTrip(log), log)
    }
}
