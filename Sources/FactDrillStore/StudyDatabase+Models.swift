import FactDrillKit
import Foundation
import GRDB

/// The article models decks came from: the generator uses the other installed models for
/// distractors and for chronology across articles.
extension StudyDatabase {
    /// Installs `deck` (as `installDeck`) and keeps `model`, the article model it was generated
    /// from, in the same transaction; a deck installed without a model forgets any earlier one.
    /// `contentHash`, when given, is asked for once the cards are written and stored in place of
    /// `source`'s, before the commit: the caller may work it out on another thread meanwhile.
    @discardableResult
    public func installDeck(
        _ deck: Deck, source: DeckSource, now: Date, model: String?,
        progress: InstallProgress? = nil,
        contentHash: (() throws -> String)? = nil
    ) throws -> InstallReport {
        try installWrite(deck) { db, bulk in
            let report = try installDeck(deck, source: source, now: now, in: db, bulk: bulk, progress: progress)
            if let contentHash {
                try DeckRecord.setContentHash(db, id: deck.deck.id, try contentHash())
            }
            if let model {
                try DeckModelRecord(deckID: deck.deck.id, text: model).insert(db, onConflict: .replace)
            } else {
                try DeckModelRecord.deleteOne(db, key: deck.deck.id)
            }
            return report
        }
    }

    /// Installs several decks read from one file (an Anki package's decks and subdecks) in one
    /// transaction, each as `installDeck` does: a deck's cards never touch another deck's.
    /// `progress` counts the cards of all of them.
    public func installDecks(
        _ decks: [Deck], source: DeckSource, now: Date, progress: InstallProgress? = nil,
        contentHash: (() throws -> String)? = nil
    ) throws -> [InstallReport] {
        try installWrite(decks) { db, bulk in
            let reports = try installDecks(decks, source: source, now: now, in: db, bulk: bulk, progress: progress)
            if let contentHash {
                let hash = try contentHash()
                for deck in decks { try DeckRecord.setContentHash(db, id: deck.deck.id, hash) }
            }
            return reports
        }
    }

    /// The article models of the installed decks other than `deck`, by deck id.
    public func installedModels(except deck: String?) throws -> [String: String] {
        try read("reading the installed article models") { db in
            let models = try DeckModelRecord.filter(DeckModelRecord.Columns.deckID != deck).fetchAll(db)
            return Dictionary(models.map { ($0.deckID, $0.text) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
