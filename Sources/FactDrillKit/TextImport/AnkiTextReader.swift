import Foundation

/// Reads Anki's text exports (CSV/TSV/TXT) into a deck, all or nothing: the one entry point of the
/// text import, whose other types are internal.
///
/// Headers `#separator:`, `#html:`, `#tags:`, `#columns:`, `#deck:`, `#notetype:` and
/// `#tags/guid/deck/notetype column:N` are honoured; rows are `front,back[,tags]` by default.
/// Without `#html:`, HTML is guessed from the rows; a first row of column names ("Front,Back")
/// is read as `#columns:`. Cloze rows become cloze cards; a row with an empty front or back is
/// left out and reported, as Anki leaves such notes out.
/// A row whose front matches an earlier row's updates that note (last wins), as Anki does.
/// The bytes are read in place (fields become strings straight from the file's buffer), a large
/// file in blocks of rows at once, one per core (`BlockPlan`).
public enum AnkiTextReader {
    /// The largest file accepted.
    static let maxFileBytes = 100_000_000
    /// The largest single field accepted.
    static let maxFieldBytes = 1_000_000

    /// What an import read: the deck, and counts for the user.
    struct Result: Hashable, Sendable {
        /// The deck, one card per note (two for reversed note types).
        var deck: Deck
        /// Rows read (not counting headers, comments and blank lines).
        var rows: Int
        /// Rows whose front repeated an earlier row's and replaced it.
        var duplicatesUpdated: Int
        /// Cards made of cloze notes.
        var clozeCards = 0
        /// Notes of custom note types, read front to back from their first two fields.
        var customNotes = 0
        /// The lines of rows left out: an empty front, an empty back (not cloze), no deletion.
        var skipped: [Int] = []
        /// Whether the first row was column names ("Front,Back"), not a note.
        var headerRow = false
        /// Each note's Anki deck (`#deck column:`), by note id.
        var deckOfFact: [String: String] = [:]

        /// The decks of the file: one per Anki deck of its deck column (subdecks apart, as an
        /// Anki package of the same notes gives them), else the one deck.
        var decks: [Deck] {
            guard !deckOfFact.isEmpty else { return [deck] }
            var byDeck: [String: [DeckCard]] = [:]
            for card in deck.cards {
                byDeck[deckOfFact[card.fact] ?? deck.deck.title.allStrings.first ?? "", default: []].append(card)
            }
            return byDeck.keys.sorted().map { ImportedDeck.make(path: $0, cards: byDeck[$0]!) }
        }

        /// "13 notes, 18 cards (5 cloze); first row read as column names; skipped 1 row with
        /// an empty field (line 5)".
        var summary: String {
            let cards = deck.cards.count
            var text = "\(rows) row\(rows == 1 ? "" : "s"), \(cards) card\(cards == 1 ? "" : "s")"
            if clozeCards > 0 { text += " (\(clozeCards) cloze)" }
            if headerRow { text += "; first row read as column names" }
            if customNotes > 0 {
                text +=
                    "; \(customNotes) note\(customNotes == 1 ? "" : "s") of custom types read front to back from the first two fields (a text export carries no card templates: import the .apkg for every card)"
            }
            if duplicatesUpdated > 0 {
                text += "; \(duplicatesUpdated) repeated front\(duplicatesUpdated == 1 ? "" : "s") updated"
            }
            if !skipped.isEmpty {
                let lines =
                    skipped.prefix(5).map(String.init).joined(separator: ", ") + (skipped.count > 5 ? ", …" : "")
                text +=
                    "; skipped \(skipped.count) row\(skipped.count == 1 ? "" : "s") with an empty front or back, as Anki does (line\(skipped.count == 1 ? "" : "s") \(lines))"
            }
            return text
        }
    }

    /// The deck in `data`; `file` names the file in error messages and gives the default deck name.
    public static func read(_ data: Data, file: String) throws -> Deck {
        try parse(data, file: file).deck
    }

    /// The decks in `data` (one per Anki deck of a deck column) and a line saying what was
    /// read (cloze cards, rows left out).
    public static func readWithSummary(_ data: Data, file: String) throws -> (decks: [Deck], summary: String) {
        let result = try parse(data, file: file)
        return (result.decks, result.summary)
    }

    /// The deck in `data` with the counts of what was read, reading the rows in `blocks` blocks
    /// at once (nil: as many as the file's size and the cores call for).
    static func parse(_ data: Data, file: String, blocks: Int? = nil) throws -> Result {
        guard data.count <= maxFileBytes else {
            throw ImportError.fileTooLarge(file: file, bytes: data.count, limit: maxFileBytes)
        }
        let (header, plan) = try withBytes(of: data) { bytes in
            if let bad = CSVRowSplitter.firstInvalidUTF8(bytes) {
                let line = 1 + EightByteWord.count(UInt8(ascii: "\n"), in: bytes, from: 0, to: bad)
                throw ImportError.invalidUTF8(file: file, line: line, offset: bad)
            }
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let parsed = try AnkiTextHeader.parse(bytes, from: start, file: file)
            let separator = parsed.separator ?? AnkiTextHeader.guessSeparator(bytes, from: parsed.dataOffset)
            let header = parsed.inferred(bytes, separator: separator)
            return (header, BlockPlan(bytes, header: header, file: file, blocks: blocks))
        }
        var blocks = ForkJoin.map(plan.starts.count) { index in
            withBytes(of: data) { plan.read(block: index, of: $0) }
        }
        if !plan.cutsHeld(blocks) {
            blocks = [withBytes(of: data) { plan.readWhole($0) }]
        }
        return try assemble(blocks, header: header, file: file)
    }

    /// The blocks' notes put together in row order. A malformed row anywhere is the error (only
    /// the last block can hold one), else the first row's error.
    private static func assemble(_ blocks: [RowBlock], header: AnkiTextHeader, file: String) throws -> Result {
        var blocks = blocks
        if let error = blocks[blocks.count - 1].splitError { throw error }
        var notes = NoteList(expectedRows: 0)
        var clozeCards = 0
        var customNotes = 0
        var skipped: [Int] = []
        var deckOfFact: [String: String] = [:]
        for index in blocks.indices {
            if let error = blocks[index].rowError { throw error }
            clozeCards += blocks[index].clozeCards
            customNotes += blocks[index].customNotes
            skipped += blocks[index].skipped
            deckOfFact.merge(blocks[index].deckOfFact) { _, later in later }
            if index == 0 {
                // Swapped out of the array, so its storage is not shared and grows in place.
                swap(&notes, &blocks[0].notes)
            } else {
                notes.absorb(blocks[index].notes)
            }
        }
        guard !notes.isEmpty else { throw ImportError.noCards(file: file, skipped: skipped.count) }
        let name = header.deck ?? blocks[0].firstDeck ?? ImportedDeck.baseName(ofFile: file)
        let deck = ImportedDeck.make(name: name, cards: notes.allCards(), commonLanguages: notes.commonLanguages())
        return Result(
            deck: deck, rows: blocks.reduce(0) { $0 + $1.rows }, duplicatesUpdated: notes.duplicates,
            clozeCards: clozeCards, customNotes: customNotes, skipped: skipped, headerRow: header.headerRow,
            deckOfFact: deckOfFact)
    }

    /// `body` with `data`'s bytes, read in place.
    private static func withBytes<T>(of data: Data, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try data.withUnsafeBytes { try body($0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// `items` without repeats, in order.
    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
