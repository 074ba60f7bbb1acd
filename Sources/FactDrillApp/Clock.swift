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
        if let date = parsePlainUTC(text) { return date }
        let full = ISO8601DateFormatter()
        if let date = full.date(from: text) { return date }
        full.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = full.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        return day.date(from: text)
    }

    /// `2024-07-09T10:00:00Z` exactly (the form scripts and tests set), read without
    /// `ISO8601DateFormatter`, whose first use loads ICU (milliseconds at every start); nil for
    /// anything else, including dates that do not exist, which the formatter then judges.
    static func parsePlainUTC(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            bytes[19] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            year >= 1900, (1...12).contains(month), hour < 24, minute < 60, second < 60
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...monthDays[month - 1]).contains(day) else { return nil }
        // Days from 1970-01-01 to the date in the proleptic Gregorian calendar (Howard Hinnant's
        // days_from_civil).
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// The start of the study day that contains `date`: local midnight shifted by `rolloverHour`
    /// (Anki's "next day starts at" 4 a.m.), so late-night reviews count for the same day.
    public static func dayStart(of date: Date, rolloverHour: Int = 4, calendar: Calendar = .current) -> Date {
        let shifted = date.addingTimeInterval(-Double(rolloverHour) * 3600)
        let midnight = calendar.startOfDay(for: shifted)
        return midnight.addingTimeInterval(Double(rolloverHour) * 3600)
    }
}
