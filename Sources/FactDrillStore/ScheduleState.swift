import FSRS
import Foundation

/// A card's scheduling state: the fields of an FSRS card plus the review counters.
public struct ScheduleState: Hashable, Sendable, Codable {
    /// The FSRS state; nil for a card never reviewed (stored as 0).
    public var state: CardState?
    /// The learning or relearning step, when in one.
    public var step: Int?
    /// FSRS memory stability in days; nil for a new card.
    public var stability: Double?
    /// FSRS difficulty (1-10); nil for a new card.
    public var difficulty: Double?
    /// When the card is next due.
    public var due: Date
    /// When the card was last reviewed (review kind only; practice does not count).
    public var lastReview: Date?
    /// How many reviews the card has had.
    public var reps: Int
    /// How many times the card was forgotten (Again on a review card).
    public var lapses: Int

    /// Whether the card has never been reviewed.
    public var isNew: Bool { state == nil }

    /// Creates a scheduling state.
    public init(
        state: CardState?, step: Int? = nil, stability: Double? = nil, difficulty: Double? = nil,
        due: Date, lastReview: Date? = nil, reps: Int = 0, lapses: Int = 0
    ) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }

    /// The state of a card just added: new and due at `now`.
    public static func newCard(due: Date) -> ScheduleState {
        ScheduleState(state: nil, due: due)
    }
}
