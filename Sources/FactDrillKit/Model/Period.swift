import Foundation

/// A date or a range of dates, as a ranking's `period` ("2019-2023").
public struct Period: Hashable, Sendable, CustomStringConvertible, Codable {
    public let start: PartialDate
    /// The end of a range; nil for a single date.
    public let end: PartialDate?

    public init(start: PartialDate, end: PartialDate? = nil) {
        self.start = start
        self.end = end
    }

    /// Parses `2019`, `2024-07`, `2019-2023` or `2023-01-2023-12`: a date, or two dates joined
    /// by a hyphen with the start not after the end. Nil otherwise.
    public init?(_ text: String) {
        if let single = PartialDate(text) {
            self.init(start: single)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        // Split into two halves of equal shape: 1+1 (years), 2+2 (months), 3+3 (days).
        guard parts.count % 2 == 0, parts.count <= 6 else { return nil }
        let half = parts.count / 2
        guard let start = PartialDate(parts[..<half].joined(separator: "-")),
            let end = PartialDate(parts[half...].joined(separator: "-")),
            !(end < start)
        else { return nil }
        self.init(start: start, end: end)
    }

    public var description: String {
        end.map { "\(start)-\($0)" } ?? start.description
    }

    public init(from decoder: Decoder) throws {
        self = try TextCoding.decode(from: decoder, noun: "period", Period.init)
    }

    public func encode(to encoder: Encoder) throws {
        try TextCoding.encode(description, to: encoder)
    }
}
