import FactDrillStore
import Foundation

/// The cards of one session in the order they are served: due cards (most overdue first), then
/// new ones; cards that come back within the session (learning steps) wait until due; two cards
/// of one fact are never served back to back while another card can go between them.
struct SessionQueue {
    private(set) var pending: [StoredCard]
    /// Cards answered this session that are due again soon (learning steps), soonest first.
    private(set) var returning: [StoredCard] = []
    private var lastFact: String?

    init(_ queue: StudyQueue) {
        pending = queue.due.sorted { $0.schedule.due < $1.schedule.due } + queue.new
    }

    init(cards: [StoredCard]) {
        pending = cards
    }

    /// How many cards are still to be shown.
    var remaining: Int { pending.count + returning.count }

    /// The next card to show at `now`: a returning card that is due, else the next pending
    /// card, else (learning ahead) the soonest returning card. Nil when the session is done.
    mutating func next(at now: Date) -> StoredCard? {
        let card: StoredCard
        if let first = returning.first, first.schedule.due <= now || pending.isEmpty {
            card = returning.removeFirst()
        } else if !pending.isEmpty {
            let index = pending.firstIndex { $0.card.fact != lastFact } ?? 0
            card = pending.remove(at: index)
        } else {
            return nil
        }
        lastFact = card.card.fact
        return card
    }

    /// Puts a card back to be shown again when due (it came back within the learn-ahead window).
    mutating func requeue(_ card: StoredCard) {
        let index = returning.firstIndex { $0.schedule.due > card.schedule.due } ?? returning.endIndex
        returning.insert(card, at: index)
    }

    /// Puts a card first (after an undo), dropping any later copy of it.
    mutating func pushFront(_ card: StoredCard) {
        pending.removeAll { $0.id == card.id }
        returning.removeAll { $0.id == card.id }
        pending.insert(card, at: 0)
        lastFact = nil
    }
}
