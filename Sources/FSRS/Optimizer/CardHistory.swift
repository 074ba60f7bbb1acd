import Foundation

/// One card's reviews, oldest first, as the optimizer learns from them.
public struct CardHistory: Sendable, Hashable {
    /// One review: its rating, the learner's day it fell on, and when (to order items by recency).
    public struct Review: Sendable, Hashable {
        /// The rating given.
        public let rating: Rating
        /// The learner's day number (days since any fixed origin, counted from the day start).
        public let day: Int
        /// When it happened, in seconds since any fixed origin (orders training items by recency).
        public let time: Double

        /// A review rated `rating` on `day` at `time`.
        public init(rating: Rating, day: Int, time: Double) {
            self.rating = rating
            self.day = day
            self.time = time
        }
    }

    /// The card's identifier (groups its items into one trace).
    public let cardID: Int64
    /// The reviews, oldest first, starting at the card's first review.
    public let reviews: [Review]

    /// A card's history; `reviews` must start at the card's first review, oldest first.
    public init(cardID: Int64, reviews: [Review]) {
        self.cardID = cardID
        self.reviews = reviews
    }

    /// Whole days since the previous review, 0 for the first (and for same-day reviews).
    public var elapsedDays: [Int] {
        reviews.indices.map { index in index == 0 ? 0 : max(0, reviews[index].day - reviews[index - 1].day) }
    }
}
