import FactDrillKit
import Foundation
import GRDB

/// The figures over time and the hardest cards (in scope, not per deck).
extension StatsQuery {
    /// The hardest studied cards: most lapses, then lowest retrievability now.
    func hardestCards(_ db: Database) throws -> [HardCard] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT c.id, c.deck_id, c.card_key, c.kind, c.prompt, s.lapses, s.reps, \(retrievabilitySQL) AS r
                FROM cards c JOIN card_schedule s ON s.card_id = c.id
                WHERE c.retired = 0 AND s.reps > 0 \(deckFilter("c.deck_id"))
                  -- Only cards with as many lapses as the N-th hardest need their retrievability.
                  AND s.lapses >= COALESCE((SELECT s.lapses FROM cards c JOIN card_schedule s ON s.card_id = c.id
                                            WHERE c.retired = 0 AND s.reps > 0 \(deckFilter("c.deck_id"))
                                            ORDER BY s.lapses DESC LIMIT 1 OFFSET MAX(0, :hardest - 1)), 0)
                ORDER BY s.lapses DESC, r IS NULL, r ASC, c.id
                LIMIT :hardest
                """, arguments: arguments)
        return try rows.map { row in
            let id: Int64 = row["id"]
            return HardCard(
                cardID: id, deckID: row["deck_id"], cardKey: row["card_key"], kind: row["kind"],
                prompt: try JSONColumn.decode(LocalizedText.self, row["prompt"]) {
                    StoreError.corruptRow(table: "cards", id: "\(id)", reason: $0)
                },
                lapses: row["lapses"], reps: row["reps"], retrievability: row["r"])
        }
    }

    /// Consecutive days with answers ending today (or yesterday when nothing yet today):
    /// one recursive query stepping back a day while the day has an answer.
    func streak(_ db: Database, studiedToday: Bool) throws -> Int {
        let answered = { (day: String) in
            """
            EXISTS (SELECT 1 FROM review_log r
                    WHERE r.reviewed_at >= :d0 + (\(day)) * 86400 AND r.reviewed_at < :d0 + (\(day) + 1) * 86400
                          \(cardFilter("r.card_id")))
            """
        }
        let start = studiedToday ? 0 : -1
        return try Int.fetchOne(
            db,
            sql: """
                WITH RECURSIVE streak(k) AS (
                    SELECT \(start) WHERE \(answered("\(start)"))
                    UNION ALL
                    SELECT k - 1 FROM streak WHERE \(answered("k - 1"))
                )
                SELECT COUNT(*) FROM streak
                """, arguments: arguments) ?? 0
    }

    /// Answers (reviews and practice) per day over the last weeks, oldest first.
    func heatmap(_ db: Database) throws -> [DayCount] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(Self.dayIndex("r.reviewed_at")) AS day, COUNT(*) AS count
                FROM review_log r
                WHERE r.reviewed_at >= :heatmapFrom AND r.reviewed_at < :d0 + 86400 \(cardFilter("r.card_id"))
                GROUP BY day
                """, arguments: arguments)
        return days((1 - heatmapDays)...0, counts: rows)
    }

    /// One `DayCount` for each day of `range`, zero where `counts` has no row.
    private func days(_ range: ClosedRange<Int>, counts rows: [Row]) -> [DayCount] {
        var counts: [Int: Int] = [:]
        for row in rows { counts[row["day"], default: 0] += row["count"] as Int }
        return range.map { day in
            DayCount(day: day, date: dayStart.addingTimeInterval(Double(day) * Self.day), count: counts[day] ?? 0)
        }
    }
}
