import Foundation

/// What one piece of a text file's rows read: its notes, in row order, up to the first row that
/// failed. Both ways of reading a large file (`AnkiTextPieces`, `AnkiTextRowSpans`) make pieces,
/// one thread each, and `AnkiTextReader` puts them together.
struct AnkiTextPiece: @unchecked Sendable {
    var notes: AnkiTextNotes
    var skippedCloze = 0
    /// Rows split (with or without a note).
    var rows = 0
    /// The first row's error, if a row failed (later rows are still split, not read).
    var rowError: (any Error)?
    /// A malformed row (an open quote, a huge field): splitting stopped there.
    var parserError: (any Error)?
    /// Where the splitting stopped.
    var end = 0
    /// The first row's deck column (`#deck column:`), for the first piece.
    var firstDeck: String?

    /// `count` pieces made by `make` at once, one thread each (on this one when there is one),
    /// in order. `make` only reads what it shares with the other threads.
    static func makeConcurrently(_ count: Int, _ make: @Sendable (Int) -> AnkiTextPiece) -> [AnkiTextPiece] {
        guard count > 1 else { return [make(0)] }
        var pieces = [AnkiTextPiece](repeating: AnkiTextPiece(notes: AnkiTextNotes(expectedRows: 0)), count: count)
        pieces.withUnsafeMutableBufferPointer { buffer in
            let out = Output(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                out.buffer[index] = make(index)
            }
        }
        return pieces
    }

    /// The pieces' storage, each thread writing its own element only.
    private struct Output: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<AnkiTextPiece>
    }
}
