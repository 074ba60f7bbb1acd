import FactDrillStore
import Foundation

/// `export reviews`: the review log as CSV in the FSRS optimizer's format, so users can fit
/// their own parameters (`fsrs-optimizer`, `fsrs-rs-python`).
///
/// Columns: `card_id` (the card's row id), `review_time` (UTC Unix time in milliseconds),
/// `review_rating` (1 Again, 2 Hard, 3 Good, 4 Easy), `review_state` (the card's state when
/// reviewed: 0 new, 1 learning, 2 review, 3 relearning), `review_duration` (milliseconds).
/// Only scheduled reviews are written: practice answers (`study --ahead`) did not change the
/// schedule and would mislead the optimizer.
public enum ReviewLogExporter {
    /// The header line.
    public static let header = "card_id,review_time,review_rating,review_state,review_duration"

    /// Writes the header and one row per review of `deck` (all decks when nil), oldest first,
    /// calling `handle` with each line, line feed included; returns the rows written.
    @discardableResult
    public static func write(from database: StudyDatabase, deck: String?, to handle: (String) -> Void) throws -> Int {
        handle(header + "\n")
        var rows = 0
        try database.forEachReview(deck: deck) { entry in
            guard let line = row(entry) else { return }
            handle(line + "\n")
            rows += 1
        }
        return rows
    }

    /// The CSV row of `entry`, or nil for practice answers (reviews imported from Anki count:
    /// they are the analyst's memory too).
    static func row(_ entry: ReviewLogEntry) -> String? {
        guard entry.kind != .practice else { return nil }
        let milliseconds = Int64((entry.reviewedAt.timeIntervalSince1970 * 1000).rounded())
        let state = entry.before.state?.rawValue ?? 0
        let rating = entry.rating.rawValue
        return "\(entry.cardID),\(milliseconds),\(rating),\(state),\(max(0, entry.durationMs))"
    }
}
