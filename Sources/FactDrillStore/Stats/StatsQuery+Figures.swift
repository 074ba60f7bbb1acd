import Foundation
import GRDB

/// The per-deck figures, each from one grouped query.
extension StatsQuery {
    /// Cards by state, due counts, retrievability and the due forecast, in one pass over the
    /// cards: returns the forecast (learning and review cards due on each of the next 7 days,
    /// overdue ones counting today).
    func addCardFigures(
        _ db: Database, to decks: inout [String: DeckStats],
        retrievabilitySums: inout [String: Double]
    ) throws -> [DayCount] {
        // The inner query reads each card once and computes its retrievability once.
        let active = "retired = 0 AND suspended = 0"
        let scheduled = "\(active) AND state <> 0"
        let forecastColumns = Self.forecastDays.map { (day: Int) -> String in
            let upper = "due < :d0 + \((day + 1) * 86_400)"
            let range = day == 0 ? upper : "due >= :d0 + \(day * 86_400) AND \(upper)"
            return "TOTAL(\(scheduled) AND \(range)) AS f\(day)"
        }.joined(separator: ",\n")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT deck,
                       TOTAL(\(active) AND state = 0) AS new,
                       TOTAL(\(active) AND state IN (1, 3)) AS learning,
                       TOTAL(\(active) AND state = 2 AND interval < :mature) AS young,
                       TOTAL(\(active) AND state = 2 AND interval >= :mature) AS mature,
                       TOTAL(retired = 0 AND suspended = 1) AS suspended,
                       TOTAL(retired = 1) AS retired,
                       \(forecastColumns),
                       TOTAL(r) AS r_sum, COUNT(r) AS r_count
                FROM (SELECT c.deck_id AS deck, c.retired, s.suspended, s.state, s.due,
                             s.due - COALESCE(s.last_review, s.due) AS interval,
                             CASE WHEN c.retired = 0 AND s.suspended = 0 THEN \(retrievabilitySQL) END AS r
                      FROM cards c JOIN card_schedule s ON s.card_id = c.id
                      WHERE 1 \(deckFilter("c.deck_id")))
                GROUP BY deck
                """, arguments: arguments)
        var forecast = [Int](repeating: 0, count: Self.forecastDays.count)
        for row in rows {
            let id: String = row["deck"]
            let dueByDay = Self.forecastDays.map { Self.int(row["f\($0)"]) }
            for day in Self.forecastDays { forecast[day] += dueByDay[day] }
            guard var figures = decks[id] else { continue }
            figures.cards = CardStateCounts(
                new: Self.int(row["new"]), learning: Self.int(row["learning"]), young: Self.int(row["young"]),
                mature: Self.int(row["mature"]), suspended: Self.int(row["suspended"]),
                retired: Self.int(row["retired"]))
            figures.due = DueCounts(today: dueByDay[0], tomorrow: dueByDay[1], week: dueByDay.reduce(0, +))
            let sum: Double = row["r_sum"]
            figures.retrievabilityCards = row["r_count"]
            figures.averageRetrievability =
                figures.retrievabilityCards > 0
                ? sum / Double(figures.retrievabilityCards) : nil
            retrievabilitySums[id] = sum
            decks[id] = figures
        }
        return Self.forecastDays.map { day in
            DayCount(day: day, date: dayStart.addingTimeInterval(Double(day) * Self.day), count: forecast[day])
        }
    }

    /// The days of the due forecast: today (overdue included) and the next six.
    static let forecastDays = Array(0...6)

    /// Answers and time today.
    func addTodayFigures(_ db: Database, to decks: inout [String: DeckStats]) throws {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT c.deck_id AS deck,
                       TOTAL(r.kind = 'review') AS reviews,
                       TOTAL(r.kind = 'review' AND r.rating = 1) AS again,
                       TOTAL(r.kind = 'practice') AS practice,
                       TOTAL(r.duration_ms) AS duration
                FROM review_log r JOIN cards c ON c.id = r.card_id
                WHERE r.reviewed_at >= :d0 AND r.reviewed_at < :d0 + 86400 \(deckFilter("c.deck_id"))
                GROUP BY c.deck_id
                """, arguments: arguments)
        for row in rows {
            let id: String = row["deck"]
            decks[id]?.today = DayActivity(
                reviews: Self.int(row["reviews"]), again: Self.int(row["again"]),
                practice: Self.int(row["practice"]), durationMs: Self.int(row["duration"]))
        }
    }

    /// True retention (as `TrueRetention` defines it) and accuracy by fact type over the window,
    /// from one read of the window's answers: grouped by card and day, then by card, so the join
    /// to cards is once per card.
    func addRetentionAndAccuracy(_ db: Database, to decks: inout [String: DeckStats]) throws {
        let retention = TrueRetention(
            dayStart: dayStart, from: Date(unixSeconds: windowFrom), end: dayStart.addingTimeInterval(Self.day),
            matureDays: options.matureDays, deck: deck)
        let counted = TrueRetention.counted
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT c.deck_id AS deck, c.fact_type AS type,
                       TOTAL(a.answers) AS answers, TOTAL(a.answers_passed) AS passed, TOTAL(a.correct) AS correct,
                       TOTAL(a.close) AS close, TOTAL(a.wrong) AS wrong,
                       TOTAL(a.young) AS young, TOTAL(a.young_passed) AS young_passed,
                       TOTAL(a.mature) AS mature, TOTAL(a.mature_passed) AS mature_passed
                FROM (SELECT card_id, TOTAL(answers) AS answers, TOTAL(answers_passed) AS answers_passed,
                             TOTAL(correct) AS correct, TOTAL(close) AS close, TOTAL(wrong) AS wrong,
                             TOTAL(\(counted) AND NOT mature) AS young,
                             TOTAL(\(counted) AND NOT mature AND passed) AS young_passed,
                             TOTAL(\(counted) AND mature) AS mature,
                             TOTAL(\(counted) AND mature AND passed) AS mature_passed
                      FROM (\(retention.answersByCardDay))
                      GROUP BY card_id) a
                JOIN cards c ON c.id = a.card_id
                GROUP BY c.deck_id, c.fact_type
                ORDER BY c.deck_id, c.fact_type
                """, arguments: StatementArguments(retention.arguments))
        for row in rows {
            let id: String = row["deck"]
            guard var figures = decks[id] else { continue }
            figures.retention.young.add(
                RetentionFigure(
                    total: Self.int(row["young"]),
                    passed: Self.int(row["young_passed"])))
            figures.retention.mature.add(
                RetentionFigure(
                    total: Self.int(row["mature"]),
                    passed: Self.int(row["mature_passed"])))
            let answers = Self.int(row["answers"])
            if answers > 0 {
                figures.accuracyByType.append(
                    TypeAccuracy(
                        factType: row["type"], answers: answers, passed: Self.int(row["passed"]),
                        correct: Self.int(row["correct"]), close: Self.int(row["close"]), wrong: Self.int(row["wrong"]))
                )
            }
            decks[id] = figures
        }
    }

    /// `TOTAL()` returns a REAL; the counts are whole.
    static func int(_ value: Double) -> Int { Int(value.rounded()) }
}
