import FSRS
import Foundation

/// Settings of a stats computation.
public struct StatsOptions: Hashable, Sendable {
    /// The scheduler whose memory model gives retrievability (its parameters and whole-day rule).
    public var scheduler: Scheduler
    /// Weeks of the review heatmap.
    public var heatmapWeeks: Int
    /// How many hardest cards to list.
    public var hardestLimit: Int
    /// Days of history (ending today) true retention and accuracy by type are computed over;
    /// nil for all history (slower on long histories: every answer is read).
    public var windowDays: Int?
    /// The review interval (days) from which a card is mature.
    public var matureDays: Double

    /// Creates options.
    public init(
        scheduler: Scheduler = .standard, heatmapWeeks: Int = 12, hardestLimit: Int = 10,
        windowDays: Int? = 30, matureDays: Double = 21
    ) {
        self.scheduler = scheduler
        self.heatmapWeeks = heatmapWeeks
        self.hardestLimit = hardestLimit
        self.windowDays = windowDays
        self.matureDays = matureDays
    }
}
