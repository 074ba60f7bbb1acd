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
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first else {
            throw AppError.badReviewLog(path: path, line: 0, problem: "the file is empty")
        }
        let names = header.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        var index: [String: Int] = [:]
        for column in columns {
            guard let at = names.firstIndex(of: column) else {
                throw AppError.badReviewLog(
                    path: path, line: 1, problem: "the header has no column \(column) (it reads: \(header.prefix(120)))"
                )
            }
            index[column] = at
        }
        var rows: [Row] = []
        var skipped = 0
        rows.reserveCapacity(lines.count)
        for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let number = offset + 1
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            func value(_ column: String) throws -> Int64 {
                let at = index[column]!
                guard at < fields.count else {
                    throw AppError.badReviewLog(
                        path: path, line: number, problem: "\(fields.count) fields, no \(column)")
                }
                let text = fields[at].trimmingCharacters(in: .whitespaces)
                guard let number = Int64(text) else {
                    throw AppError.badReviewLog(
                        path: path, line: number, problem: "\(column) '\(text.prefix(40))' is not a whole number")
                }
                return number
            }
            let ratingValue = try value("review_rating")
            if ratingValue == 0 {
                skipped += 1
                continue
            }
            guard let rating = Rating(rawValue: Int(clamping: ratingValue)) else {
                throw AppError.badReviewLog(
                    path: path, line: number,
                    problem: "review_rating \(ratingValue) is not 1-4 (Again, Hard, Good, Easy)")
            }
            let time = try value("review_time")
            // (Milliseconds since 1970: 10^11 is March 1973; seconds would be a thousand times smaller.)
            guard time > 100_000_000_000 else {
                throw AppError.badReviewLog(
                    path: path, line: number, problem: "review_time \(time) is not in epoch milliseconds")
            }
            let state = try value("review_state")
            guard (0...3).contains(state) else {
                throw AppError.badReviewLog(
                    path: path, line: number,
                    problem: "review_state \(state) is not 0-3 (new, learning, review, relearning)")
            }
            _ = try value("review_duration")
            rows.append(Row(cardID: try value("card_id"), time: time, rating: rating, state: Int(state)))
        }
        return (rows, skipped)
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
        for cardID in byCard.keys.sorted() {
            let reviews = byCard[cardID]!.sorted { $0.time < $1.time }
            guard reviews[0].state == 0 else {
                partial += 1
                continue
            }
            histories.append(
                CardHistory(
                    cardID: cardID,
                    reviews: reviews.map { row in
                        let seconds = Double(row.time) / 1000
                        return CardHistory.Review(
                            rating: row.rating, day: day(of: seconds, dayStartHour: dayStartHour, timeZone: timeZone),
                            time: seconds)
                    }))
        }
        return (histories, partial)
    }

    /// The study day of an instant (seconds since 1970): days since 1970 of local time shifted
    /// back by the hour the day starts at.
    public static func day(of seconds: Double, dayStartHour: Int, timeZone: TimeZone = .current) -> Int {
        let offset = Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds)))
        return Int(((seconds + offset - Double(dayStartHour) * 3600) / 86_400).rounded(.down))
    }
}
