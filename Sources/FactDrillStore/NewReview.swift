import FSRS
import FactDrillKit
import Foundation

/// One answer to record in the review log.
public struct NewReview: Sendable, Hashable {
    /// The card's row id.
    public var cardID: Int64
    /// The study session the answer belongs to, if any.
    public var sessionID: Int64?
    /// When the answer was given.
    public var reviewedAt: Date
    /// The FSRS rating.
    public var rating: Rating
    /// The matcher's verdict.
    public var verdict: Verdict
    /// The response as typed.
    public var response: String
    /// How long the answer took, in milliseconds.
    public var durationMs: Int
    /// The scheduling state before the answer (restored by undo).
    public var before: ScheduleState
    /// The scheduling state after the answer (written to the card for the review kind).
    public var after: ScheduleState
    /// The interval the scheduler gave, in days.
    public var scheduledDays: Double
    /// Review or practice.
    public var kind: ReviewKind

    /// Creates a review to record.
    public init(
        cardID: Int64, sessionID: Int64? = nil, reviewedAt: Date, rating: Rating, verdict: Verdict,
        response: String, durationMs: Int, before: ScheduleState, after: ScheduleState,
        scheduledDays: Double, kind: ReviewKind = .review
    ) {
        self.cardID = cardID
        self.sessionID = sessionID
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.verdict = verdict
        self.response = response
        self.durationMs = durationMs
        self.before = before
        self.after = after
        self.scheduledDays = scheduledDays
        self.kind = kind
    }
}
