import Foundation

/// A card in a study queue: what serving order needs (its row id, deck, key, fact and
/// schedule) without its content, which `StudyDatabase.cards(ids:)` reads shortly before it is
/// shown. A day's queue holds over a thousand cards; decoding only the next few keeps the first
/// card fast.
public struct QueuedCard: Hashable, Sendable, Identifiable {
    /// The row id (`StoredCard.id`).
    public let id: Int64
    /// The id of the deck the card belongs to.
    public let deckID: String
    /// The card key (`DeckCard.id`).
    public let key: String
    /// The id of the fact the card derives from: siblings share it.
    public let factID: String
    /// The scheduling state.
    public var schedule: ScheduleState

    /// Creates a queued card.
    public init(id: Int64, deckID: String, key: String, factID: String, schedule: ScheduleState) {
        self.id = id
        self.deckID = deckID
        self.key = key
        self.factID = factID
        self.schedule = schedule
    }

    /// The queue entry of a card read in full.
    public init(_ card: StoredCard) {
        self.init(id: card.id, deckID: card.deckID, key: card.card.id, factID: card.factID, schedule: card.schedule)
    }
}
