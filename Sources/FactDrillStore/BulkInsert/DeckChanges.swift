import FactDrillKit
import Foundation

/// A card already stored in the deck being installed: its row id and content.
struct ExistingCard: Sendable {
    var id: Int64
    var content: CardColumnBytes
    var retired: Bool
}

/// What installing a deck changes, worked out from the card ids before anything is written: the
/// deck's problems (an empty or repeated id), its new cards in deck order, its known cards, and
/// the known cards that left it. The cards' content is encoded later, in steps (`encode`), each
/// while the step before is written.
struct DeckChanges: Sendable {
    /// The deck being installed.
    let deck: Deck
    /// Deck indices of the cards to add, in deck order.
    private(set) var newCards: [Int] = []
    /// Deck indices of the known cards, with their stored rows.
    private(set) var knownCards: [(index: Int, old: ExistingCard)] = []
    /// Known cards that are not in the deck any more (to retire).
    private(set) var leftOver: [String: ExistingCard]

    /// New cards encoded in a step: whole statements, so only the last one of all is short.
    static let newCardsPerStep = 20 * CardInserter.rowsPerStatement
    /// Known cards compared in a step.
    static let knownCardsPerStep = 1_000

    /// The changes `deck` makes to its stored cards, `existing` (by key); throws the deck's
    /// first problem.
    init(deck: Deck, existing: [String: ExistingCard]) throws {
        self.deck = deck
        leftOver = existing
        var seen = Set<String>(minimumCapacity: deck.cards.count)
        newCards.reserveCapacity(max(0, deck.cards.count - existing.count))
        for (index, card) in deck.cards.enumerated() {
            guard !card.id.isEmpty else {
                throw StoreError.invalidDeck(deck: deck.deck.id, reason: "card \(index + 1) has an empty id")
            }
            guard seen.insert(card.id).inserted else {
                throw StoreError.duplicateCardID(deck: deck.deck.id, cardID: card.id, index: index)
            }
            if let old = leftOver.removeValue(forKey: card.id) {
                knownCards.append((index, old))
            } else {
                newCards.append(index)
            }
        }
    }

    /// What one step writes: new cards a statement at a time, or the known cards that changed.
    struct Step: Sendable {
        /// New cards' keys and content, at most `CardInserter.rowsPerStatement` each.
        var statements: [(keys: [String], content: CardColumnBytes)] = []
        /// Known cards whose content or retirement changed.
        var updates: [(id: Int64, content: CardColumnBytes)] = []
        /// Known cards whose content is unchanged.
        var unchanged = 0
    }

    /// How many steps the install takes: the new cards', then the known cards'.
    var stepCount: Int {
        steps(newCards.count, Self.newCardsPerStep) + steps(knownCards.count, Self.knownCardsPerStep)
    }

    /// Step `step` encoded (no database needed, so it runs on another thread while the step
    /// before is written).
    func encode(step: Int) -> Step {
        var result = Step()
        let newSteps = steps(newCards.count, Self.newCardsPerStep)
        if step < newSteps {
            let range = (step * Self.newCardsPerStep)..<min(newCards.count, (step + 1) * Self.newCardsPerStep)
            var first = range.lowerBound
            while first < range.upperBound {
                let last = min(range.upperBound, first + CardInserter.rowsPerStatement)
                var keys: [String] = []
                var content = CardColumnBytes()
                for index in newCards[first..<last] {
                    keys.append(deck.cards[index].id)
                    content.append(deck.cards[index])
                }
                result.statements.append((keys, content))
                first = last
            }
            return result
        }
        let known = step - newSteps
        let range = (known * Self.knownCardsPerStep)..<min(knownCards.count, (known + 1) * Self.knownCardsPerStep)
        for (index, old) in knownCards[range] {
            let content = CardColumnBytes(deck.cards[index])
            if old.content == content && !old.retired {
                result.unchanged += 1
            } else {
                result.updates.append((old.id, content))
            }
        }
        return result
    }

    private func steps(_ count: Int, _ perStep: Int) -> Int {
        (count + perStep - 1) / perStep
    }
}
