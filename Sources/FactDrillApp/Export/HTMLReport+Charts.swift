import FactDrillStore
import Foundation

/// The report's inline SVG charts.
extension HTMLReport {
    static let heatColors = ["#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"]

    private static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    private static func svg(width: Int, height: Int, label: String, _ body: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" "
            + "aria-label=\"\(HTMLText.escape(label))\">\n\(body)</svg>"
    }

    /// Cards by state: one horizontal bar per state, scaled to the largest.
    func cardStatesChart() -> String {
        let cards = stats.overall.cards
        let states: [(String, Int, String, String)] = [
            ("New", cards.new, "new", "#9ecae1"), ("Learning", cards.learning, "learning", "#fdae6b"),
            ("Young", cards.young, "young", "#74c476"), ("Mature", cards.mature, "mature", "#238b45"),
            ("Suspended", cards.suspended, "suspended", "#bdbdbd"),
        ]
        let most = max(1, states.map(\.1).max() ?? 1)
        var body = ""
        for (index, state) in states.enumerated() {
            let y = 10 + index * 36
            let width = 330.0 * Double(state.1) / Double(most)
            body +=
                "<text x=\"0\" y=\"\(y + 17)\" class=\"axis\">\(state.0)</text>"
                + "<rect x=\"90\" y=\"\(y)\" width=\"\(Self.number(max(width, state.1 > 0 ? 2 : 0)))\" height=\"24\" "
                + "rx=\"3\" fill=\"\(state.3)\" \(data("overall.cards.\(state.2)"))><title>\(state.0): \(state.1)</title></rect>"
                + "<text x=\"\(Self.number(96 + width))\" y=\"\(y + 17)\" class=\"value\">\(state.1)</text>\n"
        }
        return Self.svg(width: 480, height: 190, label: "Cards by state", body)
    }

    /// Learning and review cards due on each of the next 7 days.
    func forecastChart() -> String {
        let days = stats.forecast
        guard !days.isEmpty else { return "<p class=\"empty\">No forecast.</p>" }
        let most = max(1, days.map(\.count).max() ?? 1)
        var body = "<line x1=\"0\" y1=\"160\" x2=\"480\" y2=\"160\" class=\"rule\"/>\n"
        let step = 480.0 / Double(days.count)
        for (index, day) in days.enumerated() {
            let height = 130.0 * Double(day.count) / Double(most)
            let x = Double(index) * step + 12
            body +=
                "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(160 - height))\" width=\"\(Self.number(step - 24))\" "
                + "height=\"\(Self.number(height))\" rx=\"3\" fill=\"#3182bd\" \(data("forecast.\(index).count"))>"
                + "<title>\(StatsText.isoDay(day.date)): \(day.count)</title></rect>"
                + "<text x=\"\(Self.number(x + (step - 24) / 2))\" y=\"\(Self.number(154 - height))\" class=\"value\" "
                + "text-anchor=\"middle\">\(day.count)</text>"
                + "<text x=\"\(Self.number(x + (step - 24) / 2))\" y=\"178\" class=\"axis\" text-anchor=\"middle\">"
                + "\(index == 0 ? "Today" : StatsText.weekdayName(day.date))</text>\n"
        }
        return Self.svg(width: 480, height: 190, label: "Due forecast", body)
    }

