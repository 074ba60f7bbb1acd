import Foundation
import GRDB

/// The per-deck figures, each from one grouped query.
extension StatsQuery {
    /// Cards by state, due counts, retrievability and the due forecast, in one pass over the
    /// cards: returns the forecast (learning and review cards due on each of the next 7 days,
    /// overdue ones counting today).
    func addCardFigures(_ db: Database, to decks: inout [String: DeckStats],
                        retrievabilitySums: inout [String: Double]) throws -> [DayCount] {
        // The inner query reads each card once and computes its retrievability once.
        let active = "retired = 0 AND suspended = 0"
        let scheduled = "\(active) AND state <> 0"
        let forecastColumns = Self.forecastDays.map { (day: Int) -> String in
            let upper = "due < :d0 + \((day + 1) * 86_400)"
            return "TOTAL(\(scheduled) AND \(day == 0 ? upper : "due >= :d0 + \(day * 86_400) AND \(upper)")) AS f\(day)"
        }.joined(separator: ",\n")
        let rows = try Row.fetchAll(db, sql: """
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
                mature: Self.int(row["mature"]), suspended: Self.int(row["suspended"]), retired: Self.int(row["retired"]))
            figures.due = DueCounts(today: dueByDay[0], tomorrow: dueByDay[1], week: dueByDay.reduce(0, +))
            let sum: Double = row["r_sum"]
            figures.retrievabilityCards = row["r_count"]
            figures.averageRetrievability = figures.retrievabilityCards > 0
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
        let rows = try Row.fetchAll(db, sql: """
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
            decks[id]?.today = DayActivity(reviews: Self.int(row["reviews"]), again: Self.int(row["again"]),
                                           practice: Self.int(row["practice"]), durationMs: Self.int(row["duration"]))
        }
    }

    /// True retention over the window, as `TrueRetention` defines it.
    func addRetention(_ db: Database, to decks: inout [String: DeckStats]) throws {
        let retention = TrueRetention(
            dayStart: dayStart, from: Date(unixSeconds: windowFrom), end: dayStart.addingTimeInterval(Self.day),
            matureDays: options.matureDays, deck: deck)
        for count in try retention.counts(db, byDay: false) {
            if count.mature {
                decks[count.deck]?.retention.mature.add(count.figure)
            } else {
                decks[count.deck]?.retention.young.add(count.figure)
            }
        }
    }

    /// Accuracy by fact type over the answers of the window but skipped ones (aggregated per
    /// card first, so the join to cards is over cards, not answers).
    func addAccuracy(_ db: Database, to decks: inout [String: DeckStats]) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.deck_id AS deck, c.fact_type AS type, TOTAL(a.answers) AS answers, TOTAL(a.passed) AS passed,
                   TOTAL(a.correct) AS correct, TOTAL(a.close) AS close, TOTAL(a.wrong) AS wrong
            FROM (SELECT card_id, COUNT(*) AS answers, TOTAL(rating > 1) AS passed,
                         TOTAL(verdict = 'correct') AS correct, TOTAL(verdict = 'close') AS close,
                         TOTAL(verdict = 'wrong') AS wrong
                  FROM review_log
                  WHERE verdict <> 'skipped' AND reviewed_at >= :windowFrom AND reviewed_at < :d0 + 86400
                        \(cardFilter("card_id"))
                  GROUP BY card_id) a
            JOIN cards c ON c.id = a.card_id
            GROUP BY c.deck_id, c.fact_type
            ORDER BY c.deck_id, c.fact_type
            """, arguments: arguments)
        for row in rows {
            let id: String = row["deck"]
            decks[id]?.accuracyByType.append(TypeAccuracy(
                factType: row["type"], answers: Self.int(row["answers"]), passed: Self.int(row["passed"]),
                correct: Self.int(row["correct"]), close: Self.int(row["close"]), wrong: Self.int(row["wrong"])))
        }
    }

    /// `TOTAL()` returns a REAL; the counts are whole.
    static func int(_ value: Double) -> Int { Int(value.rounded()) }
}
