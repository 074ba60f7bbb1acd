import FactDrillKit
import Foundation
import GRDB

/// The card rows of an install: the one loop where per-row cost matters (100,000 cards), so the
/// only place, with `CardInserter`, that binds through SQLite's C API (`RawStatement`).
extension StudyDatabase {
    /// Adds the deck's new cards (and their schedules) and updates the changed ones, as `changes` says; returns what
    /// it did and the known cards that left the deck. Each step's cards are encoded on another
    /// thread while the step before is written on this one (`ForkJoin.pipeline`).
    func writeCards(
        _ changes: DeckChanges, in db: Database, now: Date,
        progress: InstallProgress?
    ) throws -> (report: InstallReport, leftOver: [String: ExistingCard]) {
        let deck = changes.deck
        let stamp = now.unixSeconds
        var inserter = try CardInserter(deck: deck.deck.id, stamp: stamp, in: db)
        let updateCard = RawStatement(
            try db.cachedStatement(
                sql: """
                    UPDATE cards SET (\(CardColumnBytes.columns), retired, updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
                    WHERE id = ?
                    """), in: db)
        defer { updateCard.clearBindings() }
        updateCard.bind(12, stamp)
        var report = InstallReport()
        let total = deck.cards.count
        let step = max(1, total / 100)
        var done = 0
        var reported = 0
        func cover(_ count: Int) {
            done += count
            if let progress, done - reported >= step, done < total {
                progress(done, total)
                reported = done
            }
        }
        progress?(0, total)
        try ForkJoin.pipeline(
            changes.stepCount, produce: { changes.encode(step: $0) },
            consume: { encoded in
                for statement in encoded.statements {
                    try inserter.write(keys: statement.keys, content: statement.content)
                    cover(statement.keys.count)
                }
                for update in encoded.updates {
                    updateCard.bind(13, update.id)
                    try update.content.withBindings(to: updateCard, first: 1, stride: 0) { try updateCard.execute() }
                }
                report.updated += encoded.updates.count
                report.unchanged += encoded.unchanged
                cover(encoded.updates.count + encoded.unchanged)
            })
        try inserter.finish()
        // Every card written: the bar shows 100% while a bulk load's indexes are built and the
        // transaction commits.
        progress?(total, total)
        report.added = inserter.added
        return (report, changes.leftOver)
    }

    /// The deck's stored cards by key.
    func existingCards(_ db: Database, deck: String) throws -> [String: ExistingCard] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, card_key, retired, \(CardColumnBytes.columns) FROM cards WHERE deck_id = ?
                """, arguments: [deck])
        var cards: [String: ExistingCard] = [:]
        while let row = try rows.next() {
            cards[row[1]] = ExistingCard(id: row[0], content: CardColumnBytes(row: row, from: 3), retired: row[2])
        }
        return cards
    }
}
