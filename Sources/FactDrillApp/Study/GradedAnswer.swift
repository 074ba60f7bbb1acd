import FSRS
import FactDrillKit
import FactDrillStore
import Foundation

/// An answer judged and not yet rated: the verdict, the rating it suggests and what each rating
/// would do to the card, for the rating screen.
public struct GradedAnswer: Sendable {
    /// The card answered.
    public var card: StoredCard
    /// The answer as typed (trimmed).
    public var response: String
    /// How the matcher judged it.
    public var verdict: Verdict
    /// The rating the verdict suggests: correct → Good (Hard after a hint), close → Hard,
    /// wrong → Again.
    public var suggested: Rating
    /// For each rating, the time from the answer until the card would be due.
    public var intervals: [Rating: TimeInterval]
    /// Whether this is practice (`study --ahead`): logged, the schedule unchanged.
    public var practice: Bool
    /// When the answer was given.
    public var answeredAt: Date

    /// The rating `verdict` suggests, Hard for a right answer after a hint.
    public static func suggestedRating(for verdict: Verdict, hintUsed: Bool) -> Rating {
        switch verdict {
        case .correct: hintUsed ? .hard : .good
        case .close: .hard
        case .wrong: .again
        }
    }
}
