import Foundation
import GRDB

/// The per-deck figures, each from one grouped query.
extension StatsQuery {
    /// Cards by state, due counts and retrievability.
    func addCardFigures(_ db: Database, to decks: inout [String: DeckStats],
                        retrievabilitySums: inout [String: Double]) throws {
        // The inner query reads each card once and computes its retrievability once.
        let active = "retired = 0 AND suspended = 0"
        let scheduled = "\(active) AND state <> 0"
        let rows = try Row.fetchAll(db, sql: """
            SELECT deck,
                   TOTAL(\(active) AND state = 0) AS new,
                   TOTAL(\(active) AND state IN (1, 3)) AS learning,
                   TOTAL(\(active) AND state = 2 AND interval < :mature) AS young,
                   TOTAL(\(active) AND state = 2 AND interval >= :mature) AS mature,
                   TOTAL(retired = 0 AND suspended = 1) AS suspended,
                   TOTAL(retired = 1) AS retired,
                   TOTAL(\(scheduled) AND due < :d0 + 86400) AS due_today,
                   TOTAL(\(scheduled) AND due >= :d0 + 86400 AND due < :d0 + 172800) AS due_tomorrow,
                   TOTAL(\(scheduled) AND due < :d0 + 604800) AS due_week,
                   TOTAL(r) AS r_sum, COUNT(r) AS r_count
            FROM (SELECT c.deck_id AS deck, c.retired, s.suspended, s.state, s.due,
                         s.due - COALESCE(s.last_review, s.due) AS interval,
                         CASE WHEN c.retired = 0 AND s.suspended = 0 THEN \(retrievabilitySQL) END AS r
                  FROM cards c JOIN card_schedule s ON s.card_id = c.id
                  WHERE 1 \(deckFilter("c.deck_id")))
            GROUP BY deck
            """, arguments: arguments)
        for row in rows {
            let id: String = row["deck"]
            guard var figures = decks[id] else { continue }
            figures.cards = CardStateCounts(
                new: Self.int(row["new"]), learning: Self.int(row["learning"]), young: Self.int(row["young"]),
                mature: Self.int(row["mature"]), suspended: Self.int(row["suspended"]), retired: Self.int(row["retired"]))
            figures.due = DueCounts(today: Self.int(row["due_today"]), tomorrow: Self.int(row["due_tomorrow"]),
                                    week: Self.int(row["due_week"]))
            let sum: Double = row["r_sum"]
            figures.retrievabilityCards = row["r_count"]
            figures.averageRetrievability = figures.retrievabilityCards > 0
                ? sum / Double(figures.retrievabilityCards) : nil
            retrievabilitySums[id] = sum
            decks[id] = figures
        }
    }

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

    /// True retention: the first review-kind answer of each day to each card, counted when the
    /// card was in review state; young or mature by its interval then; Again = fail.
    func addRetention(_ db: Database, to decks: inout [String: DeckStats]) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.deck_id AS deck,
                   (r.due_before - COALESCE(r.last_review_before, r.due_before)) >= :mature AS is_mature,
                   COUNT(*) AS total, TOTAL(r.rating > 1) AS passed
            FROM review_log r JOIN cards c ON c.id = r.card_id
            WHERE r.id IN (
                    SELECT MIN(id) FROM review_log
                    WHERE kind = 'review' AND reviewed_at >= :windowFrom AND reviewed_at < :d0 + 86400
                          \(cardFilter("card_id"))
                    GROUP BY card_id, \(Self.dayIndex("reviewed_at")))
              AND r.state_before = 2
            GROUP BY c.deck_id, is_mature
            """, arguments: arguments)
        for row in rows {
            let id: String = row["deck"]
            let figure = RetentionFigure(total: row["total"], passed: Self.int(row["passed"]))
            if row["is_mature"] as Bool {
                decks[id]?.retention.mature = figure
            } else {
                decks[id]?.retention.young = figure
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
