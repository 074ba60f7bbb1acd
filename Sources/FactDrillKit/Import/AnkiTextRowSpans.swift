import Foundation

/// The rows of a text file split into field spans, all of them, before any is read: then the
/// rows can be read into notes in pieces, each on its own thread.
struct AnkiTextRowSpans {
    /// Every row's fields, one row after another.
    private var spans: [FieldSpan] = []
    /// Where each row's fields end in `spans`.
    private var ends: [Int] = []
    /// The line each row starts on.
    private var lines: [Int] = []

    /// Room for about `rows` rows of three fields.
    init(expectedRows rows: Int) {
        spans.reserveCapacity(rows * 3)
        ends.reserveCapacity(rows)
        lines.reserveCapacity(rows)
    }

    /// The number of rows.
    var count: Int { lines.count }

    /// Adds a row of `fields` starting on `line`.
    mutating func append(_ fields: [FieldSpan], line: Int) {
        spans.append(contentsOf: fields)
        ends.append(spans.count)
        lines.append(line)
    }

    /// Reads the rows into notes with copies of `reader` (each copy keeps its own caches), in
    /// `chunks` runs of consecutive rows at once, one thread each; the pieces come back in order.
    /// The first piece has room for every row's note, to take the others in.
    func read(with reader: AnkiTextRows, parser: DelimitedParser, chunks: Int) -> [AnkiTextPiece] {
        let chunks = max(1, min(chunks, count))
        let size = (count + chunks - 1) / chunks
        let work = Work(rows: self, reader: reader, parser: parser, count: count)
        return AnkiTextPiece.makeConcurrently(chunks) { chunk in
            let rows = (chunk * size)..<min(work.count, (chunk + 1) * size)
            return work.piece(rows, room: chunk == 0 ? work.count : rows.count)
        }
    }

    /// What every thread reads: the spans, the reader to copy and the parser over the file's
    /// bytes. Only read, never written, while the threads run.
    private struct Work: @unchecked Sendable {
        let rows: AnkiTextRowSpans
        let reader: AnkiTextRows
        let parser: DelimitedParser
        let count: Int

        func piece(_ range: Range<Int>, room: Int) -> AnkiTextPiece {
            var reader = reader
            var piece = AnkiTextPiece(notes: AnkiTextNotes(expectedRows: room))
            for row in range {
                let first = row == 0 ? 0 : rows.ends[row - 1]
                do {
                    if try !reader.add(rows.spans[first..<rows.ends[row]], line: rows.lines[row], parser: parser,
                                       to: &piece.notes) {
                        piece.skippedCloze += 1
                    }
                } catch {
                    piece.rowError = error
                    break
                }
            }
            return piece
        }
    }
}
