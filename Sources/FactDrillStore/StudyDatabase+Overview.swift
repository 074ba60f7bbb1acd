import Foundation
import GRDB

/// The totals of all decks, for the REPL's greeting.
extension StudyDatabase {
    /// The number of decks, and the due and new cards of all decks at `now`: the sums of
    /// `decks(now:)`'s `dueNow` and `new`, from two indexed counts.
    public func overview(now: Date) throws -> StoreOverview {
        try read("counting the cards") { db in
            let decks = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM decks") ?? 0
            // Each count walks card_schedule_state (state, due) and looks the card up by its id.
            let new = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM card_schedule s JOIN cards c ON c.id = s.card_id
                WHERE s.state = 0 AND s.suspended = 0 AND c.retired = 0
                """) ?? 0
            let due = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM card_schedule s JOIN cards c ON c.id = s.card_id
                WHERE s.state IN (1, 2, 3) AND s.due <= :now AND s.suspended = 0 AND c.retired = 0
                  AND (s.buried_until IS NULL OR s.buried_until <= :now)
                """, arguments: ["now": now.unixSeconds]) ?? 0
            return StoreOverview(decks: decks, dueNow: due, new: new)
        }
    }
}
