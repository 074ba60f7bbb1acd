import FSRS
import Foundation
import GRDB
import XCTest

@testable import FactDrillStore

/// Fitted parameters and desired retention per deck (`v6-fsrs-parameters`).
final class MemoryModelStoreTests: XCTestCase {
    let fitted = Scheduler.defaultParameters.enumerated().map { $0.offset < 4 ? $0.element * 2 : $0.element }

    func testSavedLoadedAndReset() throws {
        let dir = try TemporaryDirectory()
        let db = try StudyDatabase(path: dir.path("m.sqlite"))
        XCTAssertEqual(try db.memoryModels(), [])
        let at = Date(timeIntervalSince1970: 1_700_000_000)
        try db.saveFittedParameters(
            MemoryModel(deckID: "", parameters: fitted, fittedAt: at, reviews: 1200, logLoss: 0.31, rmseBins: 0.02))
        try db.setDesiredRetention(0.85, deck: "")
        try db.setDesiredRetention(0.8, deck: "nato")
        var models = try db.memoryModels()
        XCTAssertEqual(models.map(\.deckID), ["", "nato"])
        XCTAssertEqual(models[0].parameters, fitted)
        XCTAssertEqual(models[0].desiredRetention, 0.85, "a fit keeps the retention and the retention keeps the fit")
        XCTAssertEqual(models[0].fittedAt, at)
        XCTAssertEqual(models[0].reviews, 1200)
        XCTAssertNil(models[1].parameters)

        // A new fit replaces the parameters, keeping the retention.
        try db.saveFittedParameters(MemoryModel(deckID: "", parameters: Scheduler.defaultParameters, reviews: 1300))
        models = try db.memoryModels()
        XCTAssertEqual(models[0].parameters, Scheduler.defaultParameters)
        XCTAssertEqual(models[0].desiredRetention, 0.85)

        XCTAssertTrue(try db.resetParameters(deck: ""))
        XCTAssertFalse(try db.resetParameters(deck: ""), "nothing left to reset")
        models = try db.memoryModels()
        XCTAssertEqual(models.first?.parameters, nil)
        XCTAssertEqual(models.first?.desiredRetention, 0.85, "reset forgets the fit, not the retention")
        try db.setDesiredRetention(nil, deck: "nato")
        XCTAssertEqual(try db.memoryModels().map(\.deckID), [""], "an empty row is dropped")
    }

    /// A row edited by hand into something that is not a list of numbers does not stop the
    /// database from opening: it reads as no parameters, which the scheduler refuses.
    func testAnUnreadableRowReadsAsNoParameters() throws {
        let dir = try TemporaryDirectory()
        let db = try StudyDatabase(path: dir.path("m.sqlite"))
        try db.writer.write { db in
            try db.execute(sql: "INSERT INTO memory_models (deck_id, parameters) VALUES ('', 'garbage')")
        }
        XCTAssertEqual(try db.memoryModels().first?.parameters, [])
        XCTAssertTrue(try db.resetParameters(deck: ""))
        XCTAssertEqual(try db.memoryModels(), [])
    }

    /// A database made by the v3 schema (before fitted parameters existed) upgrades keeping every
    /// card, schedule and review, with no memory model: the defaults go on being used.
    func testAV3DatabaseUpgradesWithItsRowsKept() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("v3.sqlite")
        var old = DatabaseMigrator()
        old.registerMigration(StoreMigrations.v1, migrate: StoreMigrations.createInitialSchema)
        old.registerMigration(StoreMigrations.v2, migrate: StoreMigrations.createDeckModels)
        old.registerMigration(StoreMigrations.v3, migrate: StoreMigrations.makeCardKeyAnIndex)
        let v3 = try StudyDatabase(path: path, busyTimeout: 1, onBusy: nil, migrator: old)
        try v3.installDeck(Fixture.deck("d", keys: ["a", "b"]), source: Fixture.source(), now: Fixture.day0)
        let card = try v3.stored("d", "a")
        for day in 1...3 {
            try v3.recordReview(
                NewReview(
                    cardID: card.id, reviewedAt: Fixture.at(days: Double(day)), rating: .good, verdict: .correct,
                    response: "x", durationMs: 1000, before: card.schedule, after: card.schedule, scheduledDays: 1))
        }
        let before = try rows(v3)
        let current = try StudyDatabase(path: path)
        XCTAssertEqual(try current.schemaVersion(), "v6-fsrs-parameters")
        XCTAssertEqual(try rows(current), before, "every card, schedule and review kept")
        XCTAssertEqual(try current.memoryModels(), [])
        XCTAssertTrue(try current.doctor().isHealthy)
    }

    private func rows(_ db: StudyDatabase) throws -> [String] {
        try db.writer.read { db in
            try ["decks", "cards", "card_schedule", "review_log"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { "\(table) \($0)" }
            }
        }
    }
}
