import FSRS
import FactDrillKit
import Foundation
import GRDB

/// An Anki card's progress as factdrill keeps it, ready to write: its FSRS state, suspension,
/// burial and review log (made by the application layer from `AnkiCardProgress`).
public struct ImportedProgress: Hashable, Sendable {
    /// One answer of the card's Anki review log, with the states before and after it.
    public struct Review: Hashable, Sendable {
        public var reviewedAt: Date
        public var rating: Rating
        public var durationMs: Int
        public var scheduledDays: Double
        public var before: ScheduleState
        public var after: ScheduleState

        public init(
            reviewedAt: Date, rating: Rating, durationMs: Int, scheduledDays: Double, before: ScheduleState,
            after: ScheduleState
        ) {
            self.reviewedAt = reviewedAt
            self.rating = rating
            self.durationMs = durationMs
            self.scheduledDays = scheduledDays
            self.before = before
            self.after = after
        }
    }

    public var card: AnkiCardProgress
    public var schedule: ScheduleState
    public var suspended: Bool
    public var buriedUntil: Date?
    public var reviews: [Review]

    public init(
        card: AnkiCardProgress, schedule: ScheduleState, suspended: Bool, buriedUntil: Date?, reviews: [Review]
    ) {
        self.card = card
        self.schedule = schedule
        self.suspended = suspended
        self.buriedUntil = buriedUntil
        self.reviews = reviews
    }
}

/// What writing an Anki package's progress did.
public struct AnkiProgressReport: Hashable, Sendable {
    /// Cards whose Anki state was written (new to factdrill, or changed in Anki since).
    public var applied = 0
    /// Cards whose Anki state is the one imported before (their factdrill progress kept).
    public var unchanged = 0
    /// Review log rows written.
    public var reviews = 0

    public init() {}
}

extension StudyDatabase {
    /// Installs an Anki package's decks and their progress in one transaction: each deck as
    /// `installDecks` does, then each card's Anki state and review log, unless the card's Anki
    /// state is not newer than the one imported before (a re-import changes nothing), and the
    /// names of its media files (already copied into `mediaFolder`).
    public func installAnkiPackage(
        _ decks: [Deck], progress: [ImportedProgress], notes: [AnkiNoteRecord], media: [MediaFile] = [],
        source: DeckSource, now: Date, onProgress: InstallProgress? = nil, contentHash: (() throws -> String)? = nil
    ) throws -> (decks: [InstallReport], anki: AnkiProgressReport) {
        try installWrite(decks) { db, bulk in
            try recordMedia(media, in: db, now: now)
            let reports = try installDecks(decks, source: source, now: now, in: db, bulk: bulk, progress: onProgress)
            var report = AnkiProgressReport()
            for item in progress {
                try writeProgress(item, in: db, report: &report)
            }
            for note in notes { try writeNote(note, in: db) }
            if let contentHash {
                let hash = try contentHash()
                for deck in decks { try DeckRecord.setContentHash(db, id: deck.deck.id, hash) }
            }
            return (reports, report)
        }
    }

    private func writeProgress(_ item: ImportedProgress, in db: Database, report: inout AnkiProgressReport) throws {
        let card = item.card
        guard
            let cardID = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM cards WHERE card_key = ? AND deck_id = ?"),
                arguments: [card.cardKey, card.deckID])
        else { throw StoreError.invalidDeck(deck: card.deckID, reason: "no card \(card.cardKey) after installing it") }
        if let known = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT modified FROM anki_cards WHERE card_id = ?"), arguments: [cardID]),
            known >= card.modified
        {
            report.unchanged += 1
            return
        }
        // Anki's history of the card replaces any imported before; factdrill's own answers stay.
        try db.cachedStatement(sql: "DELETE FROM review_log WHERE card_id = ? AND kind = 'imported'")
            .execute(arguments: [cardID])
        for review in item.reviews {
            var record = ReviewLogRecord(
                NewReview(
                    cardID: cardID, reviewedAt: review.reviewedAt, rating: review.rating,
                    verdict: review.rating == .again ? .wrong : .correct, response: "", durationMs: review.durationMs,
                    before: review.before, after: review.after, scheduledDays: review.scheduledDays, kind: .imported))
            try record.insert(db)
            report.reviews += 1
        }
        try ScheduleRecord.update(
            db, cardID: cardID,
            item.schedule.assignments(.current) + [
                ScheduleRecord.Columns.suspended.set(to: item.suspended),
                ScheduleRecord.Columns.buriedUntil.set(to: item.buriedUntil?.unixSeconds),
            ])
        try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO anki_cards (card_id, anki_id, guid, ord, modified) VALUES (?, ?, ?, ?, ?)"
        ).execute(arguments: [cardID, card.ankiID, card.guid, card.ord, card.modified])
        report.applied += 1
    }

    private func writeNote(_ note: AnkiNoteRecord, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO anki_notes (guid, notetype, fields, tags, modified) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(guid) DO UPDATE SET notetype = excluded.notetype, fields = excluded.fields,
                    tags = excluded.tags, modified = excluded.modified
                WHERE excluded.modified >= anki_notes.modified
                """,
            arguments: [
                note.guid, JSONColumn.encode(note.notetype), JSONColumn.encode(note.fields),
                JSONColumn.encode(note.tags),
                note.modified,
            ])
    }

    /// `installDecks`' work inside a transaction the caller holds.
    func installDecks(
        _ decks: [Deck], source: DeckSource, now: Date, in db: Database, bulk: Bool, progress: InstallProgress?
    ) throws -> [InstallReport] {
        let total = decks.reduce(0) { $0 + $1.cards.count }
        var done = 0
        var reports: [InstallReport] = []
        for deck in decks {
            let before = done
            reports.append(
                try installDeck(
                    deck, source: source, now: now, in: db, bulk: bulk,
                    progress: progress.map { report in { written, _ in report(before + written, total) } }))
            done += deck.cards.count
            try DeckModelRecord.deleteOne(db, key: deck.deck.id)
        }
        return reports
    }
}
