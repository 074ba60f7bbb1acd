import Foundation
import GRDB

/// Answers, undo, burying, suspending and sessions.
extension StudyDatabase {
    /// Records an answer in one transaction: inserts the log row and, for the review kind,
    /// writes `after` to the card's schedule (practice leaves it unchanged). Returns the log id.
    @discardableResult
    public func recordReview(_ review: NewReview) throws -> Int64 {
        guard review.durationMs >= 0 else {
            throw StoreError.invalidReview(reason: "the duration \(review.durationMs) ms is negative")
        }
        return try write("recording a review") { db in
            guard try ScheduleRecord.exists(db, key: review.cardID) else {
                throw StoreError.unknownCard(id: review.cardID)
            }
            if let session = review.sessionID, try !SessionRecord.exists(db, key: session) {
                throw StoreError.unknownSession(id: session)
            }
            var record = ReviewLogRecord(review)
            try record.insert(db)
            if review.kind == .review {
                try ScheduleRecord.update(db, cardID: review.cardID, review.after.assignments(.current))
            }
            return record.id ?? db.lastInsertedRowID
        }
    }

    /// Undoes the last answer of `sessionID` (the last answer of all when nil): restores the
    /// card's schedule to the logged `before` (review kind) and deletes the log row, in one
    /// transaction. Returns the card as restored, or nil when there is nothing to undo.
    @discardableResult
    public func undoLastReview(sessionID: Int64?) throws -> StoredCard? {
        try write("undoing the last answer") { db in
            var request = ReviewLogRecord.order(ReviewLogRecord.Columns.id.desc)
            if let sessionID { request = request.filter(ReviewLogRecord.Columns.sessionID == sessionID) }
            guard let last = try request.fetchOne(db) else { return nil }
            if last.kind == .review {
                try ScheduleRecord.update(db, cardID: last.cardID, last.before.assignments(.current))
            }
            try last.delete(db)
            return try StoredCard.fetch(db, id: last.cardID)
        }
    }

    /// Hides the card until `until` (`:skip` buries it till the next day's start).
    public func bury(cardID: Int64, until: Date) throws {
        try write("burying a card") { db in
            let buried = ScheduleRecord.Columns.buriedUntil.set(to: until.unixSeconds)
            try ScheduleRecord.update(db, cardID: cardID, [buried])
        }
    }

    /// Brings a buried card back at once.
    public func unbury(cardID: Int64) throws {
        try write("unburying a card") { db in
            try ScheduleRecord.update(db, cardID: cardID, [ScheduleRecord.Columns.buriedUntil.set(to: nil)])
        }
    }

    /// Suspends the card (never shown) or, with `false`, brings it back.
    public func suspend(cardID: Int64, _ suspended: Bool = true) throws {
        try write(suspended ? "suspending a card" : "unsuspending a card") { db in
            try ScheduleRecord.update(db, cardID: cardID, [ScheduleRecord.Columns.suspended.set(to: suspended)])
        }
    }

    /// Starts a study session of `deck` (all decks when nil); returns its id.
    public func startSession(deck: String?, now: Date) throws -> Int64 {
        try write("starting a session") { db in
            var session = SessionRecord(id: nil, deckID: deck, startedAt: now, endedAt: nil)
            try session.insert(db)
            return session.id ?? db.lastInsertedRowID
        }
    }

    /// Ends the session `id` at `now`.
    public func endSession(_ id: Int64, now: Date) throws {
        try write("ending a session") { db in
            let ended = try SessionRecord.filter(key: id)
                .updateAll(db, SessionRecord.Columns.endedAt.set(to: now.unixSeconds))
            if ended == 0 { throw StoreError.unknownSession(id: id) }
        }
    }
}
