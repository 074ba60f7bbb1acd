import Foundation

/// Reads CSV/TSV files in Anki's text import format into a deck, all or nothing.
///
/// Headers `#separator:`, `#html:`, `#tags:`, `#columns:`, `#deck:`, `#notetype:` and
/// `#tags/guid/deck/notetype column:N` are honoured; rows are `front,back[,tags]` by default.
/// A row whose front matches an earlier row's updates that note (last wins), as Anki does.
public enum AnkiTextReader {
    /// The largest file accepted.
    public static let maxFileBytes = 100_000_000
    /// The largest single field accepted.
    public static let maxFieldBytes = 1_000_000

    /// What an import read: the deck, and counts for the user.
    public struct Result: Hashable, Sendable {
        /// The deck, one card per note (two for reversed note types).
        public var deck: Deck
        /// Rows read (not counting headers, comments and blank lines).
        public var rows: Int
        /// Rows whose front repeated an earlier row's and replaced it.
        public var duplicatesUpdated: Int
        /// Cloze rows of a mixed export (`#notetype column:`), skipped.
        public var skippedCloze: Int
    }

    /// The deck in `data`; `file` names the file in error messages and gives the default deck name.
    public static func read(_ data: Data, file: String) throws -> Deck {
        try parse(data, file: file).deck
    }

    /// The deck in `data` with the counts of what was read.
    public static func parse(_ data: Data, file: String) throws -> Result {
        guard data.count <= maxFileBytes else {
            throw ImportError.fileTooLarge(file: file, bytes: data.count, limit: maxFileBytes)
        }
        let bytes = [UInt8](data)
        if let bad = DelimitedParser.firstInvalidUTF8(bytes) {
            let line = bytes[..<bad].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            throw ImportError.invalidUTF8(file: file, line: line, offset: bad)
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let header = try AnkiTextHeader.parse(bytes, from: start, file: file)
        let separator = header.separator ?? AnkiTextHeader.guessSeparator(bytes, from: header.dataOffset)
        let parser = DelimitedParser(bytes: bytes, separator: separator, file: file, maxFieldBytes: maxFieldBytes)
        let rows = try parser.rows(from: header.dataOffset, line: header.dataLine)
        let layout = AnkiTextLayout(header: header, separator: separator)

        var notes: [ImportedNote] = []
        var kinds: [AnkiNoteKind] = []
        var thirdFields: [String] = []
        var indexByKey: [String: Int] = [:]
        var duplicates = 0
        var kindCache: [String: AnkiNoteKind] = [:]
        var skippedCloze = 0
        for row in rows {
            let kind = try layout.kind(of: row, file: file, cache: &kindCache)
            if kind == .cloze {
                skippedCloze += 1
                continue
            }
            let columns = layout.fieldColumns(count: row.fields.count)
            guard let frontIndex = layout.front ?? columns.first,
                  let backIndex = layout.back ?? columns.dropFirst().first,
                  max(frontIndex, backIndex) < row.fields.count else {
                throw ImportError.tooFewFields(file: file, line: row.line, found: row.fields.count,
                                               needed: layout.requiredWidth)
            }
            let front = clean(row.fields[frontIndex], html: header.html ?? false)
            let back = clean(row.fields[backIndex], html: header.html ?? false)
            guard !front.isEmpty else { throw ImportError.emptyFront(file: file, line: row.line) }
            guard !back.isEmpty else { throw ImportError.emptyBack(file: file, line: row.line) }
            var tags = header.tags
            if let tagsIndex = layout.tags(fieldColumns: columns), tagsIndex < row.fields.count {
                tags += ImportedNote.splitTags(row.fields[tagsIndex])
            }
            let key = noteKey(front)
            let note = ImportedNote(id: "note-" + String(SHA1.hex(key).prefix(16)), front: front, back: back,
                                    tags: unique(tags))
            let third = columns.count > 2 && columns[2] < row.fields.count ? row.fields[columns[2]] : ""
            if let existing = indexByKey[key] {
                notes[existing] = note
                kinds[existing] = kind
                thirdFields[existing] = third
                duplicates += 1
            } else {
                indexByKey[key] = notes.count
                notes.append(note)
                kinds.append(kind)
                thirdFields.append(third)
            }
        }
        guard !notes.isEmpty else { throw ImportError.noCards(file: file, skippedCloze: skippedCloze) }

        var cards: [DeckCard] = []
        for (index, note) in notes.enumerated() {
            for ordinal in kinds[index].ordinals(fields: [note.front, note.back, thirdFields[index]]) {
                cards.append(ordinal == 0 ? note.forwardCard() : note.reverseCard(id: note.id + ".\(ordinal)"))
            }
        }
        let firstDeck = header.deckColumn.flatMap { column in
            rows.first.flatMap { column - 1 < $0.fields.count ? $0.fields[column - 1] : nil }
        }
        let name = header.deck ?? firstDeck ?? ImportedDeck.baseName(ofFile: file)
        return Result(deck: ImportedDeck.make(name: name, cards: cards), rows: rows.count,
                      duplicatesUpdated: duplicates, skippedCloze: skippedCloze)
    }

    /// The text of a field: HTML stripped when the file says it holds HTML, sounds removed,
    /// whitespace (line breaks too) collapsed to single spaces.
    static func clean(_ field: String, html: Bool) -> String {
        if html { return HTMLText.plainText(field) }
        return HTMLText.collapsingWhitespace(HTMLText.removingSounds(field))
    }

    /// The form of a front that identifies its note: composed Unicode, whitespace collapsed
    /// (already done by `clean`).
    static func noteKey(_ front: String) -> String {
        front.utf8.allSatisfy { $0 < 0x80 } ? front : front.precomposedStringWithCanonicalMapping
    }

    /// `items` without repeats, in order.
    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
