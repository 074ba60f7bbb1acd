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
    func addCardFigures(_ db: Database, to decks: inout [String: DeckStats], retrievabilitySums: inout [String: Double])
        throws -> (forecast: [DayCount], cards: StatsCards)
    {
        let span = try Row.fetchOne(db, sql: "SELECT MIN(card_id), MAX(card_id) FROM card_schedule")
        let first: Int64 = span?[0] ?? 0
        let last: Int64 = span?[1] ?? -1
        var schedules = CardIDTable<CardSchedule>(first: first, last: last)
        let scheduleRows = try RawRows(
            db,
            sql: """
                SELECT s.card_id, s.suspended, s.state, s.due, s.due - COALESCE(s.last_review, s.due), s.reps, s.lapses,
                       \(retrievabilitySQL)
                FROM card_schedule s
                """, arguments: arguments)
        while try scheduleRows.next() {
            schedules.set(
                scheduleRows.int64(0),
                CardSchedule(
                    suspended: scheduleRows.bool(1), state: scheduleRows.int(2), due: scheduleRows.double(3),
                    interval: scheduleRows.double(4), reps: scheduleRows.int(5), lapses: scheduleRows.int(6),
                    retrievability: scheduleRows.optionalDouble(7)))
        }
        // The cards by deck, retired flag and fact type, then id (the covering index's order):
        // first each group's size, then the ids alone, walked group by group.
        let groupRows = try Row.fetchAll(
            db,
            sql: """
                SELECT deck_id, retired, fact_type, COUNT(*) FROM cards
                WHERE 1 \(deckFilter("deck_id"))
                GROUP BY deck_id, retired, fact_type ORDER BY deck_id, retired, fact_type
                """, arguments: arguments)
        let cardRows = try RawRows(
            db,
            sql: """
                SELECT id FROM cards
                WHERE 1 \(deckFilter("deck_id"))
                ORDER BY deck_id, retired, fact_type, id
                """, arguments: arguments)
        let d0 = dayStart.unixSeconds
        let mature = options.matureDays * Self.day
        var cards = StatsCards(group: CardIDTable(first: first, last: last))
        var forecast = [Int](repeating: 0, count: Self.forecastDays.count)
        var groupIndex: [String: Int32] = [:]
        for row in groupRows {
            let deck: String = row[0]
            let retired: Bool = row[1]
            let type: String = row[2]
            let size: Int = row[3]
            let index =
                groupIndex[deck + "\u{1F}" + type]
                ?? {
                    cards.groups.append((deck, type))
                    return Int32(cards.groups.count - 1)
                }()
            groupIndex[deck + "\u{1F}" + type] = index
            // The deck's sum goes on from its earlier groups: the same additions in the same order.
            var counts = CardFigures(retrievabilitySum: retrievabilitySums[deck, default: 0])
            for _ in 0..<size {
                guard try cardRows.next() else { break }
                let id = cardRows.int64(0)
                cards.group.set(id, index)
                guard let schedule = schedules[id] else { continue }
                counts.add(schedule, retired: retired, mature: mature, dayStart: d0, forecast: &forecast)
                if !retired && schedule.reps > 0 {
                    cards.studied.append(
                        StatsCards.Studied(
                            id: id, lapses: schedule.lapses, reps: schedule.reps,
                            retrievability: schedule.retrievability))
                }
            }
            add(counts, of: deck, to: &decks, retrievabilitySums: &retrievabilitySums)
        }
        let days = Self.forecastDays.map { day in
            DayCount(day: day, date: dayStart.addingTimeInterval(Double(day) * Self.day), count: forecast[day])
        }
        return (days, cards)
    }

    /// Adds one group's card figures to its deck's (its retrievability sum goes on from the deck's).
    private func add(
        _ counts: CardFigures, of deck: String, to decks: inout [String: DeckStats],
        retrievabilitySums: inout [String: Double]
    ) {
        let sum = counts.retrievabilitySum
        retrievabilitySums[deck] = sum
        guard var figures = decks[deck] else { return }
        figures.cards.new += counts.cards.new
        figures.cards.learning += counts.cards.learning
        figures.cards.young += counts.cards.young
        figures.cards.mature += counts.cards.mature
        figures.cards.suspended += counts.cards.suspended
        figures.cards.retired += counts.cards.retired
        figures.due.today += counts.due[0]
        figures.due.tomorrow += counts.due[1]
        figures.due.week += counts.due.reduce(0, +)
        figures.retrievabilityCards += counts.retrievabilityCards
        figures.averageRetrievability =
            figures.retrievabilityCards > 0
            ? sum / Double(figures.retrievabilityCards) : nil
        decks[deck] = figures
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
    /// from one read of the window's answers, counted by the deck and fact type of their cards.
    func addRetentionAndAccuracy(_ db: Database, cards: StatsCards, to decks: inout [String: DeckStats]) throws {
        let retention = TrueRetention(
            dayStart: dayStart, from: Date(unixSeconds: windowFrom), end: dayStart.addingTimeInterval(Self.day),
            matureDays: options.matureDays, deck: deck)
        var byDeckAndType: [String: [String: (accuracy: TypeAccuracy, retention: RetentionByMaturity)]] = [:]
        for group in try retention.cardDays(db) {
            guard let (deck, type) = cards.deckAndType(of: group.cardID) else { continue }
            var sums =
                byDeckAndType[deck]?[type]
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
