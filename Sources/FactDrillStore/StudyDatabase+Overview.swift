import Foundation
import GRDB

/// The totals of all decks, for the REPL's greeting.
extension StudyDatabase {
    /// The number of decks, and the due and new cards of all decks at `now`: the sums of
    /// `decks(now:)`'s `dueNow` and `new`, from indexed counts.
    public func overview(now: Date) throws -> StoreOverview {
        try readMapped("counting the cards") { db in
            let decks = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM decks") ?? 0
            // The schedule's counts walk card_schedule_state (state, due) without touching the
            // cards; the few retired cards are then taken off (a scan of the covering cards_status).
            let dueCondition =
                "s.state IN (1, 2, 3) AND s.due <= :now AND (s.buried_until IS NULL OR s.buried_until <= :now)"
            let arguments: StatementArguments = ["now": now.unixSeconds]
            let new =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM card_schedule s WHERE s.state = 0 AND s.suspended = 0")
                ?? 0
            let due =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM card_schedule s WHERE \(dueCondition) AND s.suspended = 0",
                    arguments: arguments) ?? 0
            let retired = try Row.fetchOne(
                db,
                sql: """
                    SELECT COALESCE(SUM(s.state = 0), 0) AS new, COALESCE(SUM(\(dueCondition)), 0) AS due
                    FROM cards c JOIN card_schedule s ON s.card_id = c.id
                    WHERE c.retired = 1 AND s.suspended = 0
                    """, arguments: arguments)
            return StoreOverview(decks: decks, dueNow: due - (retired?["due"] ?? 0), new: new - (retired?["new"] ?? 0))
        }
    }
}
