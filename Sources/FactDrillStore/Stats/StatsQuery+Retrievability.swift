import FSRS
import Foundation
import GRDB

/// Retrievability in SQL from the scheduler itself: no copy of its formula or constants, so the
/// stats and the scheduler cannot disagree (whole elapsed days, the scheduler's decay).
extension StatsQuery {
    /// The name of the SQL function `retrievabilityFunction` registers.
    static let retrievabilityFunctionName = "factdrill_retrievability"

    /// `factdrill_retrievability(stability, last_review)`: the probability of recall at `now` of a
    /// card of that stability last reviewed then (unix seconds), as `options.scheduler` computes it;
    /// NULL when either is NULL.
    var retrievabilityFunction: DatabaseFunction {
        let scheduler = options.scheduler
        let now = self.now
        return DatabaseFunction(Self.retrievabilityFunctionName, argumentCount: 2, pure: true) { values in
            guard let stability = Double.fromDatabaseValue(values[0]),
                  let lastReview = Double.fromDatabaseValue(values[1]) else { return nil }
            return scheduler.retrievability(stability: stability, lastReview: Date(unixSeconds: lastReview), at: now)
        }
    }
}
