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

    /// Passed and counted answers of one deck, one day (or the whole span) and one maturity.
    struct Count: Hashable {
        /// The deck of the cards answered.
        var deck: String
        /// The day index (0 today); 0 for every answer when counted over the whole span.
        var day: Int
        /// Whether the cards were mature.
        var mature: Bool
        /// The answers counted and passed.
        var figure: RetentionFigure
    }

    /// The counts by deck and maturity, and by day too when `byDay`: one grouped query whose inner
    /// part walks the `reviewed_at` index over the span only.
    func counts(_ db: Database, byDay: Bool) throws -> [Count] {
        let day = StatsQuery.dayIndex("reviewed_at")
        let cards = deck == nil ? "" : "AND card_id IN (SELECT id FROM cards WHERE deck_id = :deck)"
        var arguments: [String: (any DatabaseValueConvertible)?] = [
            "d0": dayStart.unixSeconds, "from": from.unixSeconds, "end": end.unixSeconds,
            "mature": matureDays * StatsQuery.day,
        ]
        if let deck { arguments["deck"] = deck }
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.deck_id AS deck, \(byDay ? StatsQuery.dayIndex("r.reviewed_at") : "0") AS day,
                   (r.due_before - COALESCE(r.last_review_before, r.due_before)) >= :mature AS is_mature,
                   COUNT(*) AS total, TOTAL(r.rating > 1) AS passed
            FROM review_log r JOIN cards c ON c.id = r.card_id
            WHERE r.id IN (
                    SELECT MIN(id) FROM review_log
                    WHERE kind = 'review' AND reviewed_at >= :from AND reviewed_at < :end \(cards)
                    GROUP BY card_id, \(day))
              AND r.state_before = \(CardState.review.rawValue)
            GROUP BY deck, day, is_mature
            """, arguments: StatementArguments(arguments))
        return rows.map { row in
            Count(deck: row["deck"], day: row["day"], mature: row["is_mature"],
                  figure: RetentionFigure(total: row["total"], passed: StatsQuery.int(row["passed"])))
        }
    }
}
