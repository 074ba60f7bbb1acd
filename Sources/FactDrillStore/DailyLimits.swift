/// How many cards a day may bring: new cards introduced and review cards answered.
public struct DailyLimits: Sendable, Hashable, Codable {
    /// New cards a day (default 20).
    public var newCards = 20
    /// Reviews of review-state cards a day (default 200); learning steps are never held back.
    public var reviews = 200

    /// Creates limits.
    public init(newCards: Int = 20, reviews: Int = 200) {
        self.newCards = newCards
        self.reviews = reviews
    }
}
