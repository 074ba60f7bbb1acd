import Foundation
import GRDB

/// Reading the review log.
extension StudyDatabase {
    /// How many answers of `kind` (all kinds when nil) were given in `deck` (all when nil)
    /// from `start` (inclusive) to `end` (exclusive).
    public func reviewCount(deck: String?, from start: Date, to end: Date, kind: ReviewKind? = .review) throws -> Int {
        try read("counting reviews") { db in
            var sql =
                "SELECT COUNT(*) FROM review_log r JOIN cards c ON c.id = r.card_id WHERE r.reviewed_at >= ? AND r.reviewed_at < ?"
            var arguments: [DatabaseValue] = [start.unixSeconds.databaseValue, end.unixSeconds.databaseValue]
            if let deck {
                sql += " AND c.deck_id = ?"
                arguments.append(deck.databaseValue)
            }
            if let kind {
                sql += " AND r.kind = ?"
                arguments.append(kind.rawValue.databaseValue)
            }
            return try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0
        }
    }

    /// The answers of the session `id`, oldest first (for the end-of-session summary).
    public func reviews(session id: Int64) throws -> [ReviewLogEntry] {
        try read("reading a session's answers") { db in
            try entries(db, where: "r.session_id = ?", [id.databaseValue])
        }
    }

    /// The answers given to card `id`, oldest first.
    public func reviews(card id: Int64) throws -> [ReviewLogEntry] {
        try read("reading a card's answers") { db in
            try entries(db, where: "r.card_id = ?", [id.databaseValue])
        }
    }

    /// Calls `body` with every answer in `deck` (all when nil), oldest first, without loading the
    /// whole log in memory (for exports).
    public func forEachReview(deck: String?, _ body: (ReviewLogEntry) throws -> Void) throws {
        try read("reading the review log") { db in
            let condition = deck == nil ? "1" : "c.deck_id = ?"
            let cursor = try Row.fetchCursor(
                db, sql: Self.entrySQL(condition),
                arguments: StatementArguments(deck.map { [$0] } ?? []))
            while let row = try cursor.next() { try body(try Self.entry(row)) }
        }
    }

    private func entries(_ db: Database, where condition: String, _ arguments: [DatabaseValue]) throws
        -> [ReviewLogEntry]
    {
        try Row.fetchAll(db, sql: Self.entrySQL(condition), arguments: StatementArguments(arguments)).map(Self.entry)
    }

    private static func entrySQL(_ condition: String) -> String {
        "SELECT r.*, c.deck_id, c.card_key FROM review_log r JOIN cards c ON c.id = r.card_id WHERE \(condition) ORDER BY r.id"
    }

    private static func entry(_ row: Row) throws -> ReviewLogEntry {
        try ReviewLogRecord(row: row).entry(deckID: row["deck_id"], cardKey: row["card_key"])
    }
}
