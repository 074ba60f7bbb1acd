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
    func installDeck(_ deck: Deck, source: DeckSource, now: Date, in db: Database, bulk: Bool,
                     progress: InstallProgress? = nil) throws -> InstallReport {
        let deckID = deck.deck.id
        guard !deckID.isEmpty else { throw StoreError.invalidDeck(deck: deckID, reason: "the deck has no id") }
        try upsertDeckRow(db, deck.deck, source: source, now: now)
        let existing = try existingCards(db, deck: deckID)
        var written: (report: InstallReport, leftOver: [String: ExistingCard])
        if bulk {
            written = try withIndexesRebuilt(in: db) {
                try writeCards(deck, existing: existing, now: now, in: db, progress: progress)
            }
        } else {
            written = try writeCards(deck, existing: existing, now: now, in: db, progress: progress)
        }
        let stamp = now.unixSeconds
        let retire = try db.cachedStatement(sql: "UPDATE cards SET retired = 1, updated_at = ? WHERE id = ?")
        for old in written.leftOver.values where !old.retired {
            try retire.execute(arguments: [stamp, old.id])
            written.report.retired += 1
        }
        return written.report
    }

    /// Adds the deck's new cards (and their schedules) and updates the changed ones; returns
    /// what it did and the known cards that left the deck. The cards are checked and encoded
    /// on another thread (`CardEncoder`) while this one writes.
    private func writeCards(_ deck: Deck, existing: [String: ExistingCard], now: Date, in db: Database,
                            progress: InstallProgress?) throws -> (report: InstallReport, leftOver: [String: ExistingCard]) {
        let stamp = now.unixSeconds
        var inserter = try CardInserter(deck: deck.deck.id, stamp: stamp, in: db)
        let updateCard = FastStatement(try db.cachedStatement(sql: """
            UPDATE cards SET (\(CardRecord.columns), retired, updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
            WHERE id = ?
            """), in: db)
        defer { updateCard.clearBindings() }
        updateCard.bind(12, stamp)
        var report = InstallReport()
        let total = deck.cards.count
        let step = max(1, total / 100)
        var done = 0
        var reported = 0
        progress?(0, total)
        let encoder = CardEncoder(deck: deck, existing: existing)
        do {
            while let chunk = encoder.next() {
                switch chunk {
                case .insert(let keys, let content):
                    try inserter.write(keys: keys, content: content)
                case .update(let id, let content):
                    updateCard.bind(13, id)
                    try content.withBindings(to: updateCard, first: 1, stride: 0) { try updateCard.execute() }
                    report.updated += 1
                case .covered(let count):
                    done += count
                    if let progress, done - reported >= step, done < total {
                        progress(done, total)
                        reported = done
                    }
                }
            }
        } catch {
            encoder.cancel()
            throw error
        }
        let outcome = try encoder.finish()
        try inserter.finish()
        // Every card written: the bar shows 100% while a bulk load's indexes are built and the
        // transaction commits.
        progress?(total, total)
        report.added = inserter.added
        report.unchanged = outcome.unchanged
        return (report, outcome.leftOver)
    }

    private func existingCards(_ db: Database, deck: String) throws -> [String: ExistingCard] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, card_key, retired, \(CardRecord.columns) FROM cards WHERE deck_id = ?
            """, arguments: [deck])
        var cards: [String: ExistingCard] = [:]
        while let row = try rows.next() {
            cards[row[1]] = ExistingCard(id: row[0], content: CardRecord(row: row, from: 3), retired: row[2])
        }
        return cards
    }

    private func upsertDeckRow(_ db: Database, _ info: DeckInfo, source: DeckSource, now: Date) throws {
        try db.execute(sql: """
            INSERT INTO decks (id, title, languages, article, source_kind, source_path, content_hash,
                               installed_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET
                title = excluded.title, languages = excluded.languages, article = excluded.article,
                source_kind = excluded.source_kind, source_path = excluded.source_path,
                content_hash = excluded.content_hash, updated_at = excluded.updated_at
            """, arguments: [info.id, JSONColumn.encode(info.title), JSONColumn.encode(info.languages),
                             JSONColumn.encodeOptional(info.article), source.kind, source.location,
                             source.contentHash, now.unixSeconds, now.unixSeconds])
    }
}
