import Foundation

/// Where "now" comes from: the system clock, or `FACTDRILL_NOW` (ISO 8601) for scripts and tests.
public struct Clock: Sendable {
    private let fixed: Date?

    /// A clock fixed at `date`, or the system clock when nil.
    public init(fixed: Date? = nil) {
        self.fixed = fixed
    }

    /// The clock the environment asks for; throws when `FACTDRILL_NOW` is set but not a date.
    public static func from(environment: [String: String]) throws -> Clock {
        guard let text = environment["FACTDRILL_NOW"], !text.isEmpty else { return Clock() }
        guard let date = parseISO8601(text) else {
            throw AppError.badEnvironment(
                name: "FACTDRILL_NOW", value: text,
                hint: "use ISO 8601, e.g. 2024-07-09T10:00:00Z")
        }
        return Clock(fixed: date)
    }

    /// The current instant.
    public func now() -> Date {
        fixed ?? Date()
    }

    /// Parses `2024-07-09T10:00:00Z`, with fractional seconds or an offset, or a bare `2024-07-09` (midnight UTC).
    static func parseISO8601(_ text: String) -> Date? {
        let full = ISO8601DateFormatter()
        if let date = full.date(from: text) { return date }
        full.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = full.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        return day.date(from: text)
    }

    /// The start of the study day that contains `date`: local midnight shifted by `rolloverHour`
    /// (Anki's "next day starts at" 4 a.m.), so late-night reviews count for the same day.
    public static func dayStart(of date: Date, rolloverHour: Int = 4, calendar: Calendar = .current) -> Date {
        let shifted = date.addingTimeInterval(-Double(rolloverHour) * 3600)
        let midnight = calendar.startOfDay(for: shifted)
        return midnight.addingTimeInterval(Double(rolloverHour) * 3600)
    }
}
