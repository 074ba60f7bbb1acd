import FactDrillKit
import GRDB

/// Adds new cards of one deck, `rowsPerStatement` rows per `INSERT`, then their schedules
/// (state new, due at install time). SQLite spends about as long starting a statement as
/// storing a row, so a deck of 100,000 cards goes in about twice as fast 50 rows at a time.
struct CardInserter {
    /// Rows per statement: 50 × 15 parameters, far below SQLite's limit of 32,766.
    static let rowsPerStatement = 50
    private static let parametersPerRow: Int32 = 15

    private let db: Database
    private let deckID: String
    private let stamp: Double
    /// The statement for a full batch, with the deck and time bound once for every row.
    private let full: RawStatement
    /// The largest card id before the first insert: every new card's id is above it.
    private var idsAbove: Int64?
    /// Cards added so far.
    private(set) var added = 0

    /// An inserter of `deckID`'s new cards, stamped `stamp` (unix seconds).
    init(deck deckID: String, stamp: Double, in db: Database) throws {
        self.db = db
        self.deckID = deckID
        self.stamp = stamp
        full = RawStatement(try db.cachedStatement(sql: Self.sql(rows: Self.rowsPerStatement)), in: db)
        Self.bindConstants(full, rows: Self.rowsPerStatement, deck: deckID, stamp: stamp)
    }

    /// Adds new cards: `keys` and their `content`, at most `rowsPerStatement` of them.
    mutating func write(keys: [String], content: CardColumnBytes) throws {
        precondition(keys.count == content.rowCount && keys.count <= Self.rowsPerStatement)
        if keys.count == Self.rowsPerStatement {
            try write(keys: keys, content: content, with: full)
        } else if !keys.isEmpty {
            let statement = RawStatement(try db.cachedStatement(sql: Self.sql(rows: keys.count)), in: db)
            defer { statement.clearBindings() }
            Self.bindConstants(statement, rows: keys.count, deck: deckID, stamp: stamp)
            try write(keys: keys, content: content, with: statement)
        }
    }

    /// Writes the schedules of every card added.
    mutating func finish() throws {
        full.clearBindings()
        guard added > 0, let idsAbove else { return }
        // Every card above the old largest id was added by this transaction (it holds the
        // write lock). SQLite chooses max(id) + 1 for new rows until ids run out; if it ever
        // chose lower ids, the count tells, and the deck's cards without a schedule get one.
        try db.execute(
            sql: """
                INSERT INTO card_schedule (card_id, state, due) SELECT id, 0, ? FROM cards WHERE id > ? ORDER BY id
                """, arguments: [stamp, idsAbove])
        if db.changesCount != added {
            try db.execute(
                sql: """
                    INSERT INTO card_schedule (card_id, state, due)
                    SELECT c.id, 0, ? FROM cards c
                    WHERE c.deck_id = ? AND NOT EXISTS (SELECT 1 FROM card_schedule s WHERE s.card_id = c.id)
                    ORDER BY c.id
                    """, arguments: [stamp, deckID])
        }
    }

    private mutating func write(keys: [String], content: CardColumnBytes, with statement: RawStatement) throws {
        if idsAbove == nil {
            idsAbove = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM cards") ?? 0
        }
        for (row, key) in keys.enumerated() {
            statement.bind(Int32(row) * Self.parametersPerRow + 2, key)
        }
        try content.withBindings(to: statement, first: 3, stride: Self.parametersPerRow) {
            try statement.execute()
        }
        added += keys.count
    }

    /// Binds the deck id and the time stamps of `rows` rows (kept across executions).
    private static func bindConstants(_ statement: RawStatement, rows: Int, deck: String, stamp: Double) {
        for row in 0..<Int32(rows) {
            statement.bind(row * parametersPerRow + 1, deck)
            statement.bind(row * parametersPerRow + 14, stamp)
            statement.bind(row * parametersPerRow + 15, stamp)
        }
    }

    /// `INSERT INTO cards … VALUES (…), (…), …` for `rows` rows.
    private static func sql(rows: Int) -> String {
        let row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
        return "INSERT INTO cards (deck_id, card_key, \(CardColumnBytes.columns), retired, added_at, updated_at) "
            + "VALUES " + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
