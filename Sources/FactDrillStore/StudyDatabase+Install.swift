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
        try installWrite(deck) { db in try installDeck(deck, source: source, now: now, in: db) }
    }

    /// Told how many cards of how many are installed, every 1% or so (for a progress bar).
    public typealias InstallProgress = (_ done: Int, _ total: Int) -> Void

    /// The work of `installDeck` inside a transaction the caller holds.
    func installDeck(_ deck: Deck, source: DeckSource, now: Date, in db: Database,
                     progress: InstallProgress? = nil) throws -> InstallReport {
        let deckID = deck.deck.id
        guard !deckID.isEmpty else { throw StoreError.invalidDeck(deck: deckID, reason: "the deck has no id") }
        try upsertDeckRow(db, deck.deck, source: source, now: now)
        var existing = try existingCards(db, deck: deckID)
        let newCards = existing.isEmpty ? deck.cards.count : deck.cards.count { existing[$0.id] == nil }
        var report = InstallReport()
        if try isBulkLoad(adding: newCards, in: db) {
            try withIndexesRebuilt(in: db) {
                report = try writeCards(deck, existing: &existing, now: now, in: db, progress: progress)
            }
        } else {
            report = try writeCards(deck, existing: &existing, now: now, in: db, progress: progress)
        }
        let stamp = now.unixSeconds
        let retire = try db.cachedStatement(sql: "UPDATE cards SET retired = 1, updated_at = ? WHERE id = ?")
        for old in existing.values where !old.retired {
            try retire.execute(arguments: [stamp, old.id])
            report.retired += 1
        }
        return report
    }

    /// Adds the deck's new cards (and their schedules) and updates the changed ones; takes the
    /// cards it meets out of `existing`, leaving those that left the deck.
    private func writeCards(_ deck: Deck, existing: inout [String: ExistingCard], now: Date, in db: Database,
                            progress: InstallProgress?) throws -> InstallReport {
        let deckID = deck.deck.id
        var report = InstallReport()
        var seen = Set<String>(minimumCapacity: deck.cards.count)
        let stamp = now.unixSeconds
        var inserter = CardInserter(deck: deckID, stamp: stamp, in: db)
        let updateCard = FastStatement(try db.cachedStatement(sql: """
            UPDATE cards SET (\(CardRecord.columns), retired, updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
            WHERE id = ?
            """), in: db)
        defer { updateCard.clearBindings() }
        updateCard.bind(12, stamp)
        let step = max(1, deck.cards.count / 100)
        for index in deck.cards.indices {
            if let progress, index % step == 0 { progress(index, deck.cards.count) }
            let id = deck.cards[index].id
            guard !id.isEmpty else {
                throw StoreError.invalidDeck(deck: deckID, reason: "card \(index + 1) has an empty id")
            }
            // Checked as we go, so a late duplicate also proves the transaction rolls back.
            guard seen.insert(id).inserted else {
                throw StoreError.duplicateCardID(deck: deckID, cardID: id, index: index)
            }
            guard let old = existing.removeValue(forKey: id) else {
                try inserter.add(deck.cards[index])
                continue
            }
            let record = CardRecord(deck.cards[index])
            if old.content == record && !old.retired {
                report.unchanged += 1
            } else {
                updateCard.bind(13, old.id)
                try record.withBindings(to: updateCard, at: { _, column in Int32(column) + 1 }) {
                    try updateCard.execute()
                }
                report.updated += 1
            }
        }
        try inserter.finish()
        report.added = inserter.added
        return report
    }

    fileprivate struct ExistingCard {
        var id: Int64
        var content: CardRecord
        var retired: Bool
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
