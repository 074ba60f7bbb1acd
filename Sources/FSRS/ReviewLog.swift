import Foundation

/// The record of one review: what was answered, when, and what it led to.
public struct ReviewLog: Codable, Hashable, Sendable {
    /// The rating given.
    public var rating: Rating
    /// When the review happened.
    public var reviewDate: Date
    /// The card's state before the review.
    public var stateBefore: CardState
    /// Whole days since the previous review (floored, as FSRS counts them); `nil` for a first review.
    public var elapsedDays: Int?
    /// Seconds from the review to the card's new due date (after fuzz).
    public var scheduledInterval: TimeInterval
    /// How long the learner took to answer, in seconds, if the caller measured it.
    public var reviewDuration: TimeInterval?

    /// A log entry with every field given.
    public init(
        rating: Rating, reviewDate: Date, stateBefore: CardState, elapsedDays: Int?,
        scheduledInterval: TimeInterval, reviewDuration: TimeInterval? = nil
    ) {
        self.rating = rating
        self.reviewDate = reviewDate
        self.stateBefore = stateBefore
        self.elapsedDays = elapsedDays
        self.scheduledInterval = scheduledInterval
        self.reviewDuration = reviewDuration
    }
}
