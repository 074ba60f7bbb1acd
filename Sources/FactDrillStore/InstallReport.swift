/// What installing a deck changed.
public struct InstallReport: Equatable, Sendable, Codable {
    /// Cards new to the deck (state new, due at install time).
    public var added: Int
    /// Cards whose id was known and whose content changed (progress kept); includes cards
    /// that come back after having been retired.
    public var updated: Int
    /// Cards whose id was known and whose content is the same.
    public var unchanged: Int
    /// Cards that left the deck: kept with their history, never shown.
    public var retired: Int

    /// Creates a report.
    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0, retired: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.retired = retired
    }
}
