import Foundation

/// A card's scheduling state: the fields of an FSRS card plus the review counters.
///
/// Plain values so the store does not depend on the scheduler's types; the study session maps
/// them to and from `FSRS.Card`.
public struct ScheduleState: Hashable, Sendable, Codable {
    /// `0` new, `1` learning, `2` review, `3` relearning (FSRS `CardState` raw values for 1-3).
    public var state: Int
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

    /// The state value of a card never studied.
    public static let new = 0
    /// The state value of a card in its first learning steps.
    public static let learning = 1
    /// The state value of a card in long-term review.
    public static let review = 2
    /// The state value of a forgotten card back in (re)learning steps.
    public static let relearning = 3

    /// Creates a scheduling state.
    public init(state: Int, step: Int? = nil, stability: Double? = nil, difficulty: Double? = nil,
                due: Date, lastReview: Date? = nil, reps: Int = 0, lapses: Int = 0) {
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
        ScheduleState(state: ScheduleState.new, due: due)
    }
}
