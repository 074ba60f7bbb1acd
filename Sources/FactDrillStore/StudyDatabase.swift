import Foundation
import GRDB
import GRDBSQLite

/// The study database: decks, cards, their scheduling state, the review log and sessions.
///
/// Opens a WAL-mode `DatabasePool` (several factdrill processes may share the file), with
/// foreign keys on and a busy timeout, refuses a database written by a newer factdrill, copies
/// an existing database aside before migrating it, then applies pending migrations. Every
/// method is named after what it does; callers never see SQL.
public final class StudyDatabase: Sendable {
    /// Called while another connection holds the database: the number of retries so far
    /// (0 when a wait begins). The CLI prints "database busy, retrying…" on 0.
    public typealias BusyObserver = @Sendable (_ retries: Int) -> Void

    /// The file path (`:memory:` for an in-memory database).
    public let path: String
    /// The connection(s): a pool for files, a queue in memory.
    let writer: any DatabaseWriter
    /// The backup made before migrating at open, if any.
    public let backupPath: String?

    /// Opens (creating if needed) the database at `path`, with a 5 s busy timeout.
    /// The parent directory must exist (the CLI creates it).
    public convenience init(path: String) throws {
        try self.init(path: path, busyTimeout: 5, onBusy: nil)
    }

    /// Told, before an existing database is upgraded, the version it has and the one it gets
    /// (a backup and the migration can take seconds on a database of a million reviews).
    public typealias UpgradeObserver = @Sendable (_ from: String, _ to: String) -> Void

    /// Opens the database at `path`, waiting up to `busyTimeout` seconds for other writers and
    /// telling `onBusy` while it waits, and `onUpgrade` before upgrading it.
    public convenience init(
        path: String, busyTimeout: TimeInterval, onBusy: BusyObserver?, onUpgrade: UpgradeObserver? = nil
    ) throws {
        try self.init(
            path: path, busyTimeout: busyTimeout, onBusy: onBusy, migrator: StoreMigrations.migrator,
            onUpgrade: onUpgrade)
    }

    /// Opens with a given migrator (tests simulate older and newer builds with it).
    init(
        path: String, busyTimeout: TimeInterval, onBusy: BusyObserver?, migrator: DatabaseMigrator,
        onUpgrade: UpgradeObserver? = nil
    ) throws {
        self.path = path
        let configuration = Self.configuration(busyTimeout: busyTimeout, onBusy: onBusy)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: Self.describe(error))
        }
        writer = pool
        backupPath = try Self.prepare(pool, path: path, migrator: migrator, onUpgrade: onUpgrade)
    }

    deinit {
        // An in-memory database's media folder goes with it.
        if path == ":memory:" { try? FileManager.default.removeItem(at: mediaFolder) }
    }

    /// An empty in-memory database (a `DatabaseQueue`), migrated: for tests.
    public static func inMemory() throws -> StudyDatabase {
        try StudyDatabase(inMemoryWith: StoreMigrations.migrator)
    }

    init(inMemoryWith migrator: DatabaseMigrator) throws {
        path = ":memory:"
        let queue = try DatabaseQueue(configuration: Self.configuration(busyTimeout: 0, onBusy: nil))
        writer = queue
        backupPath = try Self.prepare(queue, path: path, migrator: migrator)
    }

    /// The migration identifiers this build knows, oldest first; the last is the schema version.
    public static var knownMigrations: [String] { StoreMigrations.migrator.migrations }

    // MARK: - Opening

    /// The page cache of each connection, in KiB (SQLite grows it as pages are read).
    static let pageCacheKiB = 32_768

    static func configuration(busyTimeout: TimeInterval, onBusy: BusyObserver?) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "factdrill"
        if let onBusy {
            // Poll like SQLite's own busy handler, telling the observer at each retry.
            let interval = 0.025
            configuration.busyMode = .callback { retries in
                if Double(retries) * interval >= busyTimeout { return false }
                onBusy(retries)
                Thread.sleep(forTimeInterval: interval)
                return true
            }
        } else {
            configuration.busyMode = .timeout(busyTimeout)
        }
        configuration.prepareDatabase { db in
            // Keep the WAL file when the last connection closes (SQLITE_FCNTL_PERSIST_WAL): opening
            // a pool on a database without one makes GRDB write and drop a table to create it, two
            // fsyncs before the first card. The file is SQLite's; a crash leaves nothing to recover.
            var persist: Int32 = 1
            _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
            // Up to 32 MB of page cache per connection (grown on demand): the stats read the
            // schedule table several times and should not go back to the OS for each pass.
            try db.execute(sql: "PRAGMA cache_size = -\(pageCacheKiB)")
            // SQLite's math functions are a compile-time option: provide `pow` where they are missing.
            if (try? Double.fetchOne(db, sql: "SELECT pow(2, 2)")) == nil {
                db.add(function: SQLFunctions.power)
            }
        }
        return configuration
    }

    /// Refuses newer schemas and foreign files, backs up, migrates; returns the backup path.
    private static func prepare(
        _ writer: any DatabaseWriter, path: String, migrator: DatabaseMigrator, onUpgrade: UpgradeObserver? = nil
    ) throws -> String? {
        let (applied, userTables) = try mapErrors(path: path, "opening the database") {
            try writer.read { db -> ([String], Int) in
                let applied = try migrator.appliedIdentifiers(db)
                let unknown = applied.subtracting(migrator.migrations).sorted()
                if !unknown.isEmpty {
                    throw StoreError.newerSchema(path: path, schema: unknown.last ?? "?", unknown: unknown)
                }
                let tables =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT COUNT(*) FROM sqlite_master
                            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                            """) ?? 0
                return (migrator.migrations.filter(applied.contains), tables)
            }
        }
        if applied.isEmpty && userTables > 0 {
            throw StoreError.cannotOpen(
                path: path, reason: "it is an SQLite database but not a factdrill one; use another --db")
        }
        let pending = migrator.migrations.count - applied.count
        guard pending > 0 else { return nil }
        var backup: String?
        if let version = applied.last, path != ":memory:" {
            onUpgrade?(version, migrator.migrations.last ?? "?")
            backup = try backUp(writer, path: path, version: version)
        }
        do {
            try migrator.migrate(writer)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                throw StoreError.busy(path: path)
            }
            throw StoreError.migrationFailed(path: path, reason: describe(error))
        }
        return backup
    }

    /// Copies the database to `<path>.bak-<version>` (or `-2`, `-3`… if taken) with
    /// `VACUUM INTO`, a consistent copy even while other processes use the WAL.
    private static func backUp(_ writer: any DatabaseWriter, path: String, version: String) throws -> String {
        var target = "\(path).bak-\(version)"
        var counter = 2
        while FileManager.default.fileExists(atPath: target) {
            target = "\(path).bak-\(version)-\(counter)"
            counter += 1
        }
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [target])
            }
        } catch let error as DatabaseError {
            throw StoreError.backupFailed(path: target, reason: describe(error))
        }
        return target
    }
}
