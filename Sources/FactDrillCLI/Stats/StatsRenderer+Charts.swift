import FactDrillApp
import FactDrillStore
import Foundation

/// The forecast bar chart and the review heatmap of the terminal view.
extension StatsRenderer {
    /// The eighths of a cell, from one eighth to a full block.
    static let eighths = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    /// Heatmap levels 0 (no answers) to 4 (the busiest days).
    static let unicodeLevels = ["·", "░", "▒", "▓", "█"]
    /// Heatmap levels in ASCII.
    static let asciiLevels = [".", ":", "-", "=", "#"]

    /// A bar `fraction` (0...1) of `width` cells: eighths of a block, or whole `#` in ASCII.
    func bar(fraction: Double, width: Int) -> String {
        let clamped = min(1, max(0, fraction.isFinite ? fraction : 0))
        guard unicode else {
            return String(repeating: "#", count: Int((clamped * Double(width)).rounded()))
        }
        let eighthsTotal = Int((clamped * Double(width * 8)).rounded())
        var bar = String(repeating: "█", count: eighthsTotal / 8)
        if eighthsTotal % 8 > 0 { bar += Self.eighths[eighthsTotal % 8 - 1] }
        return bar
    }

    /// The 7-day forecast: one line per day with its bar and count.
    func forecast(_ days: [DayCount]) -> [[Span]] {
        guard !days.isEmpty else { return [] }
        let most = days.map(\.count).max() ?? 0
        let countWidth = String(most).count
        // The label takes 15 cells and the count its own after a blank: the bar gets the rest.
        let barWidth = width.map { max(1, min(self.barWidth, $0 - 16 - countWidth)) } ?? self.barWidth
        var lines: [[Span]] = [[Span.bold("Due forecast, next \(days.count) days")]]
        for day in days {
            let label = StatsText.shortDay(day.date) + (day.day == 0 ? " (today)" : "")
            let fraction = most == 0 ? 0 : Double(day.count) / Double(most)
            let drawn = bar(fraction: fraction, width: barWidth)
            let padding = String(repeating: " ", count: barWidth + 1 - drawn.count)
            let count = String(repeating: " ", count: countWidth - String(day.count).count) + String(day.count)
            lines.append([
                Span(label.padding(toLength: 15, withPad: " ", startingAt: 0)),
                Span(drawn, style: .cyan), Span(padding + count),
            ])
        }
        return lines
    }

    /// The heatmap level (0...4) of `count` on a scale whose busiest day is `most`.
    static func level(_ count: Int, most: Int) -> Int {
        StatsText.heatLevel(count, most: most)
    }

    /// The review heatmap: a column per calendar week (Monday first), a row per weekday; the
    /// latest weeks that fit the width.
    func heatmap(_ days: [DayCount]) -> [[Span]] {
        guard var first = days.first else { return [] }
        var days = days
        if let width {
            // A week takes 3 cells after the 4 of the weekday names.
            let fitting = max(1, (width - 4 + 1) / 3)
            let weeks = (StatsText.weekdayIndex(first.date) + days.count + 6) / 7
            if weeks > fitting {
                days.removeFirst((weeks - fitting) * 7 - StatsText.weekdayIndex(first.date))
                first = days[0]
            }
        }
        let offset = StatsText.weekdayIndex(first.date)
        let columns = (offset + days.count + 6) / 7
        var grid = Array(repeating: Array(repeating: "  ", count: columns), count: 7)
        let most = days.map(\.count).max() ?? 0
        let levels = unicode ? Self.unicodeLevels : Self.asciiLevels
        for (index, day) in days.enumerated() {
            let slot = index + offset
            let glyph = levels[Self.level(day.count, most: most)]
            grid[slot % 7][slot / 7] = glyph + glyph
        }
        let total = days.reduce(0) { $0 + $1.count }
        let active = days.filter { $0.count > 0 }.count
        let weeks = (days.count + 6) / 7
        var lines: [[Span]] = [
            [
                Span.bold("Reviews, last \(weeks) weeks"),
                Span(" (\(total) answers on \(active) days, busiest \(most))"),
            ]
        ]
        lines.append([Span("    " + StatsText.dayMonth(first.date), style: .dim)])
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        for row in 0..<7 {
            var line = grid[row].joined(separator: " ")
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append([Span(names[row] + " ", style: .dim), Span(line, style: .green)])
        }
        let legend = levels.map { $0 + $0 }.joined(separator: " ")
        lines.append([Span("    less " + legend + " more", style: .dim)])
        return lines
    }
}
