import Foundation
import GRDB

/// Answers, undo, burying, suspending and sessions.
extension StudyDatabase {
    /// Records an answer in one transaction: inserts the log row and, for the review kind,
    /// writes `after` to the card's schedule (practice leaves it unchanged). Returns the log id.
    @discardableResult
    public func recordReview(_ review: NewReview) throws -> Int64 {
        guard (1...4).contains(review.rating) else {
            throw StoreError.invalidReview(reason: "the rating \(review.rating) is not 1 (Again) to 4 (Easy)")
        }
        guard review.durationMs >= 0 else {
            throw StoreError.invalidReview(reason: "the duration \(review.durationMs) ms is negative")
        }
        return try write("recording a review") { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM cards WHERE id = ?", arguments: [review.cardID]) != nil else {
                throw StoreError.unknownCard(id: review.cardID)
            }
            if let session = review.sessionID,
               try Bool.fetchOne(db, sql: "SELECT 1 FROM sessions WHERE id = ?", arguments: [session]) == nil {
                throw StoreError.unknownSession(id: session)
            }
            let columns = ["card_id", "session_id", "reviewed_at", "kind", "rating", "verdict", "response",
                           "duration_ms", "scheduled_days"]
                + ScheduleState.columnNames(suffix: "_before") + ScheduleState.columnNames(suffix: "_after")
            let values: [(any DatabaseValueConvertible)?] = [
                review.cardID, review.sessionID, review.reviewedAt.unixSeconds, review.kind.rawValue, review.rating,
                review.verdict, review.response, review.durationMs, review.scheduledDays,
            ] + review.before.columnValues + review.after.columnValues
            let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            try db.execute(sql: "INSERT INTO review_log (\(columns.joined(separator: ", "))) VALUES (\(placeholders))",
                           arguments: StatementArguments(values))
            let logID = db.lastInsertedRowID
            if review.kind == .review {
                try writeSchedule(db, cardID: review.cardID, review.after)
            }
            return logID
        }
    }

    /// Undoes the last answer of `sessionID` (the last answer of all when nil): restores the
    /// card's schedule to the logged `before` (review kind) and deletes the log row, in one
    /// transaction. Returns the card as restored, or nil when there is nothing to undo.
    @discardableResult
    public func undoLastReview(sessionID: Int64?) throws -> StoredCard? {
        try write("undoing the last answer") { db in
            let sessionClause = sessionID == nil ? "" : "WHERE session_id = ?"
            guard let row = try Row.fetchOne(db, sql: """
                SELECT * FROM review_log \(sessionClause) ORDER BY id DESC LIMIT 1
                """, arguments: StatementArguments(sessionID.map { [$0] } ?? [])) else { return nil }
            let cardID: Int64 = row["card_id"]
            if row["kind"] as String == ReviewKind.review.rawValue {
                try writeSchedule(db, cardID: cardID, ScheduleState(row: row, suffix: "_before"))
            }
            try db.execute(sql: "DELETE FROM review_log WHERE id = ?", arguments: [row["id"] as Int64])
            return try fetchCards(db, sql: "SELECT \(StoredCard.selection) FROM \(StoredCard.source) WHERE c.id = ?",
                                  arguments: [cardID.databaseValue]).first
        }
    }

    /// Hides the card until `until` (`:skip` buries it till the next day's start).
    public func bury(cardID: Int64, until: Date) throws {
        try updateSchedule(cardID, "buried_until = ?", [until.unixSeconds], "burying a card")
    }

    /// Brings a buried card back at once.
    public func unbury(cardID: Int64) throws {
        try updateSchedule(cardID, "buried_until = NULL", [], "unburying a card")
    }

    /// Suspends the card (never shown) or, with `false`, brings it back.
    public func suspend(cardID: Int64, _ suspended: Bool = true) throws {
        try updateSchedule(cardID, "suspended = ?", [suspended], suspended ? "suspending a card" : "unsuspending a card")
    }

    /// Starts a study session of `deck` (all decks when nil); returns its id.
    public func startSession(deck: String?, now: Date) throws -> Int64 {
        try write("starting a session") { db in
            try db.execute(sql: "INSERT INTO sessions (deck_id, started_at) VALUES (?, ?)",
                           arguments: [deck, now.unixSeconds])
            return db.lastInsertedRowID
        }
    }

    /// Ends the session `id` at `now`.
    public func endSession(_ id: Int64, now: Date) throws {
        try write("ending a session") { db in
            try db.execute(sql: "UPDATE sessions SET ended_at = ? WHERE id = ?", arguments: [now.unixSeconds, id])
            if db.changesCount == 0 { throw StoreError.unknownSession(id: id) }
        }
    }

    // MARK: - Helpers

    private func writeSchedule(_ db: Database, cardID: Int64, _ schedule: ScheduleState) throws {
        let assignments = ScheduleState.columnNames(suffix: "").map { "\($0) = ?" }.joined(separator: ", ")
        try db.execute(sql: "UPDATE card_schedule SET \(assignments) WHERE card_id = ?",
                       arguments: StatementArguments(schedule.columnValues + [cardID]))
        if db.changesCount == 0 { throw StoreError.unknownCard(id: cardID) }
    }

    private func updateSchedule(_ cardID: Int64, _ assignment: String, _ values: [any DatabaseValueConvertible],
                                _ operation: String) throws {
        try write(operation) { db in
            try db.execute(sql: "UPDATE card_schedule SET \(assignment) WHERE card_id = ?",
                           arguments: StatementArguments(values + [cardID]))
            if db.changesCount == 0 { throw StoreError.unknownCard(id: cardID) }
        }
    }
}
