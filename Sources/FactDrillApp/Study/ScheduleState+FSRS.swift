import FSRS
import FactDrillStore
import Foundation

extension ScheduleState {
    /// The scheduler's view of this state (a new card is FSRS's learning state at step 0).
    public var fsrsCard: Card {
        Card(
            state: state ?? .learning, step: isNew ? 0 : step,
            stability: stability, difficulty: difficulty, due: due, lastReview: lastReview)
    }

    /// The state after the scheduler moved the card, counting the review and any lapse.
    public func advanced(to card: Card, rating: Rating) -> ScheduleState {
        ScheduleState(
            state: card.state, step: card.step, stability: card.stability,
            difficulty: card.difficulty, due: card.due, lastReview: card.lastReview,
            reps: reps + 1,
            lapses: lapses + (state == .review && rating == .again ? 1 : 0))
    }
}
