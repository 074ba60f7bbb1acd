import Foundation

/// What one block of a text file's rows read: its notes in row order up to the first row that
/// failed, and where its splitting stopped. A large file is cut into blocks read at once, one per
/// core (`BlockPlan`); `AnkiTextReader` puts their notes together in order.
struct RowBlock: Sendable {
    var notes: NoteList
    /// Cards made of cloze rows.
    var clozeCards = 0
    /// Notes of custom note types (their first two fields only: a text export has no templates).
    var customNotes = 0
    /// The lines of rows left out (an empty front or back, a cloze note without a deletion).
    var skipped: [Int] = []
    /// Rows split (with or without a note).
    var rows = 0
    /// The first row's error, if a row failed (later rows are still split, not read).
    var rowError: ImportError?
    /// A malformed row (an open quote, a huge field): splitting stopped there.
    var splitError: ImportError?
    /// Where the splitting stopped.
    var end = 0
    /// The block's first row's deck column (`#deck column:`).
    var firstDeck: String?
    /// Each note's deck (`#deck column:`), by note id; a later row of a note wins.
    var deckOfFact: [String: String] = [:]

    /// Reads the rows of `bytes` from `start` (a row start on line `line`) to `end` into notes
    /// with a copy of `reader` (each block keeps its own caches), reserving room for `room` notes.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line: Int,
        separator: UInt8, reader: RowReader, room: Int
    ) -> RowBlock {
        var splitter = CSVRowSplitter(
            bytes: UnsafeBufferPointer(rebasing: bytes[..<end]), separator: separator,
            file: reader.file, maxFieldBytes: AnkiTextReader.maxFieldBytes,
            offset: start, line: line)
        var reader = reader
        var block = RowBlock(notes: NoteList(expectedRows: room))
        var fields: [FieldSpan] = []
        do {
            while let line = try splitter.nextRow(into: &fields) {
                block.rows += 1
                if block.rows == 1, let column = reader.header.deckColumn, column - 1 < fields.count {
                    block.firstDeck = splitter.string(fields[column - 1])
                }
                guard block.rowError == nil else { continue }
                do {
                    var fact: String?
                    switch try reader.add(fields, line: line, splitter: splitter, to: &block.notes) {
                    case .added(let id):
                        fact = id
                        if reader.lastWasCustom { block.customNotes += 1 }
                    case .cloze(let id, let cards):
                        fact = id
                        block.clozeCards += cards
                    case .skipped: block.skipped.append(line)
                    }
                    if let fact, let column = reader.header.deckColumn, column - 1 < fields.count {
                        block.deckOfFact[fact] = splitter.string(fields[column - 1])
                    }
                } catch {
                    block.rowError = error
                }
            }
        } catch {
            block.splitError = error
        }
        block.end = splitter.offset
        return block
    }
}
