import FactDrillKit
import Foundation
import GRDB

/// Installing and re-installing decks.
extension StudyDatabase {
    /// Installs `deck` in one transaction: cards whose id is known keep their progress (their
    /// content is updated), new ids are added (state new, due `now`), ids that are gone are
    /// retired (kept with their history, never shown). Any error leaves the database unchanged.
    @discardableResult
    public func installDeck(_ deck: Deck, source: DeckSource, now: Date) throws -> InstallReport {
        try installWrite(deck) { db, bulk in try installDeck(deck, source: source, now: now, in: db, bulk: bulk) }
    }

    /// Told how many cards of how many are installed, every 1% or so (for a progress bar).
    public typealias InstallProgress = (_ done: Int, _ total: Int) -> Void

    /// The work of `installDeck` inside a transaction the caller holds; a `bulk` load rebuilds
    /// the card indexes (see `installWrite`).
    func installDeck(
        _ deck: Deck, source: DeckSource, now: Date, in db: Database, bulk: Bool,
        progress: InstallProgress? = nil
    ) throws -> InstallReport {
        let deckID = deck.deck.id
        guard !deckID.isEmpty else { throw StoreError.invalidDeck(deck: deckID, reason: "the deck has no id") }
        try upsertDeckRow(db, deck.deck, source: source, now: now)
        let changes = try DeckChanges(deck: deck, existing: try existingCards(db, deck: deckID))
        var written: (report: InstallReport, leftOver: [String: ExistingCard])
        if bulk {
            written = try withIndexesRebuilt(in: db) { try writeCards(changes, in: db, now: now, progress: progress) }
        } else {
            written = try writeCards(changes, in: db, now: now, progress: progress)
        }
        let stamp = now.unixSeconds
        let retire = try db.cachedStatement(sql: "UPDATE cards SET retired = 1, updated_at = ? WHERE id = ?")
        for old in written.leftOver.values where !old.retired {
            try retire.execute(arguments: [stamp, old.id])
            written.report.retired += 1
        }
        return written.report
    }

    private func upsertDeckRow(_ db: Database, _ info: DeckInfo, source: DeckSource, now: Date) throws {
        try db.execute(
            sql: """
                INSERT INTO decks (id, title, languages, article, source_kind, source_path, content_hash,
                                   installed_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET
                    title = excluded.title, languages = excluded.languages, article = excluded.article,
                    source_kind = excluded.source_kind, source_path = excluded.source_path,
                    content_hash = excluded.content_hash, updated_at = excluded.updated_at
                """,
            arguments: [
                info.id, JSONColumn.encode(info.title), JSONColumn.encode(info.languages),
                JSONColumn.encodeOptional(info.article), source.kind, source.location,
                source.contentHash, now.unixSeconds, now.unixSeconds,
            ])
    }
}
