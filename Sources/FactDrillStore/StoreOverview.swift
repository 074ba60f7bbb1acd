import Foundation

/// The three numbers of the REPL's greeting, counted without the per-deck breakdown of
/// `decks(now:)` (which scans every card; this reads the schedule's indexes).
public struct StoreOverview: Hashable, Sendable {
    /// Installed decks.
    public var decks: Int
    /// Learning, review and relearning cards due now (not suspended, not buried, not retired).
    public var dueNow: Int
    /// Cards never studied (not suspended, not retired).
    public var new: Int

    /// Creates an overview.
    public init(decks: Int, dueNow: Int, new: Int) {
        self.decks = decks
        self.dueNow = dueNow
        self.new = new
    }
}
