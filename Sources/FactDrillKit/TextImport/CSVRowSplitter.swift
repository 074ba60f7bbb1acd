import Foundation

/// Where one field's bytes are in the file: the inside of its quotes (`""` escapes still in
/// it) and the text after the closing quote (all of an unquoted field).
struct FieldSpan: Sendable {
    /// The bytes between the quotes; empty for an unquoted field.
    var quoted: Range<Int>
    /// Whether `quoted` holds `""` escapes, so the field is not one run of the file's bytes.
    var escapes: Bool
    /// The bytes after the closing quote up to the separator or line end (a CR before LF dropped).
    var tail: Range<Int>
}

/// Splits UTF-8 bytes into rows of fields: quoted fields with `""` escapes and embedded newlines,
/// CRLF or LF line ends, blank lines and `#` comment lines skipped (as Anki does).
///
/// Rows come one at a time as spans into the file's bytes, so the reader makes strings only of
/// the fields it keeps. `bytes` must outlive the splitter (it lives inside `withUnsafeBytes`).
struct CSVRowSplitter {
    let bytes: UnsafeBufferPointer<UInt8>
    let separator: UInt8
    let file: String
    let maxFieldBytes: Int
    /// Where the next row starts, and its line (a splitter made at `offset`, on line `line`).
    private(set) var offset: Int
    private(set) var line: Int

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Reads the next row's fields into `fields` and returns the line it starts on; nil at the end.
    mutating func nextRow(into fields: inout [FieldSpan]) throws(ImportError) -> Int? {
        while offset < bytes.count {
            if let next = skipIgnoredLine(at: offset) {
                offset = next
                line += 1
                continue
            }
            let rowLine = line
            fields.removeAll(keepingCapacity: true)
            var endOfRow = false
            while !endOfRow {
                let (field, newlines, ended) = try readField(line: line)
                fields.append(field)
                line += newlines
                endOfRow = ended
            }
            line += 1
            return rowLine
        }
        return nil
    }

    /// Calls `body` with a field's text as contiguous bytes: straight from the file when it is
    /// one run of bytes, else unescaped into `scratch`.
    func withBytes<R>(
        of field: FieldSpan, scratch: inout [UInt8],
        _ body: (UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R {
        if !field.escapes {
            if field.tail.isEmpty { return try body(UnsafeBufferPointer(rebasing: bytes[field.quoted])) }
            if field.quoted.isEmpty { return try body(UnsafeBufferPointer(rebasing: bytes[field.tail])) }
        }
        scratch.removeAll(keepingCapacity: true)
        var i = field.quoted.lowerBound
        while i < field.quoted.upperBound {
            // Inside the quotes every quote is the first of an escaped pair.
            scratch.append(bytes[i])
            i += bytes[i] == Self.quote ? 2 : 1
        }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[field.tail]))
        return try scratch.withUnsafeBufferPointer(body)
    }

    /// A field's text.
    func string(_ field: FieldSpan) -> String {
        var scratch: [UInt8] = []
        return withBytes(of: field, scratch: &scratch) { String(decoding: $0, as: UTF8.self) }
    }

    /// The offset after a blank or comment line at `pos`, or nil if a row starts there.
    private func skipIgnoredLine(at pos: Int) -> Int? {
        var i = pos
        let isComment = bytes[pos] == UInt8(ascii: "#")
        while i < bytes.count, bytes[i] != Self.newline {
            let b = bytes[i]
            if !isComment && b != UInt8(ascii: " ") && b != UInt8(ascii: "\t") && b != Self.carriageReturn {
                return nil
            }
            i += 1
        }
        return min(i + 1, bytes.count)
    }

    /// One field at `offset` (which moves past it and its separator or line end): where it is,
    /// the newlines inside it, and whether it ended the row.
    private mutating func readField(line: Int) throws(ImportError) -> (FieldSpan, Int, Bool) {
        var pos = offset
        var newlines = 0
        // The field's length once unescaped, counted as the bytes would be copied.
        var size = 0
        var escapes = false
        var quoted = pos..<pos
        if pos < bytes.count, bytes[pos] == Self.quote {
            pos += 1
            let quoteStart = pos
            var closed = false
            while pos < bytes.count {
                // Eight bytes at a time while no quote is among them and the field stays within
                // the limit (so no byte of them would have thrown).
                if pos + 8 <= bytes.count, size + 8 <= maxFieldBytes {
                    let word = EightByteWord.load(bytes, at: pos)
                    if EightByteWord.matches(word, Self.quote) == 0 {
                        newlines += EightByteWord.matches(word, Self.newline).nonzeroBitCount
                        size += 8
                        pos += 8
                        continue
                    }
                }
                let b = bytes[pos]
                if b == Self.quote {
                    if pos + 1 < bytes.count, bytes[pos + 1] == Self.quote {
                        size += 1
                        escapes = true
                        pos += 2
                        continue
                    }
                    quoted = quoteStart..<pos
                    pos += 1
                    closed = true
                    break
                }
                if b == Self.newline { newlines += 1 }
                size += 1
                pos += 1
                if size > maxFieldBytes { throw tooLarge(line: line, size: size) }
            }
            if !closed { throw ImportError.unterminatedQuote(file: file, line: line) }
        }
        // Unquoted text, or text after a closing quote, up to the separator or the line end.
        let textStart = pos
        while pos < bytes.count {
            if pos + 8 <= bytes.count {
                let word = EightByteWord.load(bytes, at: pos)
                if EightByteWord.matches(word, separator) | EightByteWord.matches(word, Self.newline) == 0 {
                    pos += 8
                    continue
                }
            }
            if bytes[pos] == separator || bytes[pos] == Self.newline { break }
            pos += 1
        }
        var textEnd = pos
        if textEnd > textStart, bytes[textEnd - 1] == Self.carriageReturn,
            pos >= bytes.count || bytes[pos] == Self.newline
        {
            textEnd -= 1
        }
        size += textEnd - textStart
        if size > maxFieldBytes { throw tooLarge(line: line, size: size) }
        let field = FieldSpan(quoted: quoted, escapes: escapes, tail: textStart..<textEnd)
        if pos < bytes.count, bytes[pos] == separator {
            offset = pos + 1
            return (field, newlines, false)
        }
        offset = min(pos + 1, bytes.count)
        return (field, newlines, true)
    }

    private func tooLarge(line: Int, size: Int) -> ImportError {
        .fieldTooLarge(file: file, line: line, bytes: size, limit: maxFieldBytes)
    }

    /// The offset of the first byte that is not valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight ASCII bytes at a time: most of a file is ASCII.
            if i + 8 <= n, EightByteWord.load(bytes, at: i) & EightByteWord.highBits == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var minNext: UInt8 = 0x80
            var maxNext: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                minNext = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                maxNext = 0x9F
            case 0xF0:
                length = 4
                minNext = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                maxNext = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            guard bytes[i + 1] >= minNext, bytes[i + 1] <= maxNext else { return i }
            for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