    /// Answers per day: a column per week (Monday first), a row per weekday.
    func heatmapChart() -> String {
        let days = stats.heatmap
        guard let first = days.first else { return "<p class=\"empty\">No history.</p>" }
        let offset = StatsText.weekdayIndex(first.date)
        let most = days.map(\.count).max() ?? 0
        let cell = 20
        let gap = 4
        let left = 40
        let top = 22
        let columns = (offset + days.count + 6) / 7
        var body = ""
        for (row, name) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].enumerated() where !name.isEmpty {
            body += "<text x=\"0\" y=\"\(top + row * (cell + gap) + cell - 5)\" class=\"axis\">\(name)</text>\n"
        }
        var lastMonth = ""
        for (index, day) in days.enumerated() {
            let slot = index + offset
            let x = left + slot / 7 * (cell + gap)
            let y = top + slot % 7 * (cell + gap)
            let month = String(StatsText.dayMonth(day.date).split(separator: " ").last ?? "")
            if month != lastMonth, slot % 7 == 0 || index == 0 {
                body += "<text x=\"\(x)\" y=\"14\" class=\"axis\">\(month)</text>\n"
                lastMonth = month
            }
            let color = Self.heatColors[StatsText.heatLevel(day.count, most: most)]
            body +=
                "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell)\" rx=\"3\" fill=\"\(color)\" "
                + "\(data("heatmap.\(index).count"))><title>\(StatsText.isoDay(day.date)): \(day.count) answers</title></rect>\n"
        }
        let legendX = left + columns * (cell + gap) + 20
        body += "<text x=\"\(legendX)\" y=\"\(top + cell - 5)\" class=\"axis\">less</text>"
        for (level, color) in Self.heatColors.enumerated() {
            body +=
                "<rect x=\"\(legendX + 34 + level * (cell + gap))\" y=\"\(top)\" width=\"\(cell)\" height=\"\(cell)\" "
                + "rx=\"3\" fill=\"\(color)\"/>"
        }
        body += "<text x=\"\(legendX + 38 + 5 * (cell + gap))\" y=\"\(top + cell - 5)\" class=\"axis\">more</text>\n"
        let total = days.reduce(0) { $0 + $1.count }
        body +=
            "<text x=\"\(legendX)\" y=\"\(top + 46)\" class=\"value\">\(total) answers</text>"
            + "<text x=\"\(legendX)\" y=\"\(top + 66)\" class=\"axis\">busiest day: \(most)</text>"
            + "<text x=\"\(legendX)\" y=\"\(top + 86)\" class=\"axis\">streak: \(stats.streakDays) days</text>\n"
        return Self.svg(width: legendX + 200, height: top + 7 * (cell + gap), label: "Review heatmap", body)
    }

    /// Weekly true retention of young and mature cards, as two lines on a 0-100 % scale.
    func retentionChart() -> String {
        guard let weeks = history?.weeks, weeks.contains(where: { $0.young.total + $0.mature.total > 0 }) else {
            return "<p class=\"empty\">No review history in these weeks.</p>"
        }
        let width = 480.0
        let height = 190.0
        let left = 40.0
        let bottom = 160.0
        let top = 10.0
        let step = (width - left - 10) / Double(max(1, weeks.count - 1))
        func y(_ rate: Double) -> Double { bottom - (bottom - top) * rate }
        var body = ""
        for tick in [0.0, 0.5, 0.8, 0.9, 1.0] {
            body +=
                "<line x1=\"\(left)\" y1=\"\(Self.number(y(tick)))\" x2=\"\(width - 10)\" y2=\"\(Self.number(y(tick)))\" "
                + "class=\"grid\"/><text x=\"0\" y=\"\(Self.number(y(tick) + 4))\" class=\"axis\">\(Int(tick * 100))%</text>\n"
        }
        for (series, color) in [("young", "#74c476"), ("mature", "#238b45")] {
            var points: [String] = []
            for (index, week) in weeks.enumerated() {
                let figure = series == "young" ? week.young : week.mature
                guard let rate = figure.rate else { continue }
                let x = left + Double(index) * step
                points.append("\(Self.number(x)),\(Self.number(y(rate)))")
                body +=
                    "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y(rate)))\" r=\"3.5\" fill=\"\(color)\">"
                    + "<title>\(series), week of \(StatsText.isoDay(week.date)): \(figure.passed)/\(figure.total)</title></circle>\n"
            }
            if points.count > 1 {
                body +=
                    "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>\n"
            }
        }
        if let first = weeks.first, let last = weeks.last {
            body +=
                "<text x=\"\(left)\" y=\"178\" class=\"axis\">\(StatsText.dayMonth(first.date))</text>"
                + "<text x=\"\(width - 10)\" y=\"178\" class=\"axis\" text-anchor=\"end\">week of \(StatsText.dayMonth(last.date))</text>"
        }
        body +=
            "<rect x=\"150\" y=\"170\" width=\"10\" height=\"10\" fill=\"#74c476\"/><text x=\"164\" y=\"179\" class=\"axis\">young</text>"
            + "<rect x=\"220\" y=\"170\" width=\"10\" height=\"10\" fill=\"#238b45\"/><text x=\"234\" y=\"179\" class=\"axis\">mature</text>\n"
        return Self.svg(width: Int(width), height: Int(height), label: "Retention over time", body)
    }

    /// Accuracy by fact type: one bar per type on a 0-100 % scale, with answer counts.
    func accuracyChart() -> String {
        let figures = stats.overall.accuracyByType
        guard !figures.isEmpty else { return "<p class=\"empty\">No answers in the window.</p>" }
        var body = ""
        for (index, figure) in figures.enumerated() {
            let y = 10 + index * 36
            let rate = figure.accuracy ?? 0
            let color = rate >= 0.9 ? "#31a354" : rate >= 0.8 ? "#fdae6b" : "#e6550d"
            body +=
                "<text x=\"0\" y=\"\(y + 17)\" class=\"axis\">\(HTMLText.escape(figure.factType))</text>"
                + "<rect x=\"80\" y=\"\(y)\" width=\"280\" height=\"24\" rx=\"3\" fill=\"#f0f0f0\"/>"
                + "<rect x=\"80\" y=\"\(y)\" width=\"\(Self.number(280 * rate))\" height=\"24\" rx=\"3\" fill=\"\(color)\" "
                + "\(data("overall.accuracyByType.\(index).accuracy"))><title>\(figure.passed)/\(figure.answers)</title></rect>"
                + "<text x=\"368\" y=\"\(y + 17)\" class=\"value\">\(StatsText.percent(figure.accuracy))</text>"
                + "<text x=\"420\" y=\"\(y + 17)\" class=\"axis\" \(data("overall.accuracyByType.\(index).answers"))>"
                + "n=\(figure.answers)</text>\n"
        }
        return Self.svg(width: 480, height: max(60, 20 + figures.count * 36), label: "Accuracy by question type", body)
    }

    /// Calibration: for each bin of predicted recall, the actual recall as a point against the
    /// diagonal of perfect prediction, sized by its reviews.
    func calibrationChart() -> String {
        let bins = stats.calibration
        guard !bins.isEmpty else {
            return "<p class=\"empty\">No review a day or more after the previous one yet.</p>"
        }
        let size = 220.0
        let left = 40.0
        let top = 10.0
        func x(_ p: Double) -> Double { left + size * p }
        func y(_ p: Double) -> Double { top + size * (1 - p) }
        var body = ""
        for tick in [0.0, 0.5, 1.0] {
            body +=
                "<line x1=\"\(Self.number(x(0)))\" y1=\"\(Self.number(y(tick)))\" x2=\"\(Self.number(x(1)))\" "
                + "y2=\"\(Self.number(y(tick)))\" class=\"grid\"/>"
                + "<text x=\"0\" y=\"\(Self.number(y(tick) + 4))\" class=\"axis\">\(Int(tick * 100))%</text>"
                + "<text x=\"\(Self.number(x(tick)))\" y=\"\(Self.number(y(0) + 16))\" class=\"axis\" "
                + "text-anchor=\"middle\">\(Int(tick * 100))%</text>\n"
        }
        body +=
            "<line x1=\"\(Self.number(x(0)))\" y1=\"\(Self.number(y(0)))\" x2=\"\(Self.number(x(1)))\" "
            + "y2=\"\(Self.number(y(1)))\" class=\"rule\" stroke-dasharray=\"4 3\"/>\n"
        let most = Double(bins.map(\.reviews).max() ?? 1)
        for (index, bin) in bins.enumerated() {
            let radius = 3 + 7 * (Double(bin.reviews) / most).squareRoot()
            body +=
                "<circle cx=\"\(Self.number(x(bin.predicted)))\" cy=\"\(Self.number(y(bin.actual)))\" "
                + "r=\"\(Self.number(radius))\" fill=\"#3182bd\" fill-opacity=\"0.75\" "
                + "\(data("calibration.\(index).actual"))><title>predicted \(StatsText.percent(bin.predicted)), "
                + "recalled \(StatsText.percent(bin.actual)), \(bin.reviews) reviews</title></circle>\n"
        }
        body +=
            "<text x=\"\(Self.number(x(0.5)))\" y=\"\(Self.number(y(0) + 34))\" class=\"axis\" "
            + "text-anchor=\"middle\">predicted recall</text>"
            + "<text x=\"\(Self.number(x(1) + 12))\" y=\"\(Self.number(y(0.5)))\" class=\"axis\">actual</text>"
            + "<text x=\"\(Self.number(x(1) + 12))\" y=\"\(Self.number(y(0.5) + 14))\" class=\"axis\">recall</text>\n"
        return Self.svg(width: 330, height: 280, label: "Predicted and actual recall", body)
            + "<p class=\"note\">Points on the dashed diagonal: the memory model predicts you exactly. "
            + "<code>factdrill optimize</code> fits it to your reviews.</p>"
    }

    static let css = """
        body{font-family:"DejaVu Sans","Noto Sans","Noto Sans Arabic",Arial,sans-serif;margin:24px auto;max-width:1120px;\
        color:#24292f;background:#fff}
        h1{font-size:26px;margin:0 0 4px}h2{font-size:17px;margin:0 0 12px;color:#444}
        .meta,.note{color:#57606a;font-size:13px}
        .kpis{display:grid;grid-template-columns:repeat(7,1fr);gap:10px;margin:16px 0 6px}
        .kpi{border:1px solid #d0d7de;border-radius:8px;padding:10px 12px}
        .kpi .value{font-size:24px;font-weight:bold}.kpi .label{font-size:12px;color:#57606a}
        .row{display:grid;grid-template-columns:1fr 1fr;gap:16px}
        section{border:1px solid #d0d7de;border-radius:8px;padding:14px 16px;margin:16px 0}
        .row section{margin:0 0 0 0}.row{margin:16px 0}
        svg{max-width:100%;height:auto}svg text{font-size:12px}svg .axis{fill:#57606a}svg .value{fill:#24292f;font-weight:bold}
        svg .rule{stroke:#8c959f}svg .grid{stroke:#eaeef2}
        table{border-collapse:collapse;width:100%;font-size:13px}
        th,td{border-bottom:1px solid #eaeef2;padding:5px 8px;text-align:start;vertical-align:top}
        th{color:#57606a;font-weight:600}th.num,td.num{text-align:end;font-variant-numeric:tabular-nums}
        .alt{color:#8c959f;margin-inline-start:6px}
        bdi[dir=rtl]{font-family:"Noto Sans Arabic","Noto Naskh Arabic","DejaVu Sans",sans-serif}
        .empty{color:#8c959f}
        """
}
