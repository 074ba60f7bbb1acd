import FSRS
import FactDrillStore
import Foundation

/// A fit of the FSRS parameters to review histories, and what it changes: log loss and
/// RMSE(bins) before and after, and the next week's workload and the average interval at the
/// desired retention with the old and the new parameters.
public struct MemoryModelFit: Sendable {
    /// The optimizer's result.
    public let result: Optimizer.Result
    /// The parameters in use before.
    public let previous: [Double]
    /// How the previous and the fitted parameters predict the histories (nil: nothing to score).
    public let before: Evaluation?
    public let after: Evaluation?
    /// Cards, and cards left out because their log does not start at their first review.
    public let cards: Int
    public let partialCards: Int
    /// The workload with the previous and the fitted parameters.
    public let workloadBefore: Workload
    public let workloadAfter: Workload

    /// Reviews due in the next 7 days (overdue ones included) and the mean interval, in days,
    /// of the cards' next reviews.
    public struct Workload: Sendable, Hashable {
        public let dueThisWeek: Int
        public let meanInterval: Double
    }

    /// Whether the fit predicts the reviews better than the parameters in use (Anki keeps the
    /// old parameters otherwise).
    public var improves: Bool {
        guard case .defaults = result.outcome else {
            guard let before, let after else { return false }
            return after.logLoss < before.logLoss
        }
        return false
    }

    /// Fits `histories`, starting from nothing as fsrs-rs does, and compares with `previous`.
    public static func fit(
        _ histories: [CardHistory], partialCards: Int = 0, previous: [Double], desiredRetention: Double,
        today: Int, optimizer: Optimizer = Optimizer(), progress: ((Int, Int) -> Void)? = nil
    ) -> MemoryModelFit {
        let result = optimizer.fit(histories, progress: progress)
        let before = Optimizer.evaluate(parameters: previous, on: histories)
        let after = Optimizer.evaluate(parameters: result.parameters, on: histories)
        return MemoryModelFit(
            result: result, previous: previous, before: before, after: after, cards: histories.count,
            partialCards: partialCards,
            workloadBefore: workload(histories, parameters: previous, retention: desiredRetention, today: today),
            workloadAfter: workload(histories, parameters: result.parameters, retention: desiredRetention, today: today)
        )
    }

    /// The next week's reviews and the mean interval the parameters give the cards.
    static func workload(_ histories: [CardHistory], parameters: [Double], retention: Double, today: Int) -> Workload {
        guard let scheduler = try? Scheduler(parameters: parameters, desiredRetention: retention) else {
            return Workload(dueThisWeek: 0, meanInterval: 0)
        }
        var due = 0
        var total = 0.0
        var counted = 0
        for history in histories {
            guard let state = Optimizer.memoryState(parameters: parameters, after: history),
                let last = history.reviews.last
            else { continue }
            let interval = scheduler.intervalDays(forStability: state.stability)
            if last.day + interval < today + 7 { due += 1 }
            total += Double(interval)
            counted += 1
        }
        return Workload(dueThisWeek: due, meanInterval: counted > 0 ? total / Double(counted) : 0)
    }
}

extension StudyDatabase {
    /// The histories `optimize` learns from: every scheduled and imported review (practice
    /// answers left out) of `deck` and its subdecks (all decks when nil), days counted from the
    /// day start. Cards whose log does not begin with their first review are counted apart.
    public func reviewHistories(deck: String?, dayStartHour: Int, timeZone: TimeZone = .current) throws -> (
        histories: [CardHistory], partial: Int, reviews: Int
    ) {
        let rows = try reviewsForFitting(deck: deck).map { review in
            ReviewLogReader.Row(
                cardID: review.cardID, time: Int64((review.reviewedAt * 1000).rounded()), rating: review.rating,
                state: review.stateBefore)
        }
        let built = ReviewLogReader.histories(rows, dayStartHour: dayStartHour, timeZone: timeZone)
        return (built.histories, built.partial, rows.count)
    }
}
