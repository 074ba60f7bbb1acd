import FactDrillStore
import Foundation

/// A card a session shows, with where it stands in the session (`[3/17]`).
public struct StudyCard: Hashable, Sendable {
    /// The card with its schedule as it is before this answer.
    public var stored: StoredCard
    /// Its place in the session, from 1.
    public var position: Int
    /// How many cards the session has (growing when learning cards come back).
    public var total: Int

    /// A card at `position` of `total`.
    public init(stored: StoredCard, position: Int, total: Int) {
        self.stored = stored
        self.position = position
        self.total = total
    }
}
