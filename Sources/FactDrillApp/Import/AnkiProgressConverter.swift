import FSRS
import FactDrillKit
import FactDrillStore
import Foundation

/// Turns an Anki card's scheduling and review log into factdrill's: the FSRS memory state Anki
/// kept (`cards.data` `s`, `d`), else the one replaying the card's review log through the
/// scheduler gives, as Anki does when FSRS is switched on; its due date, learning step, lapses,
/// suspension and burial; and each answer of its log with the states before and after it.
public struct AnkiProgressConverter: Sendable {
    public let scheduler: Scheduler
    /// When the import happens (a buried card comes back at the next day start after it).
    public let now: Date

    public init(scheduler: Scheduler = .standard, now: Date) {
        self.scheduler = scheduler
        self.now = now
    }

    /// The progress of every card of a package.
    public func convert(_ data: AnkiImportData) -> [ImportedProgress] {
        data.cards.map { convert($0, created: data.created, rolloverHour: data.rolloverHour) }
    }

    /// One card's progress. `created` is the collection's creation (day 0 starts then).
    public func convert(_ card: AnkiCardProgress, created: Date, rolloverHour: Int = 4) -> ImportedProgress {
        // The log, replayed: answers of the four buttons in learning, review, relearning or a
        // filtered deck (manual reschedules have no rating).
        var state = ScheduleState.newCard(due: card.reviews.first?.at ?? now)
        var reviews: [ImportedProgress.Review] = []
        for review in card.reviews where (1...4).contains(review.ease) && review.type <= 3 {
            let rating = Rating(rawValue: review.ease)!
            let next = scheduler.review(state.fsrsCard, rating: rating, at: review.at).card
            let after = state.advanced(to: next, rating: rating)
            let days = review.interval > 0 ? Double(review.interval) : Double(-review.interval) / 86_400
            reviews.append(
                .init(
                    reviewedAt: review.at, rating: rating, durationMs: max(0, review.durationMs), scheduledDays: days,
                    before: state, after: after))
            state = after
        }
        let memory = AnkiProgressConverter.memoryState(card.data)
        let lastReview = memory.lastReview ?? reviews.last?.reviewedAt
        var schedule: ScheduleState
        switch card.type {
        case 1, 3:
            let steps = card.type == 1 ? scheduler.learningSteps.count : scheduler.relearningSteps.count
            let remaining = card.left % 1000
            schedule = ScheduleState(
                state: card.type == 1 ? .learning : .relearning, step: max(0, min(steps - 1, steps - remaining)),
                stability: memory.stability ?? state.stability, difficulty: memory.difficulty ?? state.difficulty,
                due: due(card, created: created), lastReview: lastReview, reps: card.reps, lapses: card.lapses)
        case 2:
            schedule = ScheduleState(
                state: .review, step: nil, stability: memory.stability ?? state.stability,
                difficulty: memory.difficulty ?? state.difficulty, due: due(card, created: created),
                lastReview: lastReview, reps: card.reps, lapses: card.lapses)
        default:
            schedule = .newCard(due: now)
        }
        // A card FSRS never saw answered has no memory state to keep.
        if schedule.state != nil, schedule.stability == nil || schedule.difficulty == nil {
            schedule.stability = state.stability ?? scheduler.parameters[2]
            schedule.difficulty = state.difficulty ?? 5
        }
        let buried = card.queue == -2 || card.queue == -3
        return ImportedProgress(
            card: card, schedule: schedule, suspended: card.queue == -1,
            buriedUntil: buried ? nextDayStart(after: now, created: created, rolloverHour: rolloverHour) : nil,
            reviews: reviews)
    }

    /// When the card is due: unix seconds for a learning step within a day, else a day number
    /// counted from the collection's creation.
    func due(_ card: AnkiCardProgress, created: Date) -> Date {
        if card.due > 1_000_000_000 { return Date(timeIntervalSince1970: Double(card.due)) }
        return created.addingTimeInterval(Double(card.due) * 86_400)
    }

    /// The next start of an Anki day after `date`.
    func nextDayStart(after date: Date, created: Date, rolloverHour: Int) -> Date {
        let days = (date.timeIntervalSince(created) / 86_400).rounded(.down) + 1
        return created.addingTimeInterval(days * 86_400)
    }

    /// `cards.data`'s FSRS memory state and last review: `{"s": 42.1, "d": 2.1, "lrt": 1768557637}`.
    static func memoryState(_ data: String) -> (stability: Double?, difficulty: Double?, lastReview: Date?) {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(data.utf8))) as? [String: Any] else {
            return (nil, nil, nil)
        }
        let stability = (object["s"] as? NSNumber)?.doubleValue
        let difficulty = (object["d"] as? NSNumber)?.doubleValue
        let lastReview = (object["lrt"] as? NSNumber).map { Date(timeIntervalSince1970: $0.doubleValue) }
        // (Out-of-range values are not memory states: replayed instead.)
        let valid =
            stability.map { $0 > 0 && $0.isFinite } ?? false && difficulty.map { (1...10).contains($0) } ?? false
        return (valid ? stability : nil, valid ? difficulty : nil, lastReview)
    }
}
