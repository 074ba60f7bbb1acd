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
        let elapsed =
            "CAST(ROUND((r.reviewed_at - r.last_review_before) * 1000000) AS INTEGER) / 86400000000"
        let predicted = "pow(1 + :factor * \(elapsed) / r.stability_before, :decay)"
        let deckCondition = deck == nil ? "" : "AND c.deck_id = :deck"
        let sql = """
            SELECT MIN(9, CAST(p * 10 AS INTEGER)) AS bin, COUNT(*), AVG(p), AVG(recalled)
            FROM (
                SELECT \(predicted) AS p, (r.rating > 1) AS recalled
                FROM review_log r JOIN cards c ON c.id = r.card_id
                WHERE r.reviewed_at >= :from AND r.kind IN ('review', 'imported') AND r.stability_before > 0
                  AND r.last_review_before IS NOT NULL AND \(elapsed) >= 1 \(deckCondition)
            )
            GROUP BY bin ORDER BY bin
            """
        var arguments: [String: (any DatabaseValueConvertible)?] = [
            "factor": options.scheduler.factor, "decay": options.scheduler.decay, "from": windowFrom,
        ]
        if let deck { arguments["deck"] = deck }
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
            CalibrationBin(
                lower: Double(row[0] as Int) / 10, reviews: row[1], predicted: row[2], actual: row[3])
        }
    }
}
