import FactDrillKit
import Foundation

/// A card as stored: its row id, its deck, its content as imported and its scheduling state.
public struct StoredCard: Hashable, Sendable, Identifiable {
    /// The row id (stable for the life of the database; review log rows refer to it).
    public let id: Int64
    /// The id of the deck the card belongs to.
    public let deckID: String
    /// The card's content as last imported (`card.id` is the card key, `card.fact` its fact).
    public let card: DeckCard
    /// The scheduling state.
    public var schedule: ScheduleState
    /// Whether the user suspended the card (never shown until unsuspended).
    public var suspended: Bool
    /// The card is not shown before this date (`:skip` buries it till tomorrow).
    public var buriedUntil: Date?
    /// Whether the card has left its deck on a re-import (kept for its history, never shown).
    public var retired: Bool

    /// The id of the fact the card derives from: siblings share it.
    public var factID: String { card.fact }

    /// Creates a stored card.
    public init(
        id: Int64, deckID: String, card: DeckCard, schedule: ScheduleState,
        suspended: Bool = false, buriedUntil: Date? = nil, retired: Bool = false
    ) {
        self.id = id
        self.deckID = deckID
        self.card = card
        self.schedule = schedule
        self.suspended = suspended
        self.buriedUntil = buriedUntil
        self.retired = retired
    }
}
