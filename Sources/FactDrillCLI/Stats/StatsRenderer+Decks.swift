import FactDrillApp
import FactDrillStore
import Foundation

/// The per-deck tables of the terminal view (shown for all decks, not for one).
extension StatsRenderer {
    /// Cards by state and due counts, a row per deck.
    func deckCards(_ stats: Stats) -> [[Span]] {
        guard stats.deck == nil, !stats.decks.isEmpty else { return [] }
        var table = Table(
            columns: [
                .init("Deck"), .init("Title"), .init("New", alignment: .right), .init("Lrn", alignment: .right),
                .init("Young", alignment: .right), .init("Mature", alignment: .right), .init("Susp", alignment: .right),
                .init("Due", alignment: .right), .init("Tmrw", alignment: .right), .init("Week", alignment: .right),
            ], cellLimit: 28)
        for deck in stats.decks {
            table.addRow([
                deck.deckID ?? "", StatsText.pick(deck.title, preferred: language), "\(deck.cards.new)",
                "\(deck.cards.learning)", "\(deck.cards.young)", "\(deck.cards.mature)", "\(deck.cards.suspended)",
                "\(deck.due.today)", "\(deck.due.tomorrow)", "\(deck.due.week)",
            ])
        }
        return [[Span.bold("Decks: cards and due")]] + tableLines(table)
    }

    /// Today's answers and time, true retention and mean recall, a row per deck.
    func deckActivity(_ stats: Stats) -> [[Span]] {
        guard stats.deck == nil, !stats.decks.isEmpty else { return [] }
        var table = Table(
            columns: [
                .init("Deck"), .init("Reviews", alignment: .right), .init("Again", alignment: .right),
                .init("Practice", alignment: .right), .init("Time", alignment: .right),
                .init("Ret young", alignment: .right), .init("Ret mature", alignment: .right),
                .init("Avg R", alignment: .right),
            ], cellLimit: 28)
        for deck in stats.decks {
            table.addRow([
                deck.deckID ?? "", "\(deck.today.reviews)", "\(deck.today.again)", "\(deck.today.practice)",
                StatsText.duration(milliseconds: deck.today.durationMs), retention(deck.retention.young),
                retention(deck.retention.mature), StatsText.percent(deck.averageRetrievability),
            ])
        }
        return [[Span.bold("Decks: today, retention and recall")]] + tableLines(table)
    }

    /// Accuracy of each fact type in each deck, when there is more than one deck.
    func accuracyByDeck(_ stats: Stats) -> [[Span]] {
        guard stats.deck == nil, stats.decks.count > 1 else { return [] }
        let types = Array(Set(stats.decks.flatMap { $0.accuracyByType.map(\.factType) })).sorted()
        guard !types.isEmpty else { return [] }
        var table = Table(columns: [.init("Deck")] + types.map { .init($0, alignment: .right) }, cellLimit: 28)
        for deck in stats.decks {
            table.addRow(
                [deck.deckID ?? ""]
                    + types.map { type in
                        guard let figure = deck.accuracyByType.first(where: { $0.factType == type }), figure.answers > 0
                        else {
                            return "-"
                        }
                        return "\(StatsText.percent(figure.accuracy)) (\(figure.answers))"
                    })
        }
        return [[Span.bold("Accuracy by deck and type"), Span.dim(" (answers)")]] + tableLines(table)
    }

    /// `85.0% (17/20)`, or `-` when nothing was counted.
    private func retention(_ figure: RetentionFigure) -> String {
        figure.total == 0 ? "-" : "\(StatsText.percent(figure.rate)) (\(figure.passed)/\(figure.total))"
    }
}
