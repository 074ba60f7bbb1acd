import Foundation
import GRDB

// MARK: - Database

/// Reading queue entries from `cards` joined to `card_schedule`: no content columns, no JSON.
extension QueuedCard: FetchableRecord {
    /// The select list that `init(row:)` reads; alias `c` for cards and `s` for card_schedule
    /// (the `FROM` clause is `StoredCard.source`).
    static let selection = """
        c.id, c.deck_id, c.card_key, c.fact,
        s.state, s.step, s.stability, s.difficulty, s.due, s.last_review, s.reps, s.lapses
        """

    /// Decodes a row selected with `selection`.
    public init(row: Row) throws {
        let id: Int64 = row["id"]
        let key: String = row["card_key"]
        let schedule = try ScheduleState(row: row, .current) { reason in
            StoreError.corruptRow(table: "cards", id: "\(id) \(key)", reason: reason)
        }
        self.init(id: id, deckID: row["deck_id"], key: key, factID: row["fact"], schedule: schedule)
    }
}
