import FactDrillKit
import FactDrillStore
import Foundation

/// `export stats` in files: CSV, JSON and a self-contained HTML report.
public enum StatsExporter {
    /// The CSV columns, in order (documented in the README).
    public static let csvColumns: [String] =
        [
            "deck", "title_en", "title_ar", "cards_total", "new", "learning", "young", "mature", "suspended", "retired",
            "due_today", "due_tomorrow", "due_week", "reviews_today", "again_today", "practice_today", "time_today_ms",
            "retention_young_passed", "retention_young_total", "retention_young", "retention_mature_passed",
            "retention_mature_total", "retention_mature", "avg_retrievability", "retrievability_cards",
        ] + StatsText.factTypes.flatMap { ["\($0)_answers", "\($0)_passed", "\($0)_accuracy"] }

    /// One header line and one row per deck, then the row `all` with the overall figures.
    /// Rates are fractions (0...1) with 4 decimals, empty when there is nothing to rate.
    public static func csv(_ stats: Stats) -> String {
        var lines = [csvColumns.joined(separator: ",")]
        for deck in stats.decks { lines.append(csvRow(deck, id: deck.deckID ?? "")) }
        lines.append(csvRow(stats.overall, id: "all"))
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func csvRow(_ figures: DeckStats, id: String) -> String {
        func rate(_ value: Double?) -> String { StatsText.rounded(value).map(JSONValue.format) ?? "" }
        let cards = figures.cards
        var cells = [
            CSVField.text(id), CSVField.text(figures.title?["en"] ?? ""), CSVField.text(figures.title?["ar"] ?? ""),
        ]
        cells += [
            cards.total, cards.new, cards.learning, cards.young, cards.mature, cards.suspended, cards.retired,
            figures.due.today, figures.due.tomorrow, figures.due.week, figures.today.reviews,
            figures.today.again, figures.today.practice, figures.today.durationMs,
            figures.retention.young.passed, figures.retention.young.total,
        ].map(String.init)
        cells.append(rate(figures.retention.young.rate))
        cells += [
            String(figures.retention.mature.passed), String(figures.retention.mature.total),
            rate(figures.retention.mature.rate), rate(figures.averageRetrievability),
            String(figures.retrievabilityCards),
        ]
        for type in StatsText.factTypes {
            let figure = figures.accuracyByType.first { $0.factType == type }
            cells += [String(figure?.answers ?? 0), String(figure?.passed ?? 0), rate(figure?.accuracy)]
        }
        return cells.joined(separator: ",")
    }

    /// The JSON document (schema `factdrill.stats/1`), pretty-printed with sorted keys.
    public static func json(_ stats: Stats) throws -> String {
        try StatsDocument.encode(StatsDocument.build(stats))
    }

    /// The HTML report: one self-contained file (inline CSS and SVG, no script, no link).
    public static func html(_ stats: Stats, title: String, generatedAt: Date) -> String {
        HTMLReport(stats: stats, history: nil, title: title, generatedAt: generatedAt).render()
    }

    /// The HTML report with the retention-over-time chart drawn from `history`
    /// (`RetentionHistory.compute(database:deck:dayStart:days:)`).
    public static func html(_ stats: Stats, history: RetentionHistory?, title: String, generatedAt: Date) -> String {
        HTMLReport(stats: stats, history: history, title: title, generatedAt: generatedAt).render()
    }
}
