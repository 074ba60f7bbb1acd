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
        try parse(data, file: file, chunks: nil)
    }

    /// `parse`, reading the rows in `chunks` pieces (nil: one per core for large files).
    static func parse(_ data: Data, file: String, chunks: Int?) throws -> Result {
        guard data.count <= maxFileBytes else {
            throw ImportError.fileTooLarge(file: file, bytes: data.count, limit: maxFileBytes)
        }
        // The bytes are read in place: fields become strings straight from the file's buffer.
        return try data.withUnsafeBytes { raw in
            try parse(raw.assumingMemoryBound(to: UInt8.self), file: file, chunks: chunks)
        }
    }

    /// Files with fewer rows are read on the calling thread only.
    static let rowsPerThread = 4_096

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String, chunks: Int?) throws -> Result {
        if let bad = DelimitedParser.firstInvalidUTF8(bytes) {
            let line = bytes[..<bad].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            throw ImportError.invalidUTF8(file: file, line: line, offset: bad)
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let header = try AnkiTextHeader.parse(bytes, from: start, file: file)
        let separator = header.separator ?? AnkiTextHeader.guessSeparator(bytes, from: header.dataOffset)
        let reader = AnkiTextRows(header: header, layout: AnkiTextLayout(header: header, separator: separator), file: file)
        let expected = expectedRows(bytes, from: header.dataOffset)
        let threads = chunks ?? min(ProcessInfo.processInfo.activeProcessorCount, 4, max(1, expected / rowsPerThread))
        var pieces: [AnkiTextPiece]
        if threads > 1, let read = AnkiTextPieces.read(bytes, header: header, separator: separator, file: file,
                                                      reader: reader, count: threads, expectedRows: expected) {
            pieces = read
        } else {
            pieces = try readInTwoStages(bytes, header: header, separator: separator, file: file, reader: reader,
                                         chunks: threads, expectedRows: expected)
        }
        // The pieces put together in row order. A malformed row anywhere is the error (only the
        // last piece can hold one), else the first row's error.
        if let error = pieces[pieces.count - 1].parserError { throw error }
        var notes = AnkiTextNotes(expectedRows: 0)
        var skippedCloze = 0
        for index in pieces.indices {
            if let error = pieces[index].rowError { throw error }
            skippedCloze += pieces[index].skippedCloze
            if index == 0 {
                // Swapped out of the array, so its storage is not shared and grows in place.
                swap(&notes, &pieces[0].notes)
            } else {
                notes.absorb(pieces[index].notes)
            }
        }
        guard !notes.isEmpty else { throw ImportError.noCards(file: file, skippedCloze: skippedCloze) }
        let name = header.deck ?? pieces[0].firstDeck ?? ImportedDeck.baseName(ofFile: file)
        let deck = ImportedDeck.make(name: name, cards: notes.allCards(), commonLanguages: notes.commonLanguages())
        return Result(deck: deck, rows: pieces.reduce(0) { $0 + $1.rows }, duplicatesUpdated: notes.duplicates,
                      skippedCloze: skippedCloze)
    }

    /// Every row split into fields first (a malformed row is thrown here, before any row's
    /// content error), then the rows read into notes in `chunks` pieces on as many threads.
    private static func readInTwoStages(_ bytes: UnsafeBufferPointer<UInt8>, header: AnkiTextHeader, separator: UInt8,
                                        file: String, reader: AnkiTextRows, chunks: Int,
                                        expectedRows: Int) throws -> [AnkiTextPiece] {
        var parser = DelimitedParser(bytes: bytes, separator: separator, file: file, maxFieldBytes: maxFieldBytes,
                                     offset: header.dataOffset, line: header.dataLine)
        var split = AnkiTextRowSpans(expectedRows: expectedRows)
        var fields: [FieldSpan] = []
        var firstDeck: String?
        while let line = try parser.nextRow(into: &fields) {
            if split.count == 0, let column = header.deckColumn, column - 1 < fields.count {
                firstDeck = parser.string(fields[column - 1])
            }
            split.append(fields, line: line)
        }
        var pieces = split.read(with: reader, parser: parser, chunks: chunks)
        pieces[0].firstDeck = firstDeck
        pieces[0].rows = split.count
        return pieces
    }

    /// Room to reserve for the rows from `offset`: the lines left, up to a million (larger files
    /// grow their arrays as they go, so no file reserves much more than it uses).
    static func expectedRows(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        let lines = 1 + ByteWords.count(UInt8(ascii: "\n"), in: bytes, from: offset, to: bytes.count)
        return min(lines, 1_000_000)
    }

    /// `items` without repeats, in order.
    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
