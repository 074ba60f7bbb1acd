import Foundation

extension Scheduler {
    /// Anki's fuzz bands: intervals past `start` days widen the range by `factor` per day up to `end`.
    private static let fuzzBands: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.1),
        (20.0, .infinity, 0.05),
    ]

    /// The whole-day intervals fuzz may turn a review interval of `days` into (Anki's range,
    /// capped by the maximum interval); a single value below 2.5 days, where no fuzz applies.
    public func fuzzRange(forDays days: Int) -> ClosedRange<Int> {
        let interval = Double(days)
        guard interval >= 2.5 else { return days...days }
        var delta = 1.0
        for band in Self.fuzzBands {
            delta += band.factor * max(min(interval, band.end) - band.start, 0.0)
        }
        var lower = Int((interval - delta).rounded(.toNearestOrEven))
        var upper = Int((interval + delta).rounded(.toNearestOrEven))
        lower = max(2, lower)
        upper = min(upper, maximumInterval)
        lower = min(lower, upper)
        return lower...upper
    }

    /// `days` fuzzed with `fuzzFactor` in [0, 1), in Anki's floor form: uniform over `fuzzRange`.
    public func fuzzedDays(_ days: Int, fuzzFactor: Double) -> Int {
        let range = fuzzRange(forDays: days)
        guard range.count > 1 else { return range.lowerBound }
        let offset = Int((fuzzFactor * Double(range.count)).rounded(.down))
        return range.lowerBound + min(max(offset, 0), range.count - 1)
    }
}
