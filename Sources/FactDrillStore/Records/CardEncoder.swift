import FactDrillKit
import Foundation

/// A card already stored in the deck being installed: its row id and content.
struct ExistingCard: Sendable {
    var id: Int64
    var content: CardRecord
    var retired: Bool
}

/// The card work of an install that needs no database, done on a second thread while the
/// database thread writes: checking ids (empty, repeated), telling new cards from known ones,
/// and encoding both into `CardRecord`s. Installing 100,000 cards, this is a third of the time
/// spent in the install loop; on another core it costs the writer nothing.
///
/// Chunks come out in deck order through a small bounded queue, so memory stays flat.
final class CardEncoder: @unchecked Sendable {
    /// A piece of the deck, ready to write.
    enum Chunk: Sendable {
        /// New cards (at most `CardInserter.rowsPerStatement`), keys and content.
        case insert(keys: [String], content: CardRecord)
        /// A known card whose content or retirement changed.
        case update(id: Int64, content: CardRecord)
        /// Cards counted for the progress bar (known and unchanged, or just handed out).
        case covered(Int)
    }

    /// What is left once every card was handed out.
    struct Outcome: Sendable {
        /// Known cards that are not in the deck any more (to retire).
        var leftOver: [String: ExistingCard]
        /// Known cards whose content is unchanged.
        var unchanged: Int
    }

    private let condition = NSCondition()
    private var queue: [Chunk] = []
    private var outcome: Result<Outcome, StoreError>?
    private var cancelled = false
    private var running = true
    private static let capacity = 32

    /// Starts encoding `deck`'s cards against `existing` (the deck's stored cards by key).
    init(deck: Deck, existing: [String: ExistingCard]) {
        let thread = Thread { [self] in
            produce(deck, existing: existing)
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The next chunk, or nil once all are out (then `finish()` tells the outcome).
    func next() -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && running { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let chunk = queue.removeFirst()
        condition.broadcast()
        return chunk
    }

    /// Waits for the encoder to stop and returns what it found, or throws the deck's first
    /// problem (an empty or repeated id).
    func finish() throws -> Outcome {
        condition.lock()
        defer { condition.unlock() }
        while running { condition.wait() }
        switch outcome {
        case .success(let outcome): return outcome
        case .failure(let error): throw error
        case nil: throw StoreError.invalidDeck(deck: "", reason: "the install was cancelled")
        }
    }

    /// Stops the encoder (the writer failed) and waits until it has.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    private func produce(_ deck: Deck, existing: [String: ExistingCard]) {
        var existing = existing
        var seen = Set<String>(minimumCapacity: deck.cards.count)
        var keys: [String] = []
        var content = CardRecord()
        var unchanged = 0
        var covered = 0
        var result: Result<Outcome, StoreError>
        /// Hands out the new cards gathered (a full statement's worth, or all at the end) and
        /// the count of cards covered so far.
        func flush(newCardsFrom minimum: Int) -> Bool {
            if !keys.isEmpty && keys.count >= minimum {
                guard emit(.insert(keys: keys, content: content)) else { return false }
                keys = []
                content = CardRecord()
            }
            if covered > 0 {
                guard emit(.covered(covered)) else { return false }
                covered = 0
            }
            return true
        }
        produce: do {
            for (index, card) in deck.cards.enumerated() {
                guard !card.id.isEmpty else {
                    result = .failure(.invalidDeck(deck: deck.deck.id, reason: "card \(index + 1) has an empty id"))
                    break produce
                }
                guard seen.insert(card.id).inserted else {
                    result = .failure(.duplicateCardID(deck: deck.deck.id, cardID: card.id, index: index))
                    break produce
                }
                covered += 1
                if let old = existing.removeValue(forKey: card.id) {
                    let record = CardRecord(card)
                    if old.content == record && !old.retired {
                        unchanged += 1
                    } else {
                        guard emit(.update(id: old.id, content: record)) else { return stop(nil) }
                    }
                } else {
                    keys.append(card.id)
                    content.append(card)
                }
                // New cards go out a full statement at a time (only the last chunk is shorter);
                // the count covered, for the progress bar, every statement's worth of cards.
                if keys.count == CardInserter.rowsPerStatement || covered >= CardInserter.rowsPerStatement {
                    guard flush(newCardsFrom: CardInserter.rowsPerStatement) else { return stop(nil) }
                }
            }
            guard flush(newCardsFrom: 1) else { return stop(nil) }
            result = .success(Outcome(leftOver: existing, unchanged: unchanged))
        }
        stop(result)
    }

    /// Queues `chunk`, waiting while the queue is full; false once cancelled.
    private func emit(_ chunk: Chunk) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= Self.capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(chunk)
        condition.broadcast()
        return true
    }

    private func stop(_ result: Result<Outcome, StoreError>?) {
        condition.lock()
        outcome = result
        running = false
        condition.broadcast()
        condition.unlock()
    }
}
