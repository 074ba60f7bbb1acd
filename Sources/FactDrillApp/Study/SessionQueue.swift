import FactDrillStore
import Foundation

/// The cards of one session in the order they are served: due cards (most overdue first), then
/// new ones; cards that come back within the session (learning steps) wait until due; two cards
/// of one fact are never served back to back while another card can go between them. It holds
/// queue entries: the session reads a card's content when it is served.
struct SessionQueue {
    private(set) var pending: [QueuedCard]
    /// Cards answered this session that are due again soon (learning steps), soonest first.
    private(set) var returning: [QueuedCard] = []
    private var lastFact: String?

    init(_ queue: StudyQueue) {
        pending = queue.due.sorted { $0.schedule.due < $1.schedule.due } + queue.new
    }

    init(cards: [QueuedCard]) {
        pending = cards
    }

    /// How many cards are still to be shown.
    var remaining: Int { pending.count + returning.count }

    /// The next card to show at `now`: a returning card that is due, else the next pending
    /// card, else (learning ahead) the soonest returning card. Nil when the session is done.
    mutating func next(at now: Date) -> QueuedCard? {
        let card: QueuedCard
        if let first = returning.first, first.schedule.due <= now || pending.isEmpty {
            card = returning.removeFirst()
        } else if !pending.isEmpty {
            let index = pending.firstIndex { $0.factID != lastFact } ?? 0
            card = pending.remove(at: index)
        } else {
            return nil
        }
        lastFact = card.factID
        return card
    }

    /// The cards that may come next: up to `count` returning and `count` pending ones, in order.
    func upcoming(_ count: Int) -> [QueuedCard] {
        Array(returning.prefix(count) + pending.prefix(count))
    }

    /// Puts a card back to be shown again when due (it came back within the learn-ahead window).
    mutating func requeue(_ card: QueuedCard) {
        let index = returning.firstIndex { $0.schedule.due > card.schedule.due } ?? returning.endIndex
        returning.insert(card, at: index)
    }

    /// Puts a card first (after an undo), dropping any later copy of it.
    mutating func pushFront(_ card: QueuedCard) {
        pending.removeAll { $0.id == card.id }
        returning.removeAll { $0.id == card.id }
        pending.insert(card, at: 0)
        lastFact = nil
    }
}
