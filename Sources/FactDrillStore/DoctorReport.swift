/// What `factdrill doctor` found in a database.
public struct DoctorReport: Hashable, Sendable, Codable {
    /// The database path.
    public var path: String
    /// The last migration applied to the database (its schema version).
    public var schemaVersion: String?
    /// The schema version this build writes.
    public var currentVersion: String
    /// Migrations this build knows that the database has not had (applied on open, so empty
    /// unless the database was opened without migrating).
    public var pendingMigrations: [String]
    /// `PRAGMA integrity_check` messages; empty when it says `ok`.
    public var integrityProblems: [String]
    /// `PRAGMA foreign_key_check` findings, one line each (`table rowid → parent`).
    public var foreignKeyProblems: [String]
    /// SQLite's journal mode (`wal` expected).
    public var journalMode: String
    /// Installed decks.
    public var decks: Int
    /// Cards, retired ones included.
    public var cards: Int
    /// Review log rows.
    public var reviews: Int

    /// Whether every check passed.
    public var isHealthy: Bool {
        integrityProblems.isEmpty && foreignKeyProblems.isEmpty && pendingMigrations.isEmpty
    }

    /// Creates a value.
    public init(
        path: String, schemaVersion: String? = nil, currentVersion: String, pendingMigrations: [String],
        integrityProblems: [String], foreignKeyProblems: [String], journalMode: String, decks: Int, cards: Int,
        reviews: Int
    ) {
        self.path = path
        self.schemaVersion = schemaVersion
        self.currentVersion = currentVersion
        self.pendingMigrations = pendingMigrations
        self.integrityProblems = integrityProblems
        self.foreignKeyProblems = foreignKeyProblems
        self.journalMode = journalMode
        self.decks = decks
        self.cards = cards
        self.reviews = reviews
    }
}
