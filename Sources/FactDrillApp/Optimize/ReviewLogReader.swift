import FSRS
import Foundation

/// Reads a review log in the FSRS tools' CSV format (what `export reviews` writes) into the
/// reviews the optimizer learns from. All or nothing: a bad line is an error naming it.
public enum ReviewLogReader {
    /// The columns read (others are ignored, in any order).
    public static let columns = ["card_id", "review_time", "review_rating", "review_state", "review_duration"]

    /// One review of the log.
    public struct Row: Sendable, Hashable {
        public var cardID: Int64
        /// Epoch milliseconds.
        public var time: Int64
        public var rating: Rating
        /// 0 new, 1 learning, 2 review, 3 relearning (the card's state before the review).
        public var state: Int
    }

    /// The rows of `text`, and how many were skipped (rating 0: a manual reschedule, no answer).
    public static func read(_ text: String, path: String) throws -> (rows: [Row], skipped: Int) {
        try read(Array(text.utf8), path: path)
    }

    /// The rows of the file's bytes (read byte by byte: a log of a million reviews takes a
    /// fraction of a second), and how many were skipped.
    public static func read(_ bytes: [UInt8], path: String) throws -> (rows: [Row], skipped: Int) {
        var lines: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(start..<index)
            start = index + 1
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        func text(_ range: Range<Int>) -> String {
            var end = range.upperBound
            if end > range.lowerBound, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            return String(decoding: bytes[range.lowerBound..<end], as: UTF8.self)
        }
        guard let headerRange = lines.first, !text(headerRange).isEmpty else {
            throw AppError.badReviewLog(path: path, line: 0, problem: "the file is empty")
        }
        let header = text(headerRange)
        let names = header.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        var position: [Int] = []
        for column in columns {
            guard let at = names.firstIndex(of: column) else {
                throw AppError.badReviewLog(
                    path: path, line: 1, problem: "the header has no column \(column) (it reads: \(header.prefix(120)))"
                )
            }
            position.append(at)
        }
        let width = (position.max() ?? 0) + 1
        var rows: [Row] = []
        var skipped = 0
        rows.reserveCapacity(lines.count)
        var fields = [Range<Int>](repeating: 0..<0, count: width)
        for (offset, line) in lines.enumerated().dropFirst() {
            var end = line.upperBound
            if end > line.lowerBound, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            if end == line.lowerBound { continue }
            let number = offset + 1
            // The first `width` fields' ranges.
            var count = 0
            var fieldStart = line.lowerBound
            var index = line.lowerBound
            while index <= end, count < width {
                if index == end || bytes[index] == UInt8(ascii: ",") {
                    fields[count] = fieldStart..<index
                    count += 1
                    fieldStart = index + 1
                }
                index += 1
            }
            func value(_ column: Int) throws -> Int64 {
                let at = position[column]
                guard at < count else {
                    throw AppError.badReviewLog(
                        path: path, line: number, problem: "\(count) fields, no \(columns[column])")
                }
                guard let parsed = integer(bytes, fields[at]) else {
                    let shown = text(fields[at]).trimmingCharacters(in: .whitespaces).prefix(40)
                    throw AppError.badReviewLog(
                        path: path, line: number, problem: "\(columns[column]) '\(shown)' is not a whole number")
                }
                return parsed
            }
            let ratingValue = try value(2)
            if ratingValue == 0 {
                skipped += 1
                continue
            }
            guard let rating = Rating(rawValue: Int(clamping: ratingValue)) else {
                throw AppError.badReviewLog(
                    path: path, line: number,
                    problem: "review_rating \(ratingValue) is not 1-4 (Again, Hard, Good, Easy)")
            }
            let time = try value(1)
            // (Milliseconds since 1970: 10^11 is March 1973; seconds would be a thousand times smaller.)
            guard time > 100_000_000_000 else {
                throw AppError.badReviewLog(
                    path: path, line: number, problem: "review_time \(time) is not in epoch milliseconds")
            }
            let state = try value(3)
            guard (0...3).contains(state) else {
                throw AppError.badReviewLog(
                    path: path, line: number,
                    problem: "review_state \(state) is not 0-3 (new, learning, review, relearning)")
            }
            _ = try value(4)
            rows.append(Row(cardID: try value(0), time: time, rating: rating, state: Int(state)))
        }
        return (rows, skipped)
    }

    /// A decimal integer (optional sign, spaces around) in `bytes[range]`, nil if it is not one
    /// or does not fit.
    static func integer(_ bytes: [UInt8], _ range: Range<Int>) -> Int64? {
        var index = range.lowerBound
        var end = range.upperBound
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        while end > index, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var negative = false
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < end, end - index <= 18 else { return nil }
        var value: Int64 = 0
        while index < end {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
            index += 1
        }
        return negative ? -value : value
    }

    /// Each card's history, oldest first, days counted from the study day's start
    /// (`dayStartHour` local time in `timeZone`). A card whose log does not begin with its first
    /// review (state new) is left out and counted: the optimizer needs whole histories.
    public static func histories(
        _ rows: [Row], dayStartHour: Int, timeZone: TimeZone = .current
    ) -> (histories: [CardHistory], partial: Int) {
        var byCard: [Int64: [Row]] = [:]
        for row in rows { byCard[row.cardID, default: []].append(row) }
        var histories: [CardHistory] = []
        var partial = 0
        var days = DayCounter(dayStartHour: dayStartHour, timeZone: timeZone)
        for cardID in byCard.keys.sorted() {
            let reviews = byCard[cardID]!.sorted { $0.time < $1.time }
            guard reviews[0].state == 0 else {
                partial += 1
                continue
            }
            histories.append(
                CardHistory(
                    cardID: cardID,
                    reviews: reviews.map { (row: Row) -> CardHistory.Review in
                        let seconds = Double(row.time) / 1000
                        return CardHistory.Review(
                            rating: row.rating, day: days.day(of: seconds), time: seconds)
                    }))
        }
        return (histories, partial)
    }

    /// The study day of an instant (seconds since 1970): days since 1970 of local time shifted
    /// back by the hour the day starts at.
    public static func day(of seconds: Double, dayStartHour: Int, timeZone: TimeZone = .current) -> Int {
        var counter = DayCounter(dayStartHour: dayStartHour, timeZone: timeZone)
        return counter.day(of: seconds)
    }

    /// Study days of many instants: the time zone's offset asked once per hour of history
    /// (offsets change on the hour), not once per review.
    struct DayCounter {
        let dayStartHour: Int
        let timeZone: TimeZone
        var offsets: [Int64: Int] = [:]

        mutating func day(of seconds: Double) -> Int {
            let hour = Int64((seconds / 3600).rounded(.down))
            let offset: Int
            if let known = offsets[hour] {
                offset = known
            } else {
                offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(hour) * 3600))
                offsets[hour] = offset
            }
            return Int(((seconds + Double(offset) - Double(dayStartHour) * 3600) / 86_400).rounded(.down))
        }
    }
}
