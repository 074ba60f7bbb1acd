import Foundation
import GRDB

/// The per-deck figures, each from one grouped query.
extension StatsQuery {
    /// Cards by state, due counts, retrievability and the due forecast, in one pass over the
    /// cards: returns the forecast (learning and review cards due on each of the next 7 days,
    /// overdue ones counting today) and what the later figures need of the cards.
    ///
    /// Two plain scans instead of a join: the schedules (with each card's retrievability, the
    /// SQL expression), then the cards in the order of the covering index `cards_status`, the
    /// order the grouped join visited them in, so each deck's sum of retrievabilities adds the
    /// same numbers in the same order.
    func addCardFigures(_ db: Database, to decks: inout [String: DeckStats],
                        retrievabilitySums: inout [String: Double]) throws -> (forecast: [DayCount], cards: StatsCards) {
        var schedules: [Int64: CardSchedule] = [:]
        schedules.reserveCapacity(try Int.fetchOne(db, sql: "SELECT MAX(_rowid_) FROM card_schedule") ?? 0)
        let scheduleRows = try Row.fetchCursor(db, sql: """
            SELECT s.card_id, s.suspended, s.state, s.due, s.due - COALESCE(s.last_review, s.due), s.reps, s.lapses,
                   \(retrievabilitySQL)
            FROM card_schedule s
            """, arguments: arguments)
        while let row = try scheduleRows.next() {
            schedules[row[0]] = CardSchedule(
                suspended: row[1], state: row[2], due: row[3], interval: row[4], reps: row[5], lapses: row[6],
                retrievability: row[7])
        }
        let cardRows = try Row.fetchCursor(db, sql: """
            SELECT id, deck_id, retired, fact_type FROM cards
            WHERE 1 \(deckFilter("deck_id"))
            ORDER BY deck_id, retired, fact_type, id
            """, arguments: arguments)
        let d0 = dayStart.unixSeconds
        let mature = options.matureDays * Self.day
        var cards = StatsCards()
        var forecast = [Int](repeating: 0, count: Self.forecastDays.count)
        var figures: [String: CardFigures] = [:]
        var current: (deck: String, figures: CardFigures)?
        while let row = try cardRows.next() {
            let id: Int64 = row[0]
            let deck: String = row[1]
            let retired: Bool = row[2]
            cards.deckAndType[id] = (deck, row[3])
            guard let schedule = schedules[id] else { continue }
            if current?.deck != deck {
                if let current { figures[current.deck] = current.figures }
                current = (deck, figures[deck] ?? CardFigures())
            }
            current?.figures.add(schedule, retired: retired, mature: mature, dayStart: d0, forecast: &forecast)
            if !retired && schedule.reps > 0 {
                cards.studied.append(StatsCards.Studied(id: id, lapses: schedule.lapses, reps: schedule.reps,
                                                        retrievability: schedule.retrievability))
            }
        }
        if let current { figures[current.deck] = current.figures }
        for (id, counts) in figures {
            retrievabilitySums[id] = counts.retrievabilitySum
            guard var deckFigures = decks[id] else { continue }
            deckFigures.cards = counts.cards
            deckFigures.due = DueCounts(today: counts.due[0], tomorrow: counts.due[1], week: counts.due.reduce(0, +))
            deckFigures.retrievabilityCards = counts.retrievabilityCards
            deckFigures.averageRetrievability = counts.retrievabilityCards > 0
                ? counts.retrievabilitySum / Double(counts.retrievabilityCards) : nil
            decks[id] = deckFigures
        }
        let days = Self.forecastDays.map { day in
            DayCount(day: day, date: dayStart.addingTimeInterval(Double(day) * Self.day), count: forecast[day])
        }
        return (days, cards)
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

    /// True retention (as `TrueRetention` defines it) and accuracy by fact type over the window,
    /// from one read of the window's answers, counted by the deck and fact type of their cards.
    func addRetentionAndAccuracy(_ db: Database, cards: StatsCards, to decks: inout [String: DeckStats]) throws {
        let retention = TrueRetention(
            dayStart: dayStart, from: Date(unixSeconds: windowFrom), end: dayStart.addingTimeInterval(Self.day),
            matureDays: options.matureDays, deck: deck)
        var byDeckAndType: [String: [String: (accuracy: TypeAccuracy, retention: RetentionByMaturity)]] = [:]
        for group in try retention.cardDays(db) {
            guard let (deck, type) = cards.deckAndType[group.cardID] else { continue }
            var sums = byDeckAndType[deck]?[type]
                ?? (TypeAccuracy(factType: type), RetentionByMaturity())
            sums.accuracy.answers += group.answers
            sums.accuracy.passed += group.answersPassed
            sums.accuracy.correct += group.correct
            sums.accuracy.close += group.close
            sums.accuracy.wrong += group.wrong
            if group.counted {
                let figure = RetentionFigure(total: 1, passed: group.passed ? 1 : 0)
                if group.mature {
                    sums.retention.mature.add(figure)
                } else {
                    sums.retention.young.add(figure)
                }
            }
            byDeckAndType[deck, default: [:]][type] = sums
        }
        for (id, types) in byDeckAndType {
            guard var figures = decks[id] else { continue }
            for type in types.keys.sorted() {
                guard let sums = types[type] else { continue }
                figures.retention.young.add(sums.retention.young)
                figures.retention.mature.add(sums.retention.mature)
                if sums.accuracy.answers > 0 { figures.accuracyByType.append(sums.accuracy) }
            }
            decks[id] = figures
        }
    }

    /// `TOTAL()` returns a REAL; the counts are whole.
    static func int(_ value: Double) -> Int { Int(value.rounded()) }
}
