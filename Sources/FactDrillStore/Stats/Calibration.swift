import FSRS
import Foundation
import GRDB

/// How well the memory model's predictions held: the reviews answered a day or more after the
/// previous one, by the recall the scheduler predicted for them (bins of 10 points), with the
/// mean predicted recall and the share actually recalled (rated above Again).
public struct CalibrationBin: Hashable, Sendable, Codable {
    /// The bin's lower bound of predicted recall (0.0, 0.1, … 0.9).
    public var lower: Double
    /// Reviews in the bin.
    public var reviews: Int
    /// Their mean predicted recall.
    public var predicted: Double
    /// The share recalled.
    public var actual: Double

    /// Creates a value.
    public init(lower: Double, reviews: Int, predicted: Double, actual: Double) {
        self.lower = lower
        self.reviews = reviews
        self.predicted = predicted
        self.actual = actual
    }
}

extension StatsQuery {
    /// The calibration of the reviews in scope over the window (scheduled and imported, practice
    /// left out), by the retrievability `options.scheduler` gives the memory each review found:
    /// its stability before the review and the whole days since the previous one. Empty bins are
    /// left out. (Over the window, as retention: a million reviews' curve points in SQL take
    /// seconds, a month's milliseconds.)
    func calibration(_ db: Database) throws -> [CalibrationBin] {
        let cards = deck == nil ? "" : "AND card_id IN (SELECT id FROM cards WHERE deck_id = :deck)"
        var arguments: [String: (any DatabaseValueConvertible)?] = ["from": windowFrom]
        if let deck { arguments["deck"] = deck }
        let rows = try RawRows(
            db,
            sql: """
                SELECT reviewed_at - last_review_before, stability_before, rating > 1
                FROM review_log
                WHERE reviewed_at >= :from AND kind IN ('review', 'imported') AND stability_before > 0
                  AND last_review_before IS NOT NULL \(cards)
                """, arguments: StatementArguments(arguments))
        var bins = [(reviews: Int, predicted: Double, actual: Double)](repeating: (0, 0, 0), count: 10)
        let factor = options.scheduler.factor
        let decay = options.scheduler.decay
        while try rows.next() {
            // Whole days, as `Scheduler.elapsedDays` counts them (microseconds rounded, floored).
            let micros = Int64((rows.double(0) * 1_000_000).rounded())
            let days = micros / 86_400_000_000
            guard days >= 1 else { continue }
            let predicted = pow(1 + factor * Double(days) / rows.double(1), decay)
            let bin = min(9, max(0, Int(predicted * 10)))
            bins[bin].reviews += 1
            bins[bin].predicted += predicted
            bins[bin].actual += rows.bool(2) ? 1 : 0
        }
        return bins.enumerated().compactMap { index, bin in
            bin.reviews == 0
                ? nil
                : CalibrationBin(
                    lower: Double(index) / 10, reviews: bin.reviews, predicted: bin.predicted / Double(bin.reviews),
                    actual: bin.actual / Double(bin.reviews))
        }
    }
}
