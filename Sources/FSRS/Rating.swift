/// How well the learner recalled a card, on FSRS's four-button scale.
public enum Rating: Int, Sendable, Codable, CaseIterable, Hashable, Comparable {
    /// Forgot the answer.
    case again = 1
    /// Recalled it, with serious difficulty.
    case hard
    /// Recalled it after some hesitation.
    case good
    /// Recalled it at once.
    case easy

    /// Orders ratings from `again` (worst) to `easy` (best).
    public static func < (lhs: Rating, rhs: Rating) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
