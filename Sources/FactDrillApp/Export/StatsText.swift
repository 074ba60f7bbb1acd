import FactDrillKit
import Foundation

/// Number, date and text formatting shared by the exporters and the CLI's stats renderer.
public enum StatsText {
    /// `0.8734` as `87.3%`; `-` when nil.
    public static func percent(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: "%.1f%%", value * 100)
    }

    /// A duration in milliseconds as `1h 02m`, `4m 12s` or `9s`.
    public static func duration(milliseconds: Int) -> String {
        let seconds = max(0, milliseconds) / 1000
        if seconds >= 3600 { return String(format: "%dh %02dm", seconds / 3600, seconds % 3600 / 60) }
        if seconds >= 60 { return String(format: "%dm %02ds", seconds / 60, seconds % 60) }
        return "\(seconds)s"
    }

    /// A value rounded to 4 decimals (the precision rates and means are exported with).
    public static func rounded(_ value: Double?) -> Double? {
        value.map { ($0 * 10_000).rounded() / 10_000 }
    }

    /// The UTC Gregorian calendar; days are labelled by their local noon (`date + 12 h`), which
    /// falls on the right calendar day for any day start between UTC-12 and UTC+12.
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Monday-based weekday index (0 Monday … 6 Sunday) of the day starting at `dayStart`.
    public static func weekdayIndex(_ dayStart: Date) -> Int {
        let weekday = calendar.component(.weekday, from: dayStart.addingTimeInterval(43_200))  // 1 = Sunday
        return (weekday + 5) % 7
    }

    /// `Mon` for the day starting at `dayStart`.
    public static func weekdayName(_ dayStart: Date) -> String {
        weekdays[(weekdayIndex(dayStart) + 1) % 7]
    }

    /// `Mon 12` for the day starting at `dayStart`.
    public static func shortDay(_ dayStart: Date) -> String {
        let day = calendar.component(.day, from: dayStart.addingTimeInterval(43_200))
        return weekdayName(dayStart) + " " + (day < 10 ? " " : "") + String(day)
    }

    /// `12 Jan` for the day starting at `dayStart`.
    public static func dayMonth(_ dayStart: Date) -> String {
        let parts = calendar.dateComponents([.day, .month], from: dayStart.addingTimeInterval(43_200))
        return "\(parts.day ?? 1) \(months[((parts.month ?? 1) - 1) % 12])"
    }

    /// `2026-01-10` for the day starting at `dayStart`.
    public static func isoDay(_ dayStart: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: dayStart.addingTimeInterval(43_200))
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// An ISO 8601 timestamp in UTC with seconds (`2026-01-10T10:00:00Z`).
    public static func isoTimestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The text of `text` to show: `preferred` language first, then English, Arabic, any.
    public static func pick(_ text: LocalizedText?, preferred: String = "en") -> String {
        guard let text else { return "" }
        for language in [preferred, "en", "ar"] {
            if let value = text[language], !value.isEmpty { return value }
        }
        return text.allStrings.first ?? ""
    }

    /// The heatmap level (0 none, 1...4 by quarters of the busiest day) of a day with `count`
    /// answers, `most` being the busiest day's; the terminal and HTML heatmaps share it.
    public static func heatLevel(_ count: Int, most: Int) -> Int {
        guard count > 0, most > 0 else { return 0 }
        return min(4, max(1, Int((4 * Double(count) / Double(most)).rounded(.up))))
    }

    /// The canonical fact types, in the order reports list them.
    public static let factTypes = FactType.allCases.map(\.rawValue)
}
