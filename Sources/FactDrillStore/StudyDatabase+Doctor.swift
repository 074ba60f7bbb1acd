import Foundation
import GRDB

/// Checking the database (`factdrill doctor`).
extension StudyDatabase {
    /// Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check` and reads the schema version.
    /// (A database written by a newer factdrill is refused when opening, with `StoreError.newerSchema`.)
    public func doctor() throws -> DoctorReport {
        let migrator = StoreMigrations.migrator
        return try Self.mapErrors(path: path, "checking the database") {
            try writer.writeWithoutTransaction { db in
                let applied = try migrator.appliedMigrations(db)
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                    "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) → \(row[2] as String? ?? "?")"
                }
                func count(_ table: String) throws -> Int {
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
                }
                return DoctorReport(
                    path: path, schemaVersion: applied.last, currentVersion: migrator.migrations.last ?? "",
                    pendingMigrations: migrator.migrations.filter { !applied.contains($0) },
                    integrityProblems: integrity == ["ok"] ? [] : integrity, foreignKeyProblems: foreignKeys,
                    journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "?",
                    decks: try count("decks"), cards: try count("cards"), reviews: try count("review_log"))
            }
        }
    }

    /// The schema version of the open database (the last migration applied).
    public func schemaVersion() throws -> String? {
        try read("reading the schema version") { db in try StoreMigrations.migrator.appliedMigrations(db).last }
    }
}
