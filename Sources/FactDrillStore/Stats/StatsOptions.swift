import Foundation

/// Settings of a stats computation.
public struct StatsOptions: Hashable, Sendable, Codable {
    /// FSRS-6 decay `w[20]`: R(t) = (1 + factor·t/S)^(-decay), factor = 0.9^(-1/decay) - 1.
    public var decay: Double
    /// Weeks of the review heatmap.
    public var heatmapWeeks: Int
    /// How many hardest cards to list.
    public var hardestLimit: Int
    /// Days of history (ending today) true retention and accuracy by type are computed over;
    /// nil for all history (slower on long histories: every answer is read).
    public var windowDays: Int?
    /// The review interval (days) from which a card is mature.
    public var matureDays: Double

    /// The FSRS-6 default decay.
    public static let defaultDecay = 0.1542

    /// Creates options.
    public init(decay: Double = StatsOptions.defaultDecay, heatmapWeeks: Int = 12, hardestLimit: Int = 10,
                windowDays: Int? = 30, matureDays: Double = 21) {
        self.decay = decay
        self.heatmapWeeks = heatmapWeeks
        self.hardestLimit = hardestLimit
        self.windowDays = windowDays
        self.matureDays = matureDays
    }

    /// The factor of the forgetting curve for `decay`, so that R(S) = 0.9.
    var factor: Double { Foundation.pow(0.9, -1 / decay) - 1 }
}
