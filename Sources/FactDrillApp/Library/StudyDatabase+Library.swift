import FactDrillKit
import FactDrillStore
import Foundation

/// What commands ask of the installed decks, with the application's rules: an unknown deck is
/// an `AppError` naming the installed ones, and the study day starts at the rollover hour.
extension StudyDatabase {
    /// The installed deck `id`; throws `AppError.unknownDeck`, listing the installed decks, when
    /// there is none.
    @discardableResult
    public func requireDeck(_ id: String, now: Date) throws -> DeckSummary {
        guard let summary = try deck(id: id, now: now) else {
            throw AppError.unknownDeck(id, known: try decks(now: now).map(\.id))
        }
        return summary
    }

    /// The stats of `deck` (all decks when nil) at `now`, today starting at the day's rollover;
    /// an unknown deck is an error.
    /// Retrievability is the deck's scheduler's (`schedulers`: its fitted memory model, if any).
    public func stats(
        ofDeck deck: String?, at now: Date, rolloverHour: Int = 4, schedulers: SchedulerSet = SchedulerSet()
    ) throws -> Stats {
        if let deck { try requireDeck(deck, now: now) }
        return try stats(
            deck: deck, now: now, dayStart: Clock.dayStart(of: now, rolloverHour: rolloverHour),
            options: StatsOptions(scheduler: schedulers.scheduler(forDeck: deck)))
    }

    /// The installed deck `id` as a deck file: its current cards, retired ones left out.
    public func exportableDeck(_ id: String, now: Date) throws -> Deck {
        let summary = try requireDeck(id, now: now)
        let cards = try cards(deck: id).map(\.card)
        return Deck(deck: DeckInfo(id: summary.id, title: summary.title, languages: summary.languages), cards: cards)
    }
}
