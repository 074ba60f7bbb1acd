import FSRS
import FactDrillKit
import FactDrillStore
import Foundation

/// A database with two decks (Arabic and English prompts) and a plausible review history
/// over `days` days, simulated with a seeded generator: intervals grow on a pass, a lapse sends
/// the card to relearning; some answers are practice.
enum SampleHistory {
    static let kinds = ["ranking.rank-of", "event.date", "role.holder", "set.member"]

    static func deck(_ id: String, title: LocalizedText, count: Int, hostile: Bool = false) -> Deck {
        let cards = (0..<count).map { index -> DeckCard in
            let kind = kinds[index % kinds.count]
            var english = "Question \(index) about \(kind.prefix { $0 != "." })?"
            if hostile && index == 0 { english = "<script>alert(\"x\")</script> \u{1B}[31mred\u{1B}[0m & \"quoted\"" }
            return DeckCard(
                id: "\(id)-\(index).\(kind)", fact: "\(id)-f\(index / 2)", kind: kind, format: .text,
                prompt: LocalizedText(ar: "ما ترتيب الدولة رقم \(index)؟", en: english),
                answer: LocalizedText(ar: "العاشر", en: "10th"), accept: ["10th"],
                evidence: "Evidence \(index).", tags: [])
        }
        return Deck(deck: DeckInfo(id: id, title: title, languages: ["ar", "en"]), cards: cards)
    }

    /// Builds the database; "today" starts at `StatsFixture.day0`, history ends today 10:00.
    static func build(days: Int = 70, cardsPerDeck: Int = 40, seed: UInt64 = 7, hostile: Bool = false) throws
        -> StudyDatabase
    {
        let db = try StudyDatabase.inMemory()
        let start = StatsFixture.at(days: -Double(days))
        try db.installDeck(
            deck(
                "mideast", title: LocalizedText(ar: "الشرق الأوسط ٢٠٢٥", en: "Middle East 2025"),
                count: cardsPerDeck, hostile: hostile),
            source: .file(path: "/decks/mideast.deck.json", contentHash: "h1"), now: start)
        try db.installDeck(
            deck(
                "energy", title: LocalizedText(ar: "الطاقة", en: hostile ? "Energy <b>&</b> \"oil\"" : "Energy"),
                count: cardsPerDeck / 2),
            source: .file(path: "/decks/energy.deck.json", contentHash: "h2"), now: start)
        var random = SplitMix64(seed: seed)
        var cards = try db.cards(deck: "mideast") + db.cards(deck: "energy")
        for dayIndex in (1 - days)...0 {
            let dayStart = StatsFixture.at(days: Double(dayIndex))
            if Double.random(in: 0..<1, using: &random) < 0.15 && dayIndex < -3 { continue }  // days off
            var minute = 9.0 * 60
            var introduced = 0
            for index in cards.indices {
                let schedule = cards[index].schedule
                let introduce =
                    schedule.isNew && introduced < 1
                    && Double.random(in: 0..<1, using: &random) < 0.1
                guard introduce || (!schedule.isNew && schedule.due < dayStart.addingTimeInterval(day)) else {
                    continue
                }
                minute += Double.random(in: 0.2...1.5, using: &random)
                let now = dayStart.addingTimeInterval(minute * 60)
                // Some left for today.
                if dayIndex == 0 && (now > StatsFixture.at(hours: 10) || index % 3 == 0) { continue }
                if introduce { introduced += 1 }
                let weakness = Double(index % 4) * 0.06  // events and sets are harder
                let rating =
                    Double.random(in: 0..<1, using: &random) < 0.1 + weakness
                    ? 1
                    : [2, 3, 3, 3, 4][Int(random.next() % 5)]
                let after = next(schedule, rating: rating, at: now)
                _ = try db.recordReview(
                    NewReview(
                        cardID: cards[index].id, reviewedAt: now, rating: Rating(rawValue: rating) ?? .good,
                        verdict: rating == 1 ? .wrong : rating == 2 ? .close : .correct, response: "x",
                        durationMs: Int(random.next() % 12_000) + 2000, before: schedule, after: after,
                        scheduledDays: after.due.timeIntervalSince(now) / day))
                cards[index].schedule = after
                if Int(random.next() % 25) == 0 {
                    _ = try db.recordReview(
                        NewReview(
                            cardID: cards[index].id, reviewedAt: now.addingTimeInterval(120), rating: .good,
                            verdict: .correct,
                            response: "x", durationMs: 3000, before: after, after: after, scheduledDays: 0,
                            kind: .practice))
                }
            }
        }
        return db
    }

    private static let day = 86_400.0

    /// A simple schedule step: learning goes to review in a day, intervals grow ×2.5 on a pass.
    static func next(_ state: ScheduleState, rating: Int, at now: Date) -> ScheduleState {
        let interval = state.lastReview.map { state.due.timeIntervalSince($0) / day } ?? 0
        var next = state
        next.reps += 1
        next.lastReview = now
        if rating == 1 {
            if state.state == .review { next.lapses += 1 }
            next.state = state.isNew ? .learning : .relearning
            next.stability = max(0.5, (state.stability ?? 1) * 0.3)
            next.difficulty = min(10, (state.difficulty ?? 5) + 1)
            next.due = now.addingTimeInterval(day * 0.7)
            return next
        }
        let days = state.state == .review ? max(1, interval * (rating == 2 ? 1.4 : rating == 3 ? 2.5 : 3.5)) : 1
        next.state = .review
        next.stability = days
        next.difficulty = state.difficulty ?? 5
        next.due = now.addingTimeInterval(days * day)
        return next
    }
}
