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

    /// The answers of the span to one card on one day.
    struct CardDay {
        /// The card's row id.
        var cardID: Int64
        /// The day index (0 today).
        var day: Int
        /// The log id of the day's first review-kind answer; nil when all were practice.
        var firstReview: Int64?
        /// Of that first answer: the card was in review state, mature, and it passed.
        var reviewState = false, mature = false, passed = false
        /// Every answer, for accuracy: how many, passed (not Again), and the verdicts.
        var answers = 0, answersPassed = 0, correct = 0, close = 0, wrong = 0

        /// Whether the day's first answer counts for true retention.
        var counted: Bool { firstReview != nil && reviewState }
    }

    /// The named arguments of the answers' query.
    var arguments: [String: (any DatabaseValueConvertible)?] {
        var arguments: [String: (any DatabaseValueConvertible)?] = [
            "from": from.unixSeconds, "end": end.unixSeconds, "mature": matureDays * StatsQuery.day,
        ]
        if let deck { arguments["deck"] = deck }
        return arguments
    }

    /// The answers of the span grouped by card and day, reading each answer once in time order
    /// (the time index's order, so no sort): a card's group of the current day is found by its
    /// row id in a slot table, no hashing. The first review-kind answer of a group is the one
    /// with the lowest log id, as SQL's `MIN(id)` picked it before.
    func cardDays(_ db: Database) throws -> [CardDay] {
        let span = try Row.fetchOne(db, sql: "SELECT MIN(id), MAX(id) FROM cards")
        var current = CardIDTable<Int32>(first: span?[0] ?? 0, last: span?[1] ?? -1)
        let cards = deck == nil ? "" : "AND card_id IN (SELECT id FROM cards WHERE deck_id = :deck)"
        let rows = try RawRows(
            db,
            sql: """
                SELECT id, card_id, reviewed_at, kind = 'review', rating > 1,
                       CASE verdict WHEN 'correct' THEN 1 WHEN 'close' THEN 2 WHEN 'wrong' THEN 3 ELSE 0 END,
                       state_before = \(CardState.review.rawValue),
                       (due_before - COALESCE(last_review_before, due_before)) >= :mature
                FROM review_log
                WHERE reviewed_at >= :from AND reviewed_at < :end \(cards)
                ORDER BY reviewed_at
                """, arguments: StatementArguments(arguments))
        let d0 = dayStart.unixSeconds
        var groups: [CardDay] = []
        while try rows.next() {
            let id = rows.int64(0)
            let cardID = rows.int64(1)
            let day = StatsQuery.dayIndex(of: rows.double(2), dayStart: d0)
            let isReview = rows.bool(3)
            let passed = rows.bool(4)
            let verdict = rows.int(5)
            // Days only grow in time order: a card's latest group is either today's or done.
            let index: Int
            if let latest = current[cardID], groups[Int(latest)].day == day {
                index = Int(latest)
            } else {
                index = groups.count
                groups.append(CardDay(cardID: cardID, day: day))
                current.set(cardID, Int32(index))
            }
            if isReview, groups[index].firstReview.map({ id < $0 }) ?? true {
                groups[index].firstReview = id
                groups[index].reviewState = rows.bool(6)
                groups[index].mature = rows.bool(7)
                groups[index].passed = passed
            }
            groups[index].answers += 1
            if passed { groups[index].answersPassed += 1 }
            switch verdict {
            case 1: groups[index].correct += 1
            case 2: groups[index].close += 1
            case 3: groups[index].wrong += 1
            default: break
            }
        }
        return groups
    }

    /// The counts by day and maturity (for the retention history).
    func countsByDay(_ db: Database) throws -> [Count] {
        var young: [Int: RetentionFigure] = [:]
        var mature: [Int: RetentionFigure] = [:]
        for group in try cardDays(db) where group.counted {
            let figure = RetentionFigure(total: 1, passed: group.passed ? 1 : 0)
            if group.mature {
                mature[group.day, default: RetentionFigure()].add(figure)
            } else {
                young[group.day, default: RetentionFigure()].add(figure)
            }
        }
        return young.map { Count(day: $0.key, mature: false, figure: $0.value) }
            + mature.map { Count(day: $0.key, mature: true, figure: $0.value) }
    }
}
