import Foundation

/// A deck's own memory model (or the collection's, deck ''): FSRS parameters fitted to its
/// reviews and the retention its intervals aim for; nil fields fall back to the parent deck's,
/// then the collection's, then the defaults.
public struct MemoryModel: Sendable, Hashable {
    /// '' for the whole collection.
    public var deckID: String
    /// The 21 FSRS-6 parameters, nil for the defaults.
    public var parameters: [Double]?
    /// The desired retention, nil for 0.9.
    public var desiredRetention: Double?
    /// The fit's date, reviews and figures, when fitted.
    public var fittedAt: Date?
    public var reviews: Int?
    public var logLoss: Double?
    public var rmseBins: Double?

    /// A model for `deckID` ('' for the collection).
    public init(
        deckID: String, parameters: [Double]? = nil, desiredRetention: Double? = nil, fittedAt: Date? = nil,
        reviews: Int? = nil, logLoss: Double? = nil, rmseBins: Double? = nil
    ) {
        self.deckID = deckID
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.fittedAt = fittedAt
        self.reviews = reviews
        self.logLoss = logLoss
        self.rmseBins = rmseBins
    }
}
