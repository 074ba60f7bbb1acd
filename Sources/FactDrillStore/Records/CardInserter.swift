import FactDrillKit
import GRDB

/// Adds new cards of one deck, `rowsPerStatement` rows per `INSERT`, then their schedules
/// (state new, due at install time). SQLite spends about as long starting a statement as
/// storing a row, so a deck of 100,000 cards goes in about twice as fast 50 rows at a time.
struct CardInserter {
    /// Rows per statement: 50 × 15 parameters, far below SQLite's limit of 32,766.
    static let rowsPerStatement = 50
    private static let parametersPerRow = 15

    private let db: Database
    private let deckID: String
    private let stamp: Double
    private var pending = CardRecord()
    private var keys: [String] = []
    /// The largest card id before the first insert: every new card's id is above it.
    private var idsAbove: Int64?
    /// Cards added so far.
    private(set) var added = 0

    /// An inserter of `deckID`'s new cards, stamped `stamp` (unix seconds).
    init(deck deckID: String, stamp: Double, in db: Database) {
        self.db = db
        self.deckID = deckID
        self.stamp = stamp
        keys.reserveCapacity(Self.rowsPerStatement)
    }

    /// Adds `card` (written with the next batch).
    mutating func add(_ card: DeckCard) throws {
        keys.append(card.id)
        pending.append(card)
        if keys.count == Self.rowsPerStatement { try flush() }
    }

    /// Writes what is pending and the schedules of every card added.
    mutating func finish() throws {
        if !keys.isEmpty { try flush() }
        guard added > 0, let idsAbove else { return }
        // Every card above the old largest id was added by this transaction (it holds the
        // write lock). SQLite chooses max(id) + 1 for new rows until ids run out; if it ever
        // chose lower ids, the count tells, and the deck's cards without a schedule get one.
        try db.execute(sql: """
            INSERT INTO card_schedule (card_id, state, due) SELECT id, 0, ? FROM cards WHERE id > ? ORDER BY id
            """, arguments: [stamp, idsAbove])
        if db.changesCount != added {
            try db.execute(sql: """
                INSERT INTO card_schedule (card_id, state, due)
                SELECT c.id, 0, ? FROM cards c
                WHERE c.deck_id = ? AND NOT EXISTS (SELECT 1 FROM card_schedule s WHERE s.card_id = c.id)
                ORDER BY c.id
                """, arguments: [stamp, deckID])
        }
    }

    private mutating func flush() throws {
        if idsAbove == nil {
            idsAbove = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM cards") ?? 0
        }
        let rows = keys.count
        let statement = FastStatement(try db.cachedStatement(sql: rows == Self.rowsPerStatement
                                                              ? Self.fullSQL : Self.sql(rows: rows)), in: db)
        defer { statement.clearBindings() }
        let width = Int32(Self.parametersPerRow)
        for (row, key) in keys.enumerated() {
            let base = Int32(row) * width
            statement.bind(base + 1, deckID)
            statement.bind(base + 2, key)
            statement.bind(base + 14, stamp)
            statement.bind(base + 15, stamp)
        }
        try pending.withBindings(to: statement, at: { row, column in Int32(row) * width + 3 + Int32(column) }) {
            try statement.execute()
        }
        added += rows
        keys.removeAll(keepingCapacity: true)
        pending.removeAll()
    }

    private static let fullSQL = sql(rows: rowsPerStatement)

    /// `INSERT INTO cards … VALUES (…), (…), …` for `rows` rows.
    private static func sql(rows: Int) -> String {
        let row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
        return "INSERT INTO cards (deck_id, card_key, \(CardRecord.columns), retired, added_at, updated_at) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
