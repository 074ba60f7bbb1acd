import FactDrillKit
import Foundation
import GRDB

/// The figures over time and the hardest cards (in scope, not per deck).
extension StatsQuery {
    /// The hardest studied cards: most lapses, then lowest retrievability now; chosen from the
    /// pass over the cards, then their content read by id.
    func hardestCards(_ db: Database, cards: StatsCards) throws -> [HardCard] {
        let chosen = cards.hardest(limit: options.hardestLimit)
        guard !chosen.isEmpty else { return [] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, deck_id, card_key, kind, prompt FROM cards
                WHERE id IN (\(chosen.map { String($0.id) }.joined(separator: ",")))
                """)
        let byID = Dictionary(rows.map { (row: Row) -> (Int64, Row) in (row["id"], row) }) { first, _ in first }
        return try chosen.compactMap { card in
            guard let row = byID[card.id] else { return nil }
            return HardCard(
                cardID: card.id, deckID: row["deck_id"], cardKey: row["card_key"], kind: row["kind"],
                prompt: try JSONColumn.decode(LocalizedText.self, row["prompt"]) {
                    StoreError.corruptRow(table: "cards", id: "\(card.id)", reason: $0)
                },
                lapses: card.lapses, reps: card.reps, retrievability: card.retrievability)
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

    /// Answers (reviews and practice) per day over the last weeks, oldest first: counted in
    /// Swift from the time index (grouping by day in SQL sorted every answer of the weeks).
    func heatmap(_ db: Database) throws -> [DayCount] {
        let times = try RawRows(
            db,
            sql: """
                SELECT r.reviewed_at FROM review_log r
                WHERE r.reviewed_at >= :heatmapFrom AND r.reviewed_at < :d0 + 86400 \(cardFilter("r.card_id"))
                """, arguments: arguments)
        let d0 = dayStart.unixSeconds
        var counts = [Int](repeating: 0, count: heatmapDays)
        while try times.next() {
            let index = Self.dayIndex(of: times.double(0), dayStart: d0) + heatmapDays - 1
            if counts.indices.contains(index) { counts[index] += 1 }
        }
        return ((1 - heatmapDays)...0).map { day in
            DayCount(
                day: day, date: dayStart.addingTimeInterval(Double(day) * Self.day),
                count: counts[day + heatmapDays - 1])
        }
    }
}
