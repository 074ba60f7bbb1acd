import FSRS
import Foundation
import GRDB

/// Retrievability in SQL, one expression equal to the scheduler's own (`StatsRetrievabilityTests`
/// proves it for random cards): its forgetting curve's `factor` and `decay` are bound from
/// `options.scheduler`, never copied, and elapsed time counts in whole days the way
/// `Scheduler.elapsedDays` does (microseconds rounded, then floored; negative counts as 0).
/// An SQL expression, not a Swift function called per card: 100,000 calls through a custom
/// function cost more than the rest of the pass over the cards.
extension StatsQuery {
    /// The named arguments `retrievabilitySQL` uses.
    var retrievabilityArguments: [String: (any DatabaseValueConvertible)?] {
        ["now": now.unixSeconds, "factor": options.scheduler.factor, "decay": options.scheduler.decay]
    }

    /// SQL for the retrievability now of the card aliased `s`, NULL for a card never reviewed.
    var retrievabilitySQL: String {
        // `CAST(... AS INTEGER) / 86400000000` truncates; it floors because negatives become 0.
        let elapsedDays = "MAX(0, CAST(ROUND((:now - s.last_review) * 1000000) AS INTEGER) / 86400000000)"
        return """
            (CASE WHEN s.state <> 0 AND s.stability > 0 AND s.last_review IS NOT NULL
                  THEN pow(1 + :factor * \(elapsedDays) / s.stability, :decay) END)
            """
    }
}
