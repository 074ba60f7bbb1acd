import FSRS
import FactDrillStore
import Foundation

/// An answer committed to the log, with the card as it is now scheduled.
public struct RecordedAnswer: Sendable {
    /// The card with its new schedule (unchanged in practice).
    public var card: StoredCard
    /// The rating committed.
    public var rating: Rating
    /// Whether it was logged as practice.
    public var practice: Bool
    /// When the answer was given (its review time).
    public var answeredAt: Date
    /// The row id of its review log entry.
    public var logID: Int64
    /// Whether the card comes back in this session (a learning step due within the learn-ahead
    /// window).
    public var comesBack: Bool
}
