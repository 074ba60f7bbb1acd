/// Where a card stands in the FSRS life cycle.
public enum CardState: Int, Sendable, Codable, CaseIterable, Hashable {
    /// New or still going through the learning steps (minutes to hours apart).
    case learning = 1
    /// Graduated: scheduled in whole days from its stability.
    case review
    /// Forgotten in review and going through the relearning steps.
    case relearning
}
