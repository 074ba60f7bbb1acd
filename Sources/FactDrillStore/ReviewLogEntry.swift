import FSRS
import FactDrillKit
import Foundation

/// A row of the review log.
public struct ReviewLogEntry: Hashable, Sendable, Codable, Identifiable {
    /// The log row id.
    public var id: Int64
    /// The card's row id.
    public var cardID: Int64
    /// The card's deck.
    public var deckID: String
    /// The card's key in its deck (`DeckCard.id`).
    public var cardKey: String
    /// The study session, if any.
    public var sessionID: Int64?
    /// When the answer was given.
    public var reviewedAt: Date
    /// Review or practice.
    public var kind: ReviewKind
    /// The FSRS rating.
    public var rating: Rating
    /// The matcher's verdict.
    public var verdict: Verdict
    /// The response as typed.
    public var response: String
    /// How long the answer took, in milliseconds.
    public var durationMs: Int
    /// The interval given, in days.
    public var scheduledDays: Double
    /// The schedule before the answer.
    public var before: ScheduleState
    /// The schedule after the answer.
    public var after: ScheduleState

    /// Creates a value.
    public init(
        id: Int64, cardID: Int64, deckID: String, cardKey: String, sessionID: Int64? = nil,
        reviewedAt: Date, kind: ReviewKind, rating: Rating, verdict: Verdict, response: String, durationMs: Int,
        scheduledDays: Double, before: ScheduleState, after: ScheduleState
    ) {
        self.id = id
        self.cardID = cardID
        self.deckID = deckID
        self.cardKey = cardKey
        self.sessionID = sessionID
        self.reviewedAt = reviewedAt
        self.kind = kind
        self.rating = rating
        self.verdict = verdict
        self.response = response
        self.durationMs = durationMs
        self.scheduledDays = scheduledDays
        self.before = before
        self.after = after
    }
}
