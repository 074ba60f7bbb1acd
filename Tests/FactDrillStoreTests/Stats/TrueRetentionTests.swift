import FSRS
import FactDrillKit
import Foundation
import XCTest

@testable import FactDrillStore

/// True retention takes the day's first review-kind answer, whatever practice came before it.
final class TrueRetentionTests: XCTestCase {
    func testPracticeBeforeTheDaysFirstReviewIsNotCounted() throws {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(Fixture.deck("d", keys: ["a"]), source: Fixture.source(), now: Fixture.at(days: -30))
        let review = Fixture.review(due: Fixture.at(days: -1), intervalDays: 5)
        try db.setSchedule("d", "a", review)
        let card = try db.stored("d", "a")
        try db.recordReview(
            Fixture.answer(
                card, at: Fixture.at(hours: 8), rating: .again, after: card.schedule,
                kind: .practice, verdict: .wrong))
        try db.recordReview(
            Fixture.answer(
                card, at: Fixture.at(hours: 9), rating: .good,
                after: Fixture.review(due: Fixture.at(days: 9), intervalDays: 9)))
        let stats = try db.stats(deck: nil, now: Fixture.at(hours: 10), dayStart: Fixture.day0)
        XCTAssertEqual(stats.overall.retention.young, RetentionFigure(total: 1, passed: 1))
        let history = try RetentionHistory.compute(database: db, deck: nil, dayStart: Fixture.day0, days: 7)
        XCTAssertEqual(history.days.last?.young, RetentionFigure(total: 1, passed: 1))
        XCTAssertEqual(history.days.map(\.young.total).reduce(0, +), 1)
    }
}
