import FactDrillKit
import FactDrillStore
import Foundation

/// The HTML report of `export stats --format html`: one file with inline CSS and SVG, no
/// scripts and no links. The figures are embedded as the JSON export (`#stats-data`), and each
/// figure shown carries `data-key` (its path in that JSON) and `data-value` (its value there).
struct HTMLReport {
    var stats: Stats
    var history: RetentionHistory?
    var title: String
    var generatedAt: Date
    var document: JSONValue

    init(stats: Stats, history: RetentionHistory?, title: String, generatedAt: Date) {
        self.stats = stats
        self.history = history
        self.title = title
        self.generatedAt = generatedAt
        document = StatsDocument.build(stats)
    }

    func render() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="factdrill">
            <title>\(HTMLText.escape(title))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(title))</h1>
            <p class="meta">\(HTMLText.escape(scopeText)) · figures as of \(StatsText.isoTimestamp(stats.now)) · \
            generated \(StatsText.isoTimestamp(generatedAt)) · retention and accuracy over \
            \(stats.windowDays.map { "the last \($0) days" } ?? "all history")</p>
            </header>

            """
        html += kpis()
        html +=
            "<div class=\"row\">\n" + section("Card states", cardStatesChart())
            + section("Due in the next 7 days", forecastChart()) + "</div>\n"
        html += section("Reviews per day, last \(stats.heatmap.count / 7) weeks", heatmapChart(), wide: true)
        html +=
            "<div class=\"row\">\n" + section("True retention over time", retentionChart())
            + section("Accuracy by question type", accuracyChart()) + "</div>\n"
        html += section("Decks", deckTable(), wide: true)
        if stats.decks.count > 1 { html += section("Accuracy by deck and question type", accuracyTable(), wide: true) }
        html += section("Hardest cards", hardestTable(), wide: true)
        html += section("Calibration: predicted and actual recall", calibrationChart())
        html += "<script type=\"application/json\" id=\"stats-data\">\n" + embeddedJSON() + "\n</script>\n"
        html += "</body>\n</html>\n"
        return html
    }

    private var scopeText: String {
        guard let deck = stats.deck else { return "All decks (\(stats.decks.count))" }
        return "Deck \(deck)"
    }

    /// `data-key` and `data-value` of the figure at `path` in the JSON document.
    func data(_ path: String) -> String {
        let value = document.value(at: path)?.scalarText ?? ""
        return "data-key=\"\(HTMLText.escape(path))\" data-value=\"\(HTMLText.escape(value))\""
    }

    /// The JSON export, with `<` escaped so no text in it can close the script element, and
    /// bidi controls and line separators escaped so the file holds none (they occur only in strings).
    func embeddedJSON() -> String {
        let json = (try? StatsDocument.encode(document)) ?? "{}"
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar.value {
            case 0x3C, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                result.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    private func section(_ heading: String, _ body: String, wide: Bool = false) -> String {
        "<section\(wide ? " class=\"wide\"" : "")>\n<h2>\(HTMLText.escape(heading))</h2>\n\(body)\n</section>\n"
    }

    private func kpis() -> String {
        let overall = stats.overall
        let tiles: [(String, String, String)] = [
            ("Cards", "\(overall.cards.total)", "overall.cards.total"),
            ("Due today", "\(overall.due.today)", "overall.due.today"),
            ("Reviews today", "\(overall.today.reviews)", "overall.today.reviews"),
            ("Study streak", stats.streakDays == 1 ? "1 day" : "\(stats.streakDays) days", "streak.days"),
            ("Young retention", StatsText.percent(overall.retention.young.rate), "overall.retention.young.rate"),
            ("Mature retention", StatsText.percent(overall.retention.mature.rate), "overall.retention.mature.rate"),
            ("Average recall now", StatsText.percent(overall.averageRetrievability), "overall.averageRetrievability"),
        ]
        var html = "<div class=\"kpis\">\n"
        for (label, shown, path) in tiles {
            html +=
                "<div class=\"kpi\" \(data(path))><div class=\"value\">\(HTMLText.escape(shown))</div>"
                + "<div class=\"label\">\(HTMLText.escape(label))</div></div>\n"
        }
        let young = overall.retention.young
        let mature = overall.retention.mature
        html +=
            "</div>\n<p class=\"note\">Young: <span \(data("overall.retention.young.passed"))>\(young.passed)</span>"
            + " of <span \(data("overall.retention.young.total"))>\(young.total)</span> passed; mature: "
            + "<span \(data("overall.retention.mature.passed"))>\(mature.passed)</span> of "
            + "<span \(data("overall.retention.mature.total"))>\(mature.total)</span>. Today: "
            + "<span \(data("overall.today.again"))>\(overall.today.again)</span> again, "
            + "<span \(data("overall.today.practice"))>\(overall.today.practice)</span> practice, "
            + HTMLText.escape(StatsText.duration(milliseconds: overall.today.durationMs)) + " spent. "
            + "Due tomorrow <span \(data("overall.due.tomorrow"))>\(overall.due.tomorrow)</span>, this week "
            + "<span \(data("overall.due.week"))>\(overall.due.week)</span>.</p>\n"
        return html
    }

    private func deckTable() -> String {
        guard !stats.decks.isEmpty else { return "<p class=\"empty\">No decks.</p>" }
        var html =
            "<table>\n<thead><tr><th>Deck</th><th>Title</th><th class=\"num\">New</th><th class=\"num\">Learning</th><th class=\"num\">Young</th>"
            + "<th class=\"num\">Mature</th><th class=\"num\">Suspended</th><th class=\"num\">Due today</th><th class=\"num\">Tomorrow</th><th class=\"num\">Week</th>"
            + "<th class=\"num\">Reviews today</th><th class=\"num\">Retention young</th><th class=\"num\">Retention mature</th><th class=\"num\">Avg R</th></tr></thead>\n<tbody>\n"
        for (index, deck) in stats.decks.enumerated() {
            let base = "decks.\(index)"
            func cell(_ path: String, _ shown: String) -> String {
                "<td class=\"num\" \(data(base + "." + path))>\(HTMLText.escape(shown))</td>"
            }
            html +=
                "<tr><td><bdi>\(HTMLText.escape(deck.deckID ?? ""))</bdi></td><td>"
                + HTMLText.localized(deck.title) + "</td>"
                + cell("cards.new", "\(deck.cards.new)") + cell("cards.learning", "\(deck.cards.learning)")
                + cell("cards.young", "\(deck.cards.young)") + cell("cards.mature", "\(deck.cards.mature)")
                + cell("cards.suspended", "\(deck.cards.suspended)") + cell("due.today", "\(deck.due.today)")
                + cell("due.tomorrow", "\(deck.due.tomorrow)") + cell("due.week", "\(deck.due.week)")
                + cell("today.reviews", "\(deck.today.reviews)")
                + cell("retention.young.rate", StatsText.percent(deck.retention.young.rate))
                + cell("retention.mature.rate", StatsText.percent(deck.retention.mature.rate))
                + cell("averageRetrievability", StatsText.percent(deck.averageRetrievability)) + "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    private func accuracyTable() -> String {
        let types = Array(Set(stats.decks.flatMap { $0.accuracyByType.map(\.factType) })).sorted()
        guard !types.isEmpty else { return "<p class=\"empty\">No answers in the window.</p>" }
        var html =
            "<table>\n<thead><tr><th>Deck</th>"
            + types.map { "<th class=\"num\">\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, deck) in stats.decks.enumerated() {
            html += "<tr><td><bdi>\(HTMLText.escape(deck.deckID ?? ""))</bdi></td>"
            for type in types {
                guard let position = deck.accuracyByType.firstIndex(where: { $0.factType == type }) else {
                    html += "<td class=\"num\">-</td>"
                    continue
                }
                let figure = deck.accuracyByType[position]
                let base = "decks.\(index).accuracyByType.\(position)"
                html +=
                    "<td class=\"num\"><span \(data(base + ".accuracy"))>\(StatsText.percent(figure.accuracy))</span>"
                    + " <span class=\"alt\" \(data(base + ".answers"))>\(figure.answers)</span></td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    private func hardestTable() -> String {
        guard !stats.hardest.isEmpty else { return "<p class=\"empty\">No card has been studied yet.</p>" }
        var html =
            "<table>\n<thead><tr><th>Deck</th><th>Prompt</th><th>Kind</th><th class=\"num\">Lapses</th><th class=\"num\">Reviews</th>"
            + "<th class=\"num\">Recall now</th></tr></thead>\n<tbody>\n"
        for (index, card) in stats.hardest.enumerated() {
            let base = "hardest.\(index)"
            html +=
                "<tr><td><bdi>\(HTMLText.escape(card.deckID))</bdi></td><td class=\"prompt\">"
                + HTMLText.localized(card.prompt) + "</td><td><bdi>\(HTMLText.escape(card.kind))</bdi></td>"
                + "<td class=\"num\" \(data(base + ".lapses"))>\(card.lapses)</td>"
                + "<td class=\"num\" \(data(base + ".reps"))>\(card.reps)</td>"
                + "<td class=\"num\" \(data(base + ".retrievability"))>\(StatsText.percent(card.retrievability))</td></tr>\n"
        }
        return html + "</tbody>\n</table>"
    }
}
