import FSRS
import Foundation
import GRDB

/// One review as the optimizer needs it: which card, when, the rating and the card's state
/// before it (0 new, 1 learning, 2 review, 3 relearning).
public struct FittingReview: Sendable, Hashable {
    public var cardID: Int64
    /// Unix seconds.
    public var reviewedAt: Double
    public var rating: Rating
    public var stateBefore: Int
}

extension StudyDatabase {
    /// The reviews `optimize` learns from, by card and time: scheduled and imported ones
    /// (practice answers left out) of `deck` and its subdecks (all decks when nil). Read through
    /// SQLite's C API: a million reviews in well under a second.
    public func reviewsForFitting(deck: String?) throws -> [FittingReview] {
        try read("reading the reviews to fit") { db in
            let scope =
                deck == nil
                ? ""
                : "AND card_id IN (SELECT id FROM cards WHERE deck_id = :deck OR substr(deck_id, 1, :length) = :prefix)"
            var arguments: [String: (any DatabaseValueConvertible)?] = [:]
            if let deck {
                arguments = ["deck": deck, "prefix": deck + "::", "length": (deck + "::").count]
            }
            let rows = try RawRows(
                db,
                sql: """
                    SELECT card_id, reviewed_at, rating, state_before FROM review_log
                    WHERE kind <> '\(ReviewKind.practice.rawValue)' \(scope)
                    ORDER BY card_id, reviewed_at, id
                    """, arguments: StatementArguments(arguments))
            var reviews: [FittingReview] = []
            while try rows.next() {
                guard let rating = Rating(rawValue: rows.int(2)) else { continue }
                reviews.append(
                    FittingReview(
                        cardID: rows.int64(0), reviewedAt: rows.double(1), rating: rating, stateBefore: rows.int(3)))
            }
            return reviews
        }
    }
}
