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
        try write("installing deck \(deck.deck.id)") { db in try installDeck(deck, source: source, now: now, in: db) }
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
        var report = InstallReport()
        var seen = Set<String>()
        var firstNewID: Int64?
        let insertCard = try db.cachedStatement(sql: """
            INSERT INTO cards (deck_id, card_key, fact, kind, fact_type, format, prompt, answer, choices,
                               accept, reject, evidence, tags, retired, added_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
            """)
        let updateCard = try db.cachedStatement(sql: """
            UPDATE cards SET fact = ?, kind = ?, fact_type = ?, format = ?, prompt = ?, answer = ?, choices = ?,
                             accept = ?, reject = ?, evidence = ?, tags = ?, retired = 0, updated_at = ?
            WHERE id = ?
            """)
        let step = max(1, deck.cards.count / 100)
        for (index, card) in deck.cards.enumerated() {
            if let progress, index % step == 0 { progress(index, deck.cards.count) }
            guard !card.id.isEmpty else {
                throw StoreError.invalidDeck(deck: deckID, reason: "card \(index + 1) has an empty id")
            }
            // Checked as we go, so a late duplicate also proves the transaction rolls back.
            guard seen.insert(card.id).inserted else {
                throw StoreError.duplicateCardID(deck: deckID, cardID: card.id, index: index)
            }
            let content = Self.contentValues(card)
            if let old = existing.removeValue(forKey: card.id) {
                if old.content == content && !old.retired {
                    report.unchanged += 1
                } else {
                    try updateCard.execute(arguments: Self.arguments(content + [now.unixSeconds.databaseValue, old.id.databaseValue]))
                    report.updated += 1
                }
            } else {
                let values = [deckID.databaseValue, card.id.databaseValue] + content
                    + [now.unixSeconds.databaseValue, now.unixSeconds.databaseValue]
                try insertCard.execute(arguments: Self.arguments(values))
                firstNewID = firstNewID ?? db.lastInsertedRowID
                report.added += 1
            }
        }
        if let firstNewID {
            // The new cards' schedules in one statement (state new, due now): one insert per
            // card cost more in statement overhead than in SQLite's work.
            try db.execute(sql: """
                INSERT INTO card_schedule (card_id, state, due)
                SELECT c.id, 0, ? FROM cards c
                WHERE c.id >= ? AND c.deck_id = ? AND NOT EXISTS (SELECT 1 FROM card_schedule s WHERE s.card_id = c.id)
                ORDER BY c.id
                """, arguments: [now.unixSeconds, firstNewID, deckID])
        }
        let retire = try db.cachedStatement(sql: "UPDATE cards SET retired = 1, updated_at = ? WHERE id = ?")
        for old in existing.values where !old.retired {
            try retire.execute(arguments: [now.unixSeconds, old.id])
            report.retired += 1
        }
        return report
    }

    /// The content columns of a card, in the order of the insert and update statements above.
    private static func contentValues(_ card: DeckCard) -> [DatabaseValue] {
        let values: [(any DatabaseValueConvertible)?] = [card.fact, card.kind, card.factType, card.format.rawValue,
         JSONColumn.encode(card.prompt), JSONColumn.encode(card.answer), JSONColumn.encodeOptional(card.choices),
         JSONColumn.encode(card.accept), JSONColumn.encodeOptional(card.reject), card.evidence,
         JSONColumn.encode(card.tags)]
        return values.map { $0?.databaseValue ?? .null }
    }

    /// Statement arguments from database values. GRDB's `StatementArguments(_:)` for a sequence
    /// of values maps them through a key path that is instantiated on every call (a third of a
    /// second per 100,000 cards); the existential form maps them with a closure.
    private static func arguments(_ values: [DatabaseValue]) -> StatementArguments {
        StatementArguments(values.map { $0 as (any DatabaseValueConvertible)? })
    }

    private struct ExistingCard {
        var id: Int64
        var content: [DatabaseValue]
        var retired: Bool
    }

    private func existingCards(_ db: Database, deck: String) throws -> [String: ExistingCard] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, card_key, retired, fact, kind, fact_type, format, prompt, answer, choices, accept, reject,
                   evidence, tags
            FROM cards WHERE deck_id = ?
            """, arguments: [deck])
        var cards: [String: ExistingCard] = [:]
        while let row = try rows.next() {
            let content = (3..<row.count).map { row[$0] as DatabaseValue }
            cards[row["card_key"]] = ExistingCard(id: row["id"], content: content, retired: row["retired"])
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
