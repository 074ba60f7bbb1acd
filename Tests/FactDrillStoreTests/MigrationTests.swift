import Foundation
import GRDB
import XCTest
@testable import FactDrillStore

final class MigrationTests: XCTestCase {
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
        try StudyDatabase(path: path).installDeck(Fixture.deck("d", keys: ["a"]), source: Fixture.source(), now: Fixture.day0)
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
        let tables = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        XCTAssertEqual(tables, ["notes"], "left untouched")
    }

    func testDoctorReportsAHealthyDatabase() throws {
        let dir = try TemporaryDirectory()
        let db = try StudyDatabase(path: dir.path("d.sqlite"))
        try db.installDeck(Fixture.deck("d", keys: ["a", "b", "c"]), source: Fixture.source(), now: Fixture.day0)
        let report = try db.doctor()
        XCTAssertTrue(report.isHealthy, "\(report)")
        XCTAssertEqual(report.schemaVersion, StudyDatabase.knownMigrations.last)
        XCTAssertEqual(report.currentVersion, "v2-deck-models")
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
}
