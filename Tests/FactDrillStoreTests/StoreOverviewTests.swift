import FactDrillKit
import FactDrillTestSupport
import Foundation
import GRDB
import XCTest

@testable import FactDrillStore

/// The greeting's totals agree with the per-deck counts, with suspended, buried and retired cards.
final class StoreOverviewTests: XCTestCase {
    func testOverviewIsTheSumOfTheDecks() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("overview.sqlite")
        let plan = SyntheticDatabase.Plan(cards: 1500, decks: 3, reviews: 15_000, seed: 5)
        try SyntheticDatabase.build(path: path, plan: plan)
        let database = try StudyDatabase(path: path)
        try database.write("test setup") { db in
            try db.execute(sql: "UPDATE card_schedule SET suspended = 1 WHERE card_id % 7 = 0")
            try db.execute(
                sql: "UPDATE card_schedule SET buried_until = ? WHERE card_id % 5 = 0",
                arguments: [plan.now.addingTimeInterval(3600).timeIntervalSince1970])
            try db.execute(sql: "UPDATE cards SET retired = 1 WHERE id % 11 = 0")
        }
        for offset: Double in [-86_400 * 30, 0, 7200, 86_400 * 400] {
            let now = plan.now.addingTimeInterval(offset)
            let decks = try database.decks(now: now)
            let overview = try database.overview(now: now)
            XCTAssertEqual(overview.decks, decks.count)
            XCTAssertEqual(overview.new, decks.reduce(0) { $0 + $1.new }, "new at \(offset)")
            XCTAssertEqual(overview.dueNow, decks.reduce(0) { $0 + $1.dueNow }, "due at \(offset)")
        }
        XCTAssertGreaterThan(try database.overview(now: plan.now).dueNow, 0)
        XCTAssertGreaterThan(try database.overview(now: plan.now).new, 0)
    }
}
