import Foundation

/// One card's scheduling state, as py-fsrs's `Card` without its id (the store keeps ids and counts).
public struct Card: Codable, Hashable, Sendable {
    /// The life-cycle state; a new card is in `learning`.
    public var state: CardState
    /// The current (re)learning step, or `nil` in `review`.
    public var step: Int?
    /// Memory stability in days (time for retrievability to fall to 90%); `nil` before the first review.
    public var stability: Double?
    /// Difficulty between 1 and 10; `nil` before the first review.
    public var difficulty: Double?
    /// When the card is next due.
    public var due: Date
    /// When the card was last reviewed; `nil` before the first review.
    public var lastReview: Date?

    /// A new card: learning, step 0, no memory state, due at `due`.
    public init(due: Date) {
        self.init(state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
    }

    /// A card with every field given, for stores that load saved cards.
    public init(
        state: CardState, step: Int?, stability: Double?, difficulty: Double?,
        due: Date, lastReview: Date?
    ) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }
}
