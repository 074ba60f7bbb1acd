import FactDrillKit
import FactDrillStore
import Foundation

@testable import FactDrillCLI

/// Fixed dates, hand-made `Stats` values and recorded histories for the stats and export tests.
enum StatsFixture {
    /// 2026-01-10 00:00:00 UTC (a Saturday): the start of "today".
    static let day0 = Date(timeIntervalSince1970: 1_768_003_200)
    static let day = 86_400.0

    static func at(days: Double = 0, hours: Double = 0) -> Date {
        day0.addingTimeInterval(days * day + hours * 3600)
    }

    static func days(_ counts: [Int], lastDay: Int) -> [DayCount] {
        counts.enumerated().map { index, count in
            let day = lastDay - counts.count + 1 + index
            return DayCount(day: day, date: at(days: Double(day)), count: count)
        }
    }

    /// A small hand-made `Stats`: two decks, `prompt` as the hardest card's English prompt.
    static func stats(
        title: LocalizedText = LocalizedText(ar: "الشرق الأوسط", en: "Middle East 2025"),
        prompt: String = "Which country ranked 3rd?", arabicPrompt: String = "ما الدولة الثالثة؟",
        heatmap: [Int] = [0, 1, 2, 3, 4, 0, 8], forecast: [Int] = [8, 4, 1, 0, 2, 2, 3]
    ) -> Stats {
        let d1 = DeckStats(
            deckID: "mideast", title: title,
            cards: CardStateCounts(new: 10, learning: 2, young: 7, mature: 5, suspended: 1, retired: 1),
            due: DueCounts(today: 8, tomorrow: 4, week: 20),
            today: DayActivity(reviews: 12, again: 2, practice: 3, durationMs: 252_000),
            retention: RetentionByMaturity(
                young: RetentionFigure(total: 20, passed: 17),
                mature: RetentionFigure(total: 10, passed: 9)),
            averageRetrievability: 0.87654, retrievabilityCards: 14,
            accuracyByType: [
                TypeAccuracy(factType: "event", answers: 10, passed: 6, correct: 5, close: 1, wrong: 4),
                TypeAccuracy(factType: "ranking", answers: 20, passed: 19, correct: 18, close: 1, wrong: 1),
            ])
        let d2 = DeckStats(
            deckID: "empty", title: LocalizedText(en: "Empty"), cards: CardStateCounts(new: 3),
            due: DueCounts(), today: DayActivity(), retention: RetentionByMaturity(),
            averageRetrievability: nil, retrievabilityCards: 0, accuracyByType: [])
        var overall = DeckStats.total([d1, d2])
        overall.averageRetrievability = d1.averageRetrievability
        let hard = HardCard(
            cardID: 7, deckID: "mideast", cardKey: "f1.ranking.rank-of", kind: "ranking.rank-of",
            prompt: LocalizedText(ar: arabicPrompt, en: prompt), lapses: 4, reps: 9,
            retrievability: 0.4321)
        return Stats(
            now: at(hours: 10), dayStart: day0, deck: nil, windowDays: 30, overall: overall, decks: [d1, d2],
            hardest: [hard], streakDays: 5, studiedToday: true,
            forecast: forecast.enumerated().map { DayCount(day: $0, date: at(days: Double($0)), count: $1) },
            heatmap: days(heatmap, lastDay: 0))
    }
}

/// Sums deck figures like the store does (kept tiny: the tests' decks).
