/// Whether an answer was a scheduled review or practice ahead of time.
public enum ReviewKind: String, Sendable, Codable, CaseIterable {
    /// A scheduled review: the card's schedule is updated to the review's `after` state.
    case review
    /// Practice (`study --ahead`): logged, but the schedule is left unchanged.
    case practice
    /// An answer given in Anki, imported with its card (`review_log` of an Anki package).
    case imported
}
