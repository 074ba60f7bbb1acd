import FactDrillKit
import Foundation
import GRDB

/// The installed decks.
extension StudyDatabase {
    /// Every installed deck with its card counts at `now`, sorted by id.
    public func decks(now: Date) throws -> [DeckSummary] {
        try read("listing the decks") { db in
            // Counted per deck from the cards (a scan of the covering index), then joined to the decks.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, d.title, d.languages, d.source_kind, d.source_path, d.content_hash,
                           d.installed_at, d.updated_at,
                           COALESCE(n.total, 0) AS total, COALESCE(n.new, 0) AS new, COALESCE(n.learning, 0) AS learning,
                           COALESCE(n.review, 0) AS review, COALESCE(n.suspended, 0) AS suspended,
                           COALESCE(n.due_now, 0) AS due_now, COALESCE(n.retired, 0) AS retired
                    FROM decks d LEFT JOIN (
                        SELECT c.deck_id,
                               SUM(c.retired = 0) AS total,
                               SUM(c.retired = 0 AND s.suspended = 0 AND s.state = 0) AS new,
                               SUM(c.retired = 0 AND s.suspended = 0 AND s.state IN (1, 3)) AS learning,
                               SUM(c.retired = 0 AND s.suspended = 0 AND s.state = 2) AS review,
                               SUM(c.retired = 0 AND s.suspended = 1) AS suspended,
                               SUM(c.retired = 0 AND s.suspended = 0 AND s.state <> 0 AND s.due <= :now
                                   AND (s.buried_until IS NULL OR s.buried_until <= :now)) AS due_now,
                               SUM(c.retired = 1) AS retired
                        FROM cards c JOIN card_schedule s ON s.card_id = c.id
                        GROUP BY c.deck_id) n ON n.deck_id = d.id
                    ORDER BY d.id
                    """, arguments: ["now": now.unixSeconds])
            return try rows.map(Self.summary)
        }
    }

    /// The deck `id`, if installed.
    public func deck(id: String, now: Date) throws -> DeckSummary? {
        try decks(now: now).first { $0.id == id }
    }

    private static func summary(_ row: Row) throws -> DeckSummary {
        let deck = try DeckRecord(row: row)
        return DeckSummary(
            id: deck.id, title: deck.title, languages: deck.languages, source: deck.source,
            installedAt: deck.installedAt, updatedAt: deck.updatedAt,
            total: row["total"], new: row["new"], learning: row["learning"], review: row["review"],
            suspended: row["suspended"], dueNow: row["due_now"], retired: row["retired"])
    }
}
