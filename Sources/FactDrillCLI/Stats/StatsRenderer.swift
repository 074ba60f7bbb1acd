import FactDrillApp
import FactDrillKit
import FactDrillStore
import Foundation

/// The terminal view of `stats` (and `export stats --format table`): a summary, a table per
/// deck, accuracy by question type, the hardest cards, a 7-day forecast and a review heatmap.
///
/// With `unicode` the charts use block characters; without it every character the renderer
/// adds itself is ASCII (deck text is printed as it is, sanitized by the console). With a
/// `width` every line fits it: tables are cut or split into panels, summary rows and titles
/// wrap, charts get narrower or show fewer weeks.
public struct StatsRenderer: Sendable {
    /// Whether charts use Unicode blocks (a terminal) or ASCII (pipes, files).
    public var unicode: Bool
    /// The language deck titles and prompts are shown in when they have it.
    public var language: String
    /// The cells of the longest forecast bar.
    public var barWidth: Int
    /// The cells a line may take; nil for no limit (files, pipes).
    public var width: Int?

    /// A renderer using Unicode blocks when `unicode`, plain ASCII otherwise, fitting `width`.
    public init(unicode: Bool, language: String = "en", barWidth: Int = 30, width: Int? = nil) {
        self.unicode = unicode
        self.language = language
        self.barWidth = max(1, barWidth)
        self.width = width.map { max(1, $0) }
    }

    /// The lines of the view, each printed with `Console.line` (an empty array is a blank line).
    public func lines(_ stats: Stats) -> [[Span]] {
        var lines = header(stats)
        guard stats.overall.cards.total + stats.overall.cards.retired > 0 || !stats.decks.isEmpty else {
            lines.append([])
            lines.append([Span("No decks yet: install one first.")])
            return lines
        }
        let sections = [
            summary(stats), deckCards(stats), deckActivity(stats), accuracy(stats.overall),
            accuracyByDeck(stats), hardest(stats), calibration(stats.calibration),
            forecast(stats.forecast), heatmap(stats.heatmap),
        ]
        for section in sections where !section.isEmpty {
            lines.append([])
            lines += section
        }
        // Titles and notes too long for the width wrap under a small indent.
        return lines.flatMap { SpanFlow.wrap($0, indent: 2, width: width) }
    }

    /// The lines of the view as plain text, one string per line (for files and tests).
    public func text(_ stats: Stats) -> String {
        let console = Console(sink: CapturingOutputSink(), settings: OutputSettings(color: false, bidiMarks: false))
        return lines(stats).map { console.render($0) + "\n" }.joined()
    }

    private var dot: String { unicode ? "·" : "-" }

    private func header(_ stats: Stats) -> [[Span]] {
        let scope: String
        if let deck = stats.deck {
            let title = StatsText.pick(stats.decks.first?.title, preferred: language)
            scope = title.isEmpty ? "deck \(deck)" : "deck \(deck) \(dot) \(title)"
        } else {
            scope = "all decks (\(stats.decks.count))"
        }
        return [[Span.bold("Stats: "), Span(scope, style: .bold)]]
    }

    private func summary(_ stats: Stats) -> [[Span]] {
        let figures = stats.overall
        let cards = figures.cards
        let window = stats.windowDays.map { "last \($0) days" } ?? "all history"
        var rows: [[Span]] = []
        // A label, then figures that wrap whole under the figures' column when the line is full.
        func row(_ label: String, _ items: [[Span]], separator: String = "  ") {
            let lead = [Span.bold(label.padding(toLength: 12, withPad: " ", startingAt: 0))]
            rows += SpanFlow.flow(items, separator: separator, lead: lead, indent: 12, width: width)
        }
        row(
            "Cards",
            [
                "new \(cards.new)", "learning \(cards.learning)", "young \(cards.young)",
                "mature \(cards.mature)", "suspended \(cards.suspended)", "(\(cards.total) in all)",
            ]
            .map { [Span($0)] })
        row(
            "Due",
            ["today \(figures.due.today)", "tomorrow \(figures.due.tomorrow)", "this week \(figures.due.week)"]
                .map { [Span($0)] })
        let today = figures.today
        row(
            "Today",
            [
                "\(today.reviews) reviews (\(today.again) again),", "\(today.practice) practice,",
                StatsText.duration(milliseconds: today.durationMs),
            ].map { [Span($0)] }, separator: " ")
        row(
            "Retention",
            [
                [Span("young ")] + rate(figures.retention.young),
                [Span("mature ")] + rate(figures.retention.mature), [Span.dim(window)],
            ])
        row(
            "Recall now",
            [
                [
                    rateSpan(figures.averageRetrievability),
                    Span(" average over \(figures.retrievabilityCards) cards"),
                ]
            ])
        let streak = stats.streakDays == 1 ? "1 day" : "\(stats.streakDays) days"
        row(
            "Streak",
            [
                [Span(streak, style: .bold)],
                [Span(stats.studiedToday ? "(studied today)" : "(nothing yet today)")],
            ], separator: " ")
        return rows
    }

