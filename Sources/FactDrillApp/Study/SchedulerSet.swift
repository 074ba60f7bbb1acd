import FSRS
import FactDrillStore
import Foundation

/// The scheduler of each deck: a deck's own memory model (parameters fitted by `optimize`,
/// desired retention), else its parent deck's (`a::b` → `a`), else the collection's, else the
/// defaults. Everything else (steps, maximum interval, fuzz) is the base scheduler's.
public struct SchedulerSet: Sendable {
    /// The collection's scheduler (decks without a model of their own use it).
    public let collection: Scheduler
    let decks: [String: Scheduler]

    /// Only `base` for every deck.
    public init(_ base: Scheduler = .standard) {
        collection = base
        decks = [:]
    }

    /// The schedulers `models` give, on top of `base`; a model whose values the scheduler
    /// refuses (a database edited by hand) is ignored and named in `ignored`.
    public init(base: Scheduler, models: [MemoryModel]) {
        var ignored: [String] = []
        func make(_ model: MemoryModel, over fallback: Scheduler) -> Scheduler {
            do {
                return try Scheduler(
                    parameters: model.parameters ?? fallback.parameters,
                    desiredRetention: model.desiredRetention ?? fallback.desiredRetention,
                    learningSteps: base.learningSteps, relearningSteps: base.relearningSteps,
                    maximumInterval: base.maximumInterval, enableFuzzing: base.enableFuzzing)
            } catch {
                ignored.append(model.deckID)
                return fallback
            }
        }
        let collectionModel = models.first { $0.deckID.isEmpty }
        let collection = collectionModel.map { make($0, over: base) } ?? base
        var decks: [String: Scheduler] = [:]
        // Parents before children, so a subdeck's missing values come from its parent's model.
        let byID = Dictionary(
            models.filter { !$0.deckID.isEmpty }.map { ($0.deckID, $0) }, uniquingKeysWith: { a, _ in a })
        for id in byID.keys.sorted(by: { $0.count < $1.count }) {
            let fallback = Self.parentScheduler(of: id, in: decks) ?? collection
            decks[id] = make(byID[id]!, over: fallback)
        }
        self.collection = collection
        self.decks = decks
        self.ignored = ignored
    }

    /// Decks whose stored model the scheduler refused (ignored, the fallback used).
    public private(set) var ignored: [String] = []

    /// The scheduler cards of `deck` are scheduled with.
    public func scheduler(forDeck deck: String?) -> Scheduler {
        guard let deck, !deck.isEmpty else { return collection }
        return decks[deck] ?? Self.parentScheduler(of: deck, in: decks) ?? collection
    }

    private static func parentScheduler(of deck: String, in decks: [String: Scheduler]) -> Scheduler? {
        var parts = deck.components(separatedBy: "::")
        while parts.count > 1 {
            parts.removeLast()
            if let found = decks[parts.joined(separator: "::")] { return found }
        }
        return nil
    }
}
