import FactDrillKit
import Foundation
import GRDB

/// What an Anki package written by factdrill holds: decks (a deck and its subdecks), each card
/// with its content, its schedule and its review log, the Anki notes imported cards came from
/// (their note type, fields and guid), and their media files.
public struct AnkiExport: Sendable {
    /// A deck: its id, the name Anki shows (`Analyst::Arabic`) and its languages.
    public struct DeckEntry: Sendable, Hashable {
        public var id: String
        public var name: String
        public var languages: [LanguageCode]
    }

    /// One card.
    public struct Card: Sendable {
        public var deckID: String
        public var card: DeckCard
        /// Its schedule; nil for a card never installed (written as new).
        public var schedule: ScheduleState?
        public var suspended = false
        public var buriedUntil: Date?
        /// The Anki card it came from: its id, note guid and template ordinal.
        public var anki: (id: Int64, guid: String, ord: Int)?
        /// Its answers, oldest first (practice left out: it never moved the schedule).
        public var reviews: [ReviewLogEntry] = []
    }

    public var decks: [DeckEntry]
    public var cards: [Card]
    /// The Anki notes of imported cards, by guid.
    public var notes: [String: AnkiNoteRecord]
    /// The media files those notes name, with where each is stored.
    public var media: [(name: String, file: URL)]

    /// A deck read from a file (never installed): every card new, no Anki notes.
    public init(deck: Deck) {
        decks = [
            DeckEntry(id: deck.deck.id, name: AnkiPackageWriter.ankiDeckName(deck), languages: deck.deck.languages)
        ]
        cards = deck.cards.map { Card(deckID: deck.deck.id, card: $0) }
        notes = [:]
        media = []
    }

    init(decks: [DeckEntry], cards: [Card], notes: [String: AnkiNoteRecord], media: [(name: String, file: URL)]) {
        self.decks = decks
        self.cards = cards
        self.notes = notes
        self.media = media
    }
}

private func decode<T: Decodable>(_ type: T.Type, _ text: String?) throws -> T {
    try JSONDecoder().decode(type, from: Data((text ?? "").utf8))
}

extension StudyDatabase {
    /// A card's answers but practice, oldest first, as review-log entries.
    private static let cardReviewsSQL = """
        SELECT r.*, c.deck_id, c.card_key FROM review_log r JOIN cards c ON c.id = r.card_id
        WHERE r.card_id = ? AND r.kind != 'practice' ORDER BY r.reviewed_at, r.id
        """

    /// Deck `id` and its subdecks as an Anki package holds them: cards not retired, with their
    /// schedules, answers and, for cards imported from Anki, their notes and media.
    public func ankiExport(deck id: String) throws -> AnkiExport {
        let folder = mediaFolder
        return try read("reading deck \(id) for Anki") { db in
            let deckRows = try Row.fetchAll(
                db, sql: "SELECT id, title, languages FROM decks WHERE instr(id || '::', ? || '::') = 1 ORDER BY id",
                arguments: [id])
            guard !deckRows.isEmpty else { throw StoreError.invalidDeck(deck: id, reason: "no such deck") }
            let decks = deckRows.map { row -> AnkiExport.DeckEntry in
                let title = (try? decode(LocalizedText.self, row["title"])) ?? LocalizedText([:])
                let languages = (try? decode([LanguageCode].self, row["languages"])) ?? []
                let deckID: String = row["id"]
                // An Anki deck's title is its Anki path (`Analyst::Arabic`); another deck's, its title.
                let name = AnkiPackageWriter.ankiDeckName(
                    Deck(deck: DeckInfo(id: deckID, title: title, languages: languages), cards: []))
                return .init(id: deckID, name: name, languages: languages)
            }
            var cards: [AnkiExport.Card] = []
            var guids: Set<String> = []
            for deck in decks {
                let stored = try StoredCard.fetchAll(
                    db,
                    sql:
                        "SELECT \(StoredCard.selection) FROM \(StoredCard.source) WHERE c.deck_id = ? AND c.retired = 0 ORDER BY c.id",
                    arguments: [deck.id])
                for card in stored {
                    var entry = AnkiExport.Card(
                        deckID: deck.id, card: card.card, schedule: card.schedule, suspended: card.suspended,
                        buriedUntil: card.buriedUntil)
                    if let row = try Row.fetchOne(
                        db.cachedStatement(sql: "SELECT anki_id, guid, ord FROM anki_cards WHERE card_id = ?"),
                        arguments: [card.id])
                    {
                        entry.anki = (row["anki_id"], row["guid"], row["ord"])
                        guids.insert(row["guid"])
                    }
                    entry.reviews = try Row.fetchAll(
                        db.cachedStatement(sql: Self.cardReviewsSQL),
                        arguments: [card.id]
                    ).map { try ReviewLogRecord(row: $0).entry(deckID: $0["deck_id"], cardKey: $0["card_key"]) }
                    cards.append(entry)
                }
            }
            var notes: [String: AnkiNoteRecord] = [:]
            var media: [(name: String, file: URL)] = []
            for guid in guids.sorted() {
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM anki_notes WHERE guid = ?", arguments: [guid]),
                    let notetype = try? decode(AnkiNotetype.self, row["notetype"]),
                    let fields = try? decode([String].self, row["fields"])
                else { continue }
                let tags = (try? decode([String].self, row["tags"])) ?? []
                notes[guid] = AnkiNoteRecord(
                    guid: guid, notetype: notetype, fields: fields, tags: tags, modified: row["modified"])
                for name in fields.flatMap(AnkiHTML.mediaNames) where !media.contains(where: { $0.name == name }) {
                    if let file = try String.fetchOne(
                        db, sql: "SELECT file FROM media_files WHERE name = ?", arguments: [name]),
                        !file.contains("/"),
                        FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path)
                    {
                        media.append((name, folder.appendingPathComponent(file)))
                    }
                }
            }
            return AnkiExport(decks: decks, cards: cards, notes: notes, media: media)
        }
    }
}
