import FactDrillKit
import Foundation
import GRDB

/// What to compute stats over: a deck (or all), a moment and the start of its day.
public struct StatsQuery: Hashable, Sendable {
    /// The deck; nil for all decks.
    public var deck: String?
    /// The moment the figures describe.
    public var now: Date
    /// The start of today (local midnight, or the user's day boundary).
    public var dayStart: Date
    /// Settings.
    public var options: StatsOptions

    /// Creates a query.
    public init(deck: String? = nil, now: Date, dayStart: Date, options: StatsOptions = StatsOptions()) {
        self.deck = deck
        self.now = now
        self.dayStart = dayStart
        self.options = options
    }

    static let day = 86_400.0

    /// The day index (0 today) of a moment in unix seconds, with `dayStart` that of today's
    /// start: the offset makes the truncation round down for past days too. (The same
    /// arithmetic as SQLite's `CAST((t - d0) / 86400.0 + 100000 AS INTEGER) - 100000`, which
    /// computed it before; out-of-range values are clamped as the cast clamps them.)
    static func dayIndex(of seconds: Double, dayStart: Double) -> Int {
        let shifted = (seconds - dayStart) / 86400.0 + 100_000
        guard !shifted.isNaN else { return -100_000 }
        return Int(min(max(shifted, -1e18), 1e18)) - 100_000
    }

    /// The start of the window of history (unix seconds): far in the past without a window.
    var windowFrom: Double {
        options.windowDays.map { dayStart.unixSeconds - Double($0 - 1) * Self.day } ?? -1e18
    }

    /// The named arguments every statement may use.
    var arguments: StatementArguments {
        var values: [String: (any DatabaseValueConvertible)?] = [
            "now": now.unixSeconds, "d0": dayStart.unixSeconds, "mature": options.matureDays * Self.day,
            "windowFrom": windowFrom,
            "heatmapFrom": dayStart.unixSeconds - Double(heatmapDays - 1) * Self.day,
            "hardest": max(0, options.hardestLimit),
        ].merging(retrievabilityArguments) { first, _ in first }
        if let deck { values["deck"] = deck }
        return StatementArguments(values)
    }

    /// The days of the heatmap (at least one week).
    var heatmapDays: Int { max(1, options.heatmapWeeks) * 7 }

    /// `AND <column> = :deck` when limited to a deck.
    func deckFilter(_ column: String) -> String {
        deck == nil ? "" : "AND \(column) = :deck"
    }

    /// `AND <cardColumn> IN (cards of :deck)` when limited to a deck.
    func cardFilter(_ cardColumn: String) -> String {
        deck == nil ? "" : "AND \(cardColumn) IN (SELECT id FROM cards WHERE deck_id = :deck)"
    }

    /// Computes every figure in one read transaction (a consistent snapshot).
    func compute(_ db: Database) throws -> Stats {
        var decks: [String: DeckStats] = [:]
        var request = DeckRecord.all()
        if let deck { request = request.filter(key: deck) }
        for record in try request.fetchAll(db) {
            decks[record.id] = DeckStats(
                deckID: record.id, title: record.title, cards: CardStateCounts(), due: DueCounts(),
                today: DayActivity(), retention: RetentionByMaturity(), averageRetrievability: nil,
                retrievabilityCards: 0, accuracyByType: [])
        }
        var retrievabilitySums: [String: Double] = [:]
        let (forecast, cards) = try addCardFigures(db, to: &decks, retrievabilitySums: &retrievabilitySums)
        try addTodayFigures(db, to: &decks)
        try addRetentionAndAccuracy(db, cards: cards, to: &decks)
        let perDeck = decks.keys.sorted().compactMap { decks[$0] }
        let overall = Self.overall(perDeck, retrievabilitySums: retrievabilitySums)
        let studiedToday = overall.today.reviews + overall.today.practice > 0
        return Stats(
            now: now, dayStart: dayStart, deck: deck, windowDays: options.windowDays, overall: overall, decks: perDeck,
            hardest: try hardestCards(db, cards: cards), streakDays: try streak(db, studiedToday: studiedToday),
            studiedToday: studiedToday, forecast: forecast, heatmap: try heatmap(db),
            calibration: try calibration(db))
    }

    /// Sums the decks' figures; the mean retrievability is weighted by each deck's cards.
    static func overall(_ decks: [DeckStats], retrievabilitySums: [String: Double]) -> DeckStats {
        var total = DeckStats.total(decks)
        if total.retrievabilityCards > 0 {
            total.averageRetrievability = retrievabilitySums.values.reduce(0, +) / Double(total.retrievabilityCards)
        }
        return total
    }
}

extension DeckStats {
    /// The figures of several decks added up (accuracy merged by question type, sorted by it);
    /// the mean retrievability is left for the caller, who knows the weights.
    public static func total(_ decks: [DeckStats]) -> DeckStats {
        var total = DeckStats(
            deckID: nil, title: nil, cards: CardStateCounts(), due: DueCounts(), today: DayActivity(),
            retention: RetentionByMaturity(), averageRetrievability: nil, retrievabilityCards: 0,
            accuracyByType: [])
        var accuracy: [String: TypeAccuracy] = [:]
        for deck in decks {
            total.cards.new += deck.cards.new
            total.cards.learning += deck.cards.learning
            total.cards.young += deck.cards.young
            total.cards.mature += deck.cards.mature
            total.cards.suspended += deck.cards.suspended
            total.cards.retired += deck.cards.retired
            total.due.today += deck.due.today
            total.due.tomorrow += deck.due.tomorrow
            total.due.week += deck.due.week
            total.today.reviews += deck.today.reviews
            total.today.again += deck.today.again
            total.today.practice += deck.today.practice
            total.today.durationMs += deck.today.durationMs
            total.retention.young.total += deck.retention.young.total
            total.retention.young.passed += deck.retention.young.passed
            total.retention.mature.total += deck.retention.mature.total
            total.retention.mature.passed += deck.retention.mature.passed
            total.retrievabilityCards += deck.retrievabilityCards
            for figure in deck.accuracyByType {
                var sum = accuracy[figure.factType] ?? TypeAccuracy(factType: figure.factType)
                sum.answers += figure.answers
                sum.passed += figure.passed
                sum.correct += figure.correct
                sum.close += figure.close
                sum.wrong += figure.wrong
                accuracy[figure.factType] = sum
            }
        }
        total.accuracyByType = accuracy.keys.sorted().compactMap { accuracy[$0] }
        return total
    }
}

extension StudyDatabase {
    /// Computes the stats of `query` in SQL, in one read transaction.
    public func stats(_ query: StatsQuery) throws -> Stats {
        try read("computing stats") { db in
            try query.compute(db)
        }
    }

    /// Computes the stats of `deck` (all decks when nil) at `now`.
    public func stats(deck: String?, now: Date, dayStart: Date, options: StatsOptions = StatsOptions()) throws -> Stats
    {
        try stats(StatsQuery(deck: deck, now: now, dayStart: dayStart, options: options))
    }
}
