import FSRS
import Foundation
import GRDB
import XCTest

@testable import FactDrillStore

final class MigrationTests: XCTestCase {
    /// Every row of the cards, schedules and reviews, as text, in row order.
    private func rows(_ db: StudyDatabase) throws -> [String] {
        try db.writer.read { db in
            try ["cards", "card_schedule", "review_log"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { "\(table) \($0)" }
            }
        }
    }

    func testFreshDatabaseHasEveryTableAndTheCurrentVersion() throws {
        let dir = try TemporaryDirectory()
        let db = try StudyDatabase(path: dir.path("a.sqlite"))
        XCTAssertNil(db.backupPath, "a new database needs no backup")
        XCTAssertEqual(try db.schemaVersion(), StudyDatabase.knownMigrations.last)
        let tables = try db.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in ["card_schedule", "cards", "decks", "review_log", "sessions"] {
            XCTAssertTrue(tables.contains(table), "missing table \(table)")
        }
        let (journal, foreignKeys) = try db.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        XCTAssertEqual(journal, "wal")
        XCTAssertEqual(foreignKeys, 1)
    }

    func testReopeningAMigratedDatabaseMakesNoBackup() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("a.sqlite")
        try StudyDatabase(path: path).installDeck(
            Fixture.deck("d", keys: ["a"]), source: Fixture.source(), now: Fixture.day0)
        let reopened = try StudyDatabase(path: path)
        XCTAssertNil(reopened.backupPath)
        XCTAssertEqual(try reopened.cards(deck: "d").count, 1)
    }

    func testExistingDatabaseIsBackedUpBeforeAPendingMigration() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("f.sqlite")
        var old = DatabaseMigrator()
        old.registerMigration("v1-initial", migrate: StoreMigrations.createInitialSchema)
        let first = try StudyDatabase(path: path, busyTimeout: 1, onBusy: nil, migrator: old)
        XCTAssertNil(first.backupPath)
        try first.installDeck(Fixture.deck("d", keys: ["a", "b"]), source: Fixture.source(), now: Fixture.day0)

        var new = old
        new.registerMigration("v2-test") { db in
            try db.execute(sql: "ALTER TABLE decks ADD COLUMN note TEXT")
        }
        let second = try StudyDatabase(path: path, busyTimeout: 1, onBusy: nil, migrator: new)
        XCTAssertEqual(second.backupPath, path + ".bak-v1-initial")
        XCTAssertEqual(try second.writer.read { try new.appliedMigrations($0) }, ["v1-initial", "v2-test"])

        // The backup is the database as it was: schema v1 and every row.
        let backup = try DatabaseQueue(path: path + ".bak-v1-initial")
        try backup.read { db in
            XCTAssertEqual(try old.appliedMigrations(db), ["v1-initial"])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cards"), 2)
            XCTAssertFalse(try db.columns(in: "decks").map(\.name).contains("note"))
        }
        XCTAssertEqual(try second.cards(deck: "d").count, 2, "rows kept by the migration")
    }

    func testSecondBackupOfTheSameVersionGetsANewName() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("f.sqlite")
        var old = DatabaseMigrator()
        old.registerMigration("v1-initial", migrate: StoreMigrations.createInitialSchema)
        _ = try StudyDatabase(path: path, busyTimeout: 1, onBusy: nil, migrator: old)
        XCTAssertTrue(FileManager.default.createFile(atPath: path + ".bak-v1-initial", contents: Data("taken".utf8)))
        var new = old
        new.registerMigration("v2-test") { db in try db.execute(sql: "CREATE TABLE extra (x)") }
        let second = try StudyDatabase(path: path, busyTimeout: 1, onBusy: nil, migrator: new)
        XCTAssertEqual(second.backupPath, path + ".bak-v1-initial-2")
        XCTAssertEqual(try String(contentsOfFile: path + ".bak-v1-initial", encoding: .utf8), "taken")
    }

    func testDatabaseFromANewerFactdrillIsRefused() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("n.sqlite")
        var newer = StoreMigrations.migrator
        newer.registerMigration("v9-future") { db in try db.execute(sql: "CREATE TABLE future (x)") }
        _ = try StudyDatabase(path: path, busyTimeout: 1, onBusy: nil, migrator: newer)

        XCTAssertThrowsError(try StudyDatabase(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .newerSchema(path: path, schema: "v9-future", unknown: ["v9-future"]))
            let message = (error as? StoreError)?.errorDescription ?? ""
            XCTAssertTrue(message.contains("written by a newer factdrill (schema v9-future"), message)
            XCTAssertTrue(message.contains("upgrade factdrill or use another --db"), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".bak-v9-future"))
    }

    func testMissingDirectoryIsAClearError() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("no/such/dir/a.sqlite")
        XCTAssertThrowsError(try StudyDatabase(path: path)) { error in
            guard case .cannotOpen(let errorPath, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(errorPath, path)
        }
    }

    func testForeignSQLiteFileIsRefused() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("other.sqlite")
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE notes (x)") }
        XCTAssertThrowsError(try StudyDatabase(path: path)) { error in
            guard case .cannotOpen? = error as? StoreError else { return XCTFail("\(error)") }
        }
        let tables = try DatabaseQueue(path: path).read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master")
        }
        XCTAssertEqual(tables, ["notes"], "left untouched")
    }

    /// v3 rebuilds `cards` with the same rows and ids, and the card key's uniqueness held by a
    /// named index instead of a table constraint.
    func testV3KeepsEveryCardAndMakesTheKeyANamedUniqueIndex() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("v2.sqlite")
        var old = DatabaseMigrator()
        old.registerMigration(StoreMigrations.v1, migrate: StoreMigrations.createInitialSchema)
        old.registerMigration(StoreMigrations.v2, migrate: StoreMigrations.createDeckModels)
        let v2 = try StudyDatabase(path: path, busyTimeout: 1, onBusy: nil, migrator: old)
        try v2.installDeck(Fixture.deck("d", keys: ["a", "b", "c"]), source: Fixture.source(), now: Fixture.day0)
        try v2.installDeck(Fixture.deck("d", keys: ["a", "c"]), source: Fixture.source(), now: Fixture.at(days: 1))
        try v2.setSchedule("d", "a", Fixture.review(due: Fixture.at(days: 3), intervalDays: 3))
        let before = try rows(v2)
        let autoindexes = try v2.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'cards' AND type = 'index'")
        }
        XCTAssertTrue(
            autoindexes.contains { $0.hasPrefix("sqlite_autoindex_cards") }, "v2 keeps the key as a constraint")

        let v3 = try StudyDatabase(path: path)
        XCTAssertEqual(v3.backupPath, path + ".bak-v2-deck-models")
        XCTAssertEqual(try rows(v3), before, "every card, schedule and review kept with its id")
        try v3.writer.read { db in
            XCTAssertEqual(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master WHERE tbl_name = 'cards' AND type = 'index' ORDER BY name
                        """), ["cards_key", "cards_retired", "cards_status"],
                "v3's indexes, and v4's partial cards_retired")
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 1)
        }
        XCTAssertThrowsError(
            try v3.writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO cards (deck_id, card_key, fact, kind, fact_type, format, prompt, answer, accept, tags,
                                           added_at, updated_at)
                        VALUES ('d', 'a', 'f', 'k', 'k', 'text', '{}', '{}', '[]', '[]', 0, 0)
                        """)
            }, "the key is still unique in its deck")
        XCTAssertTrue(try v3.doctor().isHealthy)
        XCTAssertTrue(try v3.stored("d", "b").retired)
        XCTAssertEqual(try v3.stored("d", "a").schedule.state, .review)
    }

    /// v5 rebuilds `review_log` (a kind 'imported') with every answer kept with its id, and adds
    /// the Anki tables.
    func testV5KeepsEveryReviewAndAcceptsImportedOnes() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("v4.sqlite")
        var old = DatabaseMigrator()
        old.registerMigration(StoreMigrations.v1, migrate: StoreMigrations.createInitialSchema)
        old.registerMigration(StoreMigrations.v2, migrate: StoreMigrations.createDeckModels)
        old.registerMigration(StoreMigrations.v3, migrate: StoreMigrations.makeCardKeyAnIndex)
        old.registerMigration(StoreMigrations.v4, migrate: StoreMigrations.createCountIndexes)
        let v4 = try StudyDatabase(path: path, busyTimeout: 1, onBusy: nil, migrator: old)
        try v4.installDeck(Fixture.deck("d", keys: ["a", "b"]), source: Fixture.source(), now: Fixture.day0)
        let card = try v4.stored("d", "a")
        for day in 1...3 {
            try v4.recordReview(
                NewReview(
                    cardID: card.id, reviewedAt: Fixture.at(days: Double(day)), rating: .good, verdict: .correct,
                    response: "x", durationMs: 1000 * day, before: card.schedule, after: card.schedule,
                    scheduledDays: 1, kind: day == 2 ? .practice : .review))
        }
        let before = try rows(v4)
        let told = Told()
        let v5 = try StudyDatabase(path: path, busyTimeout: 1, onBusy: nil) { from, to in told.add("\(from) -> \(to)") }
        XCTAssertEqual(told.lines, ["v4-count-indexes -> v6-fsrs-parameters"], "the user is told before the upgrade")
        XCTAssertEqual(v5.backupPath, path + ".bak-v4-count-indexes")
        XCTAssertEqual(try rows(v5), before, "every card, schedule and review kept with its id")
        try v5.recordReview(
            NewReview(
                cardID: card.id, reviewedAt: Fixture.at(days: 4), rating: .again, verdict: .wrong, response: "",
                durationMs: 10, before: card.schedule, after: card.schedule, scheduledDays: 1, kind: .imported))
        XCTAssertEqual(try v5.reviews(card: card.id).map(\.kind), [.review, .practice, .review, .imported])
        try v5.writer.read { db in
            XCTAssertTrue(try db.tableExists("anki_cards"))
            XCTAssertTrue(try db.tableExists("anki_notes"))
            XCTAssertEqual(
                try String.fetchAll(
                    db,
                    sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'review_log' AND type = 'index' ORDER BY name"
                ),
                ["review_log_card", "review_log_session", "review_log_time"])
        }
        XCTAssertTrue(try v5.doctor().isHealthy)
    }

    func testDoctorReportsAHealthyDatabase() throws {
        let dir = try TemporaryDirectory()
        let db = try StudyDatabase(path: dir.path("d.sqlite"))
        try db.installDeck(Fixture.deck("d", keys: ["a", "b", "c"]), source: Fixture.source(), now: Fixture.day0)
        let report = try db.doctor()
        XCTAssertTrue(report.isHealthy, "\(report)")
        XCTAssertEqual(report.schemaVersion, StudyDatabase.knownMigrations.last)
        XCTAssertEqual(report.currentVersion, "v6-fsrs-parameters")
        XCTAssertEqual(report.journalMode, "wal")
        XCTAssertEqual([report.decks, report.cards, report.reviews], [1, 3, 0])
    }

    func testDoctorFindsAForeignKeyViolation() throws {
        let db = try StudyDatabase.inMemory()
        try db.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "INSERT INTO card_schedule (card_id, state, due) VALUES (42, 0, 0)")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let report = try db.doctor()
        XCTAssertFalse(report.isHealthy)
        XCTAssertEqual(report.foreignKeyProblems, ["card_schedule row 42 → cards"])
        XCTAssertEqual(report.integrityProblems, [])
    }

    /// v4's indexes serve the greeting's counts: the schedule's entries alone, and the retired
    /// cards without a scan of every card.
    func testTheCountsOfTheGreetingReadTheirIndexes() throws {
        let db = try StudyDatabase.inMemory()
        let plans = try db.writer.read { db in
            try [
                "SELECT COUNT(*) FROM card_schedule s WHERE s.state = 0 AND s.suspended = 0",
                "SELECT COUNT(*) FROM card_schedule s WHERE s.state IN (1, 2, 3) AND s.due <= 0 AND s.suspended = 0",
                "SELECT COUNT(*) FROM cards c JOIN card_schedule s ON s.card_id = c.id WHERE c.retired = 1",
            ].map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql)
                    .map { $0["detail"] as String }.joined(separator: "; ")
            }
        }
        XCTAssertTrue(plans[0].contains("COVERING INDEX card_schedule_counts"), plans[0])
        XCTAssertTrue(plans[1].contains("COVERING INDEX card_schedule_counts"), plans[1])
        XCTAssertTrue(plans[2].contains("cards_retired"), plans[2])
    }
}

/// Lines a callback was told (from any thread).
private final class Told: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var lines: [String] { lock.withLock { stored } }
    func add(_ line: String) { lock.withLock { stored.append(line) } }
}
