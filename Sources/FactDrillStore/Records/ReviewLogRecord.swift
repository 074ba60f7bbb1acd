import FSRS
import FactDrillKit
import Foundation
import GRDB

/// A row of `review_log`: one answer, with the card's schedule before and after it.
struct ReviewLogRecord: Hashable {
    /// The row id; nil until inserted.
    var id: Int64?
    /// The card's row id.
    var cardID: Int64
    /// The study session, if any.
    var sessionID: Int64?
    /// When the answer was given.
    var reviewedAt: Date
    /// Review or practice.
    var kind: ReviewKind
    /// The rating given.
    var rating: Rating
    /// The matcher's verdict.
    var verdict: Verdict
    /// The response as typed.
    var response: String
    /// How long the answer took, in milliseconds.
    var durationMs: Int
    /// The interval the scheduler gave, in days.
    var scheduledDays: Double
    /// The schedule before the answer.
    var before: ScheduleState
    /// The schedule after the answer.
    var after: ScheduleState

    /// The record of a review to insert.
    init(_ review: NewReview) {
        id = nil
        cardID = review.cardID
        sessionID = review.sessionID
        reviewedAt = review.reviewedAt
        kind = review.kind
        rating = review.rating
        verdict = review.verdict
        response = review.response
        durationMs = review.durationMs
        scheduledDays = review.scheduledDays
        before = review.before
        after = review.after
    }

    /// The log entry of this row, with the card's deck and key.
    func entry(deckID: String, cardKey: String) -> ReviewLogEntry {
        ReviewLogEntry(
            id: id ?? 0, cardID: cardID, deckID: deckID, cardKey: cardKey, sessionID: sessionID,
            reviewedAt: reviewedAt, kind: kind, rating: rating, verdict: verdict, response: response,
            durationMs: durationMs, scheduledDays: scheduledDays, before: before, after: after)
    }
}

// MARK: - Database

extension ReviewLogRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "review_log"

    /// The table's columns (the schedule copies are `ScheduleState.Columns.before` and `.after`).
    enum Columns {
        static let id = Column("id")
        static let cardID = Column("card_id")
        static let sessionID = Column("session_id")
        static let reviewedAt = Column("reviewed_at")
        static let kind = Column("kind")
        static let rating = Column("rating")
        static let verdict = Column("verdict")
        static let response = Column("response")
        static let durationMs = Column("duration_ms")
        static let scheduledDays = Column("scheduled_days")
    }

    init(row: Row) throws {
        let id: Int64 = row[Columns.id]
        func fail(_ reason: String) -> StoreError {
            StoreError.corruptRow(table: "review_log", id: "\(id)", reason: reason)
        }
        guard let kind = ReviewKind(rawValue: row[Columns.kind]) else { throw fail("unknown kind") }
        guard let rating = Rating(rawValue: row[Columns.rating]) else { throw fail("unknown rating") }
        guard let verdict = Verdict(rawValue: row[Columns.verdict]) else { throw fail("unknown verdict") }
        self.id = id
        cardID = row[Columns.cardID]
        sessionID = row[Columns.sessionID]
        reviewedAt = Date(unixSeconds: row[Columns.reviewedAt])
        self.kind = kind
        self.rating = rating
        self.verdict = verdict
        response = row[Columns.response]
        durationMs = row[Columns.durationMs]
        scheduledDays = row[Columns.scheduledDays]
        before = try ScheduleState(row: row, .before, or: fail)
        after = try ScheduleState(row: row, .after, or: fail)
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.cardID] = cardID
        container[Columns.sessionID] = sessionID
        container[Columns.reviewedAt] = reviewedAt.unixSeconds
        container[Columns.kind] = kind.rawValue
        container[Columns.rating] = rating
        container[Columns.verdict] = verdict
        container[Columns.response] = response
        container[Columns.durationMs] = durationMs
        container[Columns.scheduledDays] = scheduledDays
        before.encode(to: &container, .before)
        after.encode(to: &container, .after)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
