import Foundation

/// A calendar date known to a precision: a year, a month or a day (`2022`, `2024-06`, `2024-07-09`).
///
/// Dates keep their precision: a question never asks for more than the model holds.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable, Codable {
        case year = 1
        case month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Creates a date; returns nil if the components do not form a real date
    /// (month 1-12, a day that exists in that month, a day only with a month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
        }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil if the text is not such a date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let numbers = parts.map { Int($0)! }
        self.init(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// The precision of this date.
    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// The ISO form at this date's precision: `2024`, `2024-07`, `2024-07-09`.
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// Orders by the earliest instant each date may denote; a year sorts before its months.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    /// Whether the two dates certainly denote different, ordered times: at the coarser of the
    /// two precisions they differ. (`2022` vs `2022-06` cannot be ordered.)
    public func isCertainlyBefore(_ other: PartialDate) -> Bool {
        let precision = min(self.precision, other.precision)
        return self.truncated(to: precision) < other.truncated(to: precision)
    }

    /// This date cut to a coarser precision.
    public func truncated(to precision: Precision) -> PartialDate {
        switch precision {
        case .year: return PartialDate(year: year)!
        case .month: return PartialDate(year: year, month: month)!
        case .day: return self
        }
    }

    /// The number of days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        self = try TextCoding.decode(from: decoder, noun: "date", PartialDate.init)
    }

    public func encode(to encoder: Encoder) throws {
        try TextCoding.encode(description, to: encoder)
    }
}
