import FSRS
import Foundation
import GRDB

/// True retention, defined once for the stats tables and the report's retention history: the
/// first review-kind answer of each day to each card, counted when the card was in review state,
/// young or mature by its interval then (due minus last review before the answer); Again = fail.
struct TrueRetention {
    /// The start of today: day 0 of the day indexes.
    var dayStart: Date
    /// Answers from this moment (inclusive)...
    var from: Date
    /// ...to this one (exclusive).
    var end: Date
    /// The interval (days) from which a card is mature.
    var matureDays: Double
    /// The deck; nil for all decks.
    var deck: String?

    /// Passed and counted answers of one day and one maturity.
    struct Count: Hashable {
        /// The day index (0 today).
        var day: Int
        /// Whether the cards were mature.
        var mature: Bool
        /// The answers counted and passed.
        var figure: RetentionFigure
    }

    /// The named arguments of `answersByCardDay`.
    var arguments: [String: (any DatabaseValueConvertible)?] {
        var arguments: [String: (any DatabaseValueConvertible)?] = [
            "d0": dayStart.unixSeconds, "from": from.unixSeconds, "end": end.unixSeconds,
            "mature": matureDays * StatsQuery.day,
        ]
        if let deck { arguments["deck"] = deck }
        return arguments
    }

    /// The answers of the span grouped by card and day, reading each answer once: `card_id`,
    /// `day`; `counted` (the day's first review-kind answer was to a card in review state),
    /// `mature` and `passed` (of that first answer: SQLite takes the bare columns from the row
    /// where `MIN` is found); and for accuracy, every answer: `answers`,
    /// `answers_passed`, `correct`, `close`, `wrong`.
    var answersByCardDay: String {
        let cards = deck == nil ? "" : "AND card_id IN (SELECT id FROM cards WHERE deck_id = :deck)"
        return """
            SELECT card_id, \(StatsQuery.dayIndex("reviewed_at")) AS day,
                   MIN(CASE WHEN kind = 'review' THEN id END) AS first_review,
                   state_before = \(CardState.review.rawValue) AS review_state,
                   (due_before - COALESCE(last_review_before, due_before)) >= :mature AS mature,
                   rating > 1 AS passed,
                   COUNT(*) AS answers, TOTAL(rating > 1) AS answers_passed,
                   TOTAL(verdict = 'correct') AS correct, TOTAL(verdict = 'close') AS close,
                   TOTAL(verdict = 'wrong') AS wrong
            FROM review_log
            WHERE reviewed_at >= :from AND reviewed_at < :end \(cards)
            GROUP BY card_id, day
            """
    }

    /// The condition on a row of `answersByCardDay` for its first answer to count.
    static let counted = "(first_review IS NOT NULL AND review_state)"

    /// The counts by day and maturity (for the retention history).
    func countsByDay(_ db: Database) throws -> [Count] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT day, mature, COUNT(*) AS total, TOTAL(passed) AS passed
                FROM (\(answersByCardDay))
                WHERE \(Self.counted)
                GROUP BY day, mature
                """, arguments: StatementArguments(arguments))
        return rows.map { row in
            Count(
                day: row["day"], mature: row["mature"],
                figure: RetentionFigure(total: row["total"], passed: StatsQuery.int(row["passed"])))
        }
    }
}