    private func rate(_ figure: RetentionFigure) -> [Span] {
        [rateSpan(figure.rate), Span(" (\(figure.passed)/\(figure.total))")]
    }

    func rateSpan(_ value: Double?) -> Span {
        guard let value else { return Span("-") }
        let style: Style = value >= 0.9 ? .green : value >= 0.8 ? .yellow : .red
        return Span(StatsText.percent(value), style: style)
    }

    private func accuracy(_ figures: DeckStats) -> [[Span]] {
        guard !figures.accuracyByType.isEmpty else { return [] }
        var table = Table(columns: [
            .init("Type"), .init("Answers", alignment: .right), .init("Correct", alignment: .right),
            .init("Close", alignment: .right), .init("Wrong", alignment: .right), .init("Accuracy", alignment: .right),
            .init("", overflow: .clip),
        ])
        for figure in figures.accuracyByType {
            table.addRow([
                figure.factType, "\(figure.answers)", "\(figure.correct)", "\(figure.close)", "\(figure.wrong)",
                StatsText.percent(figure.accuracy), bar(fraction: figure.accuracy ?? 0, width: 20),
            ])
        }
        var lines: [[Span]] = [[Span.bold("Accuracy by question type")]] + tableLines(table)
        let weakest = figures.accuracyByType.filter { $0.answers > 0 }.min { ($0.accuracy ?? 1) < ($1.accuracy ?? 1) }
        if let weakest, figures.accuracyByType.count > 1 {
            lines.append([
                Span("Weakest: "), Span(weakest.factType, style: .yellow),
                Span(" (\(StatsText.percent(weakest.accuracy)) of \(weakest.answers) answers)"),
            ])
        }
        return lines
    }

    private func hardest(_ stats: Stats) -> [[Span]] {
        guard !stats.hardest.isEmpty else { return [] }
        var table = Table(
            columns: [
                .init("Deck"), .init("Prompt"), .init("Lapses", alignment: .right), .init("Reviews", alignment: .right),
                .init("R now", alignment: .right),
            ], cellLimit: 60)
        for card in stats.hardest {
            table.addRow([
                card.deckID, StatsText.pick(card.prompt, preferred: language), "\(card.lapses)",
                "\(card.reps)", StatsText.percent(card.retrievability),
            ])
        }
        return [[Span.bold("Hardest cards")]] + tableLines(table)
    }

    /// Predicted against actual recall by bin of predicted recall: how well the memory model
    /// (the defaults, or the parameters `optimize` fitted) predicts this analyst.
    private func calibration(_ bins: [CalibrationBin]) -> [[Span]] {
        guard !bins.isEmpty else { return [] }
        var table = Table(columns: [
            .init("Predicted recall"), .init("Reviews", alignment: .right), .init("Predicted", alignment: .right),
            .init("Actual", alignment: .right), .init("Gap", alignment: .right),
        ])
        for bin in bins {
            let gap = (bin.actual - bin.predicted) * 100
            table.addRow([
                "\(Int((bin.lower * 100).rounded()))-\(Int((bin.lower * 100).rounded()) + 10)%", "\(bin.reviews)",
                StatsText.percent(bin.predicted), StatsText.percent(bin.actual),
                (gap >= 0 ? "+" : "") + String(format: "%.1f", gap),
            ])
        }
        let reviews = bins.reduce(0) { $0 + $1.reviews }
        let weightedGap = bins.reduce(0.0) { $0 + abs($1.actual - $1.predicted) * Double($1.reviews) } / Double(reviews)
        return [[Span.bold("Calibration: predicted and actual recall")]] + tableLines(table) + [
            [
                Span(
                    "Mean gap \(String(format: "%.1f", weightedGap * 100)) points over \(reviews) reviews"
                        + (reviews < 1000 ? " (few reviews yet: `factdrill optimize` needs about 1,000)" : ""),
                    style: .dim)
            ]
        ]
    }

    /// Table lines fitted to the width as spans, the titles in bold, a blank line as `[]`.
    func tableLines(_ table: Table) -> [[Span]] {
        table.lines(width: width).map { line -> [Span] in
            let style: Style = line.kind == .header ? .bold : []
            return line.kind == .blank ? [] : [Span(line.text, style: style)]
        }
    }
}
