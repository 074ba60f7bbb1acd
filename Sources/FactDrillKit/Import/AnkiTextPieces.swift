import Foundation

/// Reads a large text file in pieces from the start, one thread each: each piece splits its own
/// rows and reads them into notes. A piece starts after a line break picked near an even share of
/// the bytes, which is a row boundary unless it falls inside a quoted field; so every piece but
/// the last must end cleanly exactly where the next begins, or the reading is given up (nil) and
/// the file is read the two-stage way (`AnkiTextRowSpans`), which has no such guess to check.
enum AnkiTextPieces {
    /// The pieces of the rows from `header.dataOffset`, read in `count` pieces with copies of
    /// `reader`; nil when a piece boundary was not a row boundary (or the file is too short to cut).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, header: AnkiTextHeader, separator: UInt8, file: String,
                     reader: AnkiTextRows, count: Int, expectedRows: Int) -> [AnkiTextPiece]? {
        let first = header.dataOffset
        var starts = [first]
        for index in 1..<max(1, count) {
            var boundary = max(first + 1, first + (bytes.count - first) * index / count)
            while boundary < bytes.count && bytes[boundary - 1] != UInt8(ascii: "\n") { boundary += 1 }
            guard boundary > starts[starts.count - 1], boundary < bytes.count else { break }
            starts.append(boundary)
        }
        guard starts.count > 1 else { return nil }
        let ends = Array(starts.dropFirst()) + [bytes.count]
        // Each piece's first line: the lines before it, counted as the parser counts them.
        var lines = [header.dataLine]
        for index in 1..<starts.count {
            lines.append(lines[index - 1]
                         + ByteWords.count(UInt8(ascii: "\n"), in: bytes, from: starts[index - 1], to: starts[index]))
        }
        let work = Work(bytes: bytes, header: header, separator: separator, file: file, reader: reader,
                        starts: starts, ends: ends, lines: lines,
                        room: expectedRows, share: expectedRows / starts.count + 1)
        let pieces = AnkiTextPiece.makeConcurrently(starts.count) { work.piece($0) }
        for index in 0..<(pieces.count - 1) where pieces[index].parserError != nil || pieces[index].end != ends[index] {
            return nil
        }
        return pieces
    }

    /// What every thread reads; never written while they run.
    private struct Work: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let header: AnkiTextHeader
        let separator: UInt8
        let file: String
        let reader: AnkiTextRows
        let starts: [Int]
        let ends: [Int]
        let lines: [Int]
        /// Room for every note in the first piece (it takes the others in), a share in the others.
        let room: Int
        let share: Int

        func piece(_ index: Int) -> AnkiTextPiece {
            var parser = DelimitedParser(bytes: UnsafeBufferPointer(rebasing: bytes[..<ends[index]]), separator: separator,
                                         file: file, maxFieldBytes: AnkiTextReader.maxFieldBytes,
                                         offset: starts[index], line: lines[index])
            var reader = reader
            var piece = AnkiTextPiece(notes: AnkiTextNotes(expectedRows: index == 0 ? room : share))
            var fields: [FieldSpan] = []
            do {
                while let line = try parser.nextRow(into: &fields) {
                    piece.rows += 1
                    if index == 0, piece.rows == 1, let column = header.deckColumn, column - 1 < fields.count {
                        piece.firstDeck = parser.string(fields[column - 1])
                    }
                    guard piece.rowError == nil else { continue }
                    do {
                        if try !reader.add(fields[...], line: line, parser: parser, to: &piece.notes) {
                            piece.skippedCloze += 1
                        }
                    } catch {
                        piece.rowError = error
                    }
                }
            } catch {
                piece.parserError = error
            }
            piece.end = parser.offset
            return piece
        }
    }
}
