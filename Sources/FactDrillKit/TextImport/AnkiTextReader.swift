import Foundation

/// Reads Anki's text exports (CSV/TSV/TXT) into a deck, all or nothing: the one entry point of the
/// text import, whose other types are internal.
///
/// Headers `#separator:`, `#html:`, `#tags:`, `#columns:`, `#deck:`, `#notetype:` and
/// `#tags/guid/deck/notetype column:N` are honoured; rows are `front,back[,tags]` by default.
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
        /// Cloze rows of a mixed export (`#notetype column:`), skipped.
        var skippedCloze: Int
    }

    /// The deck in `data`; `file` names the file in error messages and gives the default deck name.
    public static func read(_ data: Data, file: String) throws -> Deck {
        try parse(data, file: file).deck
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
            let header = try AnkiTextHeader.parse(bytes, from: start, file: file)
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
        var skippedCloze = 0
        for index in blocks.indices {
            if let error = blocks[index].rowError { throw error }
            skippedCloze += blocks[index].skippedCloze
            if index == 0 {
                // Swapped out of the array, so its storage is not shared and grows in place.
                swap(&notes, &blocks[0].notes)
            } else {
                notes.absorb(blocks[index].notes)
            }
        }
        guard !notes.isEmpty else { throw ImportError.noCards(file: file, skippedCloze: skippedCloze) }
        let name = header.deck ?? blocks[0].firstDeck ?? ImportedDeck.baseName(ofFile: file)
        let deck = ImportedDeck.make(name: name, cards: notes.allCards(), commonLanguages: notes.commonLanguages())
        return Result(
            deck: deck, rows: blocks.reduce(0) { $0 + $1.rows }, duplicatesUpdated: notes.duplicates,
            skippedCloze: skippedCloze)
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
