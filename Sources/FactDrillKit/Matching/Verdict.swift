import Foundation

/// How a typed answer is judged: right, right with a typo (graded Hard), or wrong.
public enum Verdict: String, Equatable, Sendable, Codable {
    /// The response names the answer (in any accepted form, after normalization).
    case correct
    /// The response is the answer with a small typo; it counts as right but grades as Hard.
    case close
    /// The response is not the answer, or is too doubtful to accept.
    case wrong
}
