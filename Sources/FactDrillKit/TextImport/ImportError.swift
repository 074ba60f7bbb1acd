import Foundation

/// Errors of importing text decks (CSV/TSV in Anki's text format); each names the file and line.
public enum ImportError: LocalizedError, Equatable, Sendable {
    /// The file is larger than the reader accepts.
    case fileTooLarge(file: String, bytes: Int, limit: Int)
    /// One field is larger than the reader accepts.
    case fieldTooLarge(file: String, line: Int, bytes: Int, limit: Int)
    /// The bytes are not UTF-8.
    case invalidUTF8(file: String, line: Int, offset: Int)
    /// A quoted field is never closed.
    case unterminatedQuote(file: String, line: Int)
    /// A row lacks the front or the back column.
    case tooFewFields(file: String, line: Int, found: Int, needed: Int)
    /// `#separator:` names no known separator.
    case unknownSeparator(file: String, line: Int, value: String)
    /// A header line has a value that cannot be used.
    case badHeader(file: String, line: Int, header: String, reason: String)
    /// The file holds no rows that give a card (rows with an empty front or back are left out).
    case noCards(file: String, skipped: Int)

    public var errorDescription: String? {
        switch self {
        case .fileTooLarge(let file, let bytes, let limit):
            return
                "\(file): the file has \(bytes) bytes, more than the \(limit / 1_000_000) MB an import accepts; split it into smaller files"
        case .fieldTooLarge(let file, let line, let bytes, let limit):
            return
                "\(file):\(line): a field has \(bytes) bytes, more than the \(limit / 1_000_000) MB allowed; is a quote left open above this line?"
        case .invalidUTF8(let file, let line, let offset):
            return
                "\(file):\(line): the bytes at offset \(offset) are not UTF-8; save the file as UTF-8 and import again"
        case .unterminatedQuote(let file, let line):
            return
                "\(file):\(line): a quoted field starts here and is never closed; add the closing \" (write a quote inside a field as \"\")"
        case .tooFewFields(let file, let line, let found, let needed):
            return
                "\(file):\(line): the row has \(found) field\(found == 1 ? "" : "s") but needs \(needed) (front and back); check the separator"
        case .unknownSeparator(let file, let line, let value):
            return
                "\(file):\(line): unknown separator \"\(value)\"; use Comma, Semicolon, Tab, Space, Pipe, Colon or a single character"
        case .badHeader(let file, let line, let header, let reason):
            return "\(file):\(line): #\(header): \(reason)"
        case .noCards(let file, let skipped) where skipped > 0:
            return
                "\(file): no cards to import: all \(skipped) rows have an empty front or back (or a cloze note no deletion)"
        case .noCards(let file, _):
            return "\(file): no rows to import (only headers, comments or blank lines)"
        }
    }
}
