import FactDrillKit
import GRDB

/// Large imports. Loading 100,000 cards into a small database, SQLite spends more time keeping
/// indexes and foreign keys checked row by row than storing the rows; so a bulk load builds the
/// indexes afresh at the end and writes with the foreign-key checks off (its rows reference the
/// deck row and the card rows it has just written itself). Both are the usual way to bulk-load
/// SQLite, and the same transaction holds everything: a failure leaves the database as it was.
extension StudyDatabase {
    /// Imports adding at least this many cards, and at least as many as the database holds,
    /// are bulk loads.
    public static let bulkLoadMinimumCards = 10_000

    /// Whether adding `newCards` cards is a bulk load.
    func isBulkLoad(adding newCards: Int, in db: Database) throws -> Bool {
        guard newCards >= Self.bulkLoadMinimumCards else { return false }
        let held = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cards") ?? 0
        return newCards >= held
    }

    /// Runs `body` in a write transaction that installs `deck`, telling it whether this is a bulk
    /// load: then the connection's foreign-key checks are off for the transaction and `body`
    /// rebuilds the indexes. SQLite only changes that setting outside a transaction, so the
    /// decision comes from counts read just before it starts (the deck's cards beyond those its
    /// deck holds); were they to change meanwhile, the install is still right, only slower.
    func installWrite<T>(_ deck: Deck, _ body: (Database, _ bulk: Bool) throws -> T) throws -> T {
        try installWrite([deck], body)
    }

    /// `installWrite` for several decks installed together (an Anki package's decks).
    func installWrite<T>(_ decks: [Deck], _ body: (Database, _ bulk: Bool) throws -> T) throws -> T {
        let names = decks.map(\.deck.id).joined(separator: ", ")
        return try Self.mapErrors(path: path, "installing deck\(decks.count == 1 ? "" : "s") \(names)") {
            try writer.writeWithoutTransaction { db in
                var known = 0
                for deck in decks {
                    known +=
                        try Int.fetchOne(
                            db, sql: "SELECT COUNT(*) FROM cards WHERE deck_id = ?", arguments: [deck.deck.id]) ?? 0
                }
                let bulk = try isBulkLoad(adding: decks.reduce(0) { $0 + $1.cards.count } - known, in: db)
                // A larger page cache while the indexes are built (SQLite grows it only as pages
                // come in; it goes back to the usual 32 MB after).
                if bulk {
                    try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -\(4 * Self.pageCacheKiB)")
                }
                defer {
                    if bulk {
                        try? db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA cache_size = -\(Self.pageCacheKiB)")
                    }
                }
                try db.beginTransaction(.immediate)
                do {
                    let result = try body(db, bulk)
                    try db.commit()
                    return result
                } catch {
                    try? db.rollback()
                    throw error
                }
            }
        }
    }

    /// Drops the indexes of `cards` and `card_schedule`, runs `body`, and creates them again
    /// from their own stored SQL, inside the caller's transaction: SQLite builds an index from
    /// sorted keys in one pass, while 100,000 inserts in random key order each walk and split
    /// the B-tree. If anything fails (a unique index meeting a duplicate too), the transaction
    /// rolls back with the indexes as they were.
    func withIndexesRebuilt<T>(in db: Database, _ body: () throws -> T) throws -> T {
        let indexes = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('cards', 'card_schedule')
                ORDER BY name
                """
        ).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        for index in indexes {
            try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)")
        }
        let result = try body()
        for index in indexes {
            try db.execute(sql: index.sql)
        }
        return result
    }
}
