import Foundation

/// Short human forms of durations, as Anki shows them on its answer buttons: `1m`, `6m`,
/// `2h`, `3d`, `1.5mo`, `2.1y`.
enum IntervalText {
    /// A duration in seconds as a short text.
    static func short(_ seconds: TimeInterval) -> String {
        let minutes = seconds / 60
        let hours = minutes / 60
        let days = hours / 24
        if minutes < 1 { return "<1m" }
        if hours < 1 { return "\(Int(minutes.rounded()))m" }
        if days < 1 { return trimmed(hours) + "h" }
        if days < 30 { return "\(Int(days.rounded()))d" }
        if days < 365 { return trimmed(days / 30) + "mo" }
        return trimmed(days / 365) + "y"
    }

    /// A duration to come, for sentences: "in 10m", "now".
    static func until(_ date: Date, from now: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        return seconds <= 0 ? "now" : "in \(short(seconds))"
    }

    /// One decimal, dropping a trailing ".0".
    private static func trimmed(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(format: "%.1f", tenths)
    }

    /// A wall-clock duration such as `4m 12s` for session summaries.
    static func elapsed(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds.rounded()))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m \(total % 60)s" }
        return "\(total / 3600)h \(total % 3600 / 60)m"
    }
}
