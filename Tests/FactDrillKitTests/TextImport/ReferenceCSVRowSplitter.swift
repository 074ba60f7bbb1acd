import Foundation

@testable import FactDrillKit

/// One row of a delimited file: its fields and the line it starts on.
struct ReferenceRow: Sendable {
    var fields: [String]
    var line: Int
}

/// The row splitter as it was before it read rows as spans (commit e509986), kept to pin it.
/// Splits UTF-8 bytes into rows of fields: quoted fields with `""` escapes and embedded newlines,
/// CRLF or LF line ends, blank lines and `#` comment lines skipped (as Anki does).
struct ReferenceCSVRowSplitter {
    let bytes: [UInt8]
    let separator: UInt8
    let file: String
    let maxFieldBytes: Int

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The rows from byte `offset`, which is on line `line`.
    func rows(from offset: Int, line startLine: Int) throws -> [ReferenceRow] {
        var rows: [ReferenceRow] = []
        var pos = offset
        var line = startLine
        while pos < bytes.count {
            if let next = skipIgnoredLine(at: pos) {
                pos = next
                line += 1
                continue
            }
            let rowLine = line
            var fields: [String] = []
            var endOfRow = false
            while !endOfRow {
                let (field, next, newlines, ended) = try readField(at: pos, line: line)
                fields.append(field)
                pos = next
                line += newlines
                endOfRow = ended
            }
            line += 1
            rows.append(ReferenceRow(fields: fields, line: rowLine))
        }
        return rows
    }

    /// The offset after a blank or comment line at `pos`, or nil if a row starts there.
    private func skipIgnoredLine(at pos: Int) -> Int? {
        let end = bytes[pos...].firstIndex(of: Self.newline) ?? bytes.count
        let blanks = [UInt8(ascii: " "), UInt8(ascii: "\t"), Self.carriageReturn]
        let blank = bytes[pos..<end].allSatisfy { blanks.contains($0) }
        return bytes[pos] == UInt8(ascii: "#") || blank ? min(end + 1, bytes.count) : nil
    }

    /// One field at `pos`: its text, the offset after it and its separator or line end,
    /// the newlines inside it, and whether it ended the row.
    private func readField(at start: Int, line: Int) throws -> (String, Int, Int, Bool) {
        var pos = start
        var newlines = 0
        var buffer: [UInt8] = []
        if pos < bytes.count, bytes[pos] == Self.quote {
            pos += 1
            var closed = false
            while pos < bytes.count {
                let b = bytes[pos]
                if b == Self.quote {
                    if pos + 1 < bytes.count, bytes[pos + 1] == Self.quote {
                        buffer.append(Self.quote)
                        pos += 2
                        continue
                    }
                    pos += 1
                    closed = true
                    break
                }
                if b == Self.newline { newlines += 1 }
                buffer.append(b)
                pos += 1
                if buffer.count > maxFieldBytes { throw tooLarge(line: line, size: buffer.count) }
            }
            if !closed { throw ImportError.unterminatedQuote(file: file, line: line) }
        }
        // Unquoted text, or text after a closing quote, up to the separator or the line end.
        let textStart = pos
        while pos < bytes.count, bytes[pos] != separator, bytes[pos] != Self.newline { pos += 1 }
        var textEnd = pos
        if textEnd > textStart, bytes[textEnd - 1] == Self.carriageReturn,
            pos >= bytes.count || bytes[pos] == Self.newline
        {
            textEnd -= 1
        }
        buffer.append(contentsOf: bytes[textStart..<textEnd])
        if buffer.count > maxFieldBytes { throw tooLarge(line: line, size: buffer.count) }
        let text = String(decoding: buffer, as: UTF8.self)
        if pos < bytes.count, bytes[pos] == separator {
            return (text, pos + 1, newlines, false)
        }
        return (text, min(pos + 1, bytes.count), newlines, true)
    }

    private func tooLarge(line: Int, size: Int) -> ImportError {
        .fieldTooLarge(file: file, line: line, bytes: size, limit: maxFieldBytes)
    }

    /// The offset of the first byte that is not valid UTF-8, if any, as the standard library's
    /// decoder finds it.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var input = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &input) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
