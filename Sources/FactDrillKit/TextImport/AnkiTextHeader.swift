import Foundation

/// The `#key:value` lines at the top of a file in Anki's text format.
struct AnkiTextHeader: Sendable {
    var separator: UInt8?
    var html: Bool?
    var tags: [String] = []
    var columns: (line: Int, raw: String)?
    var deck: String?
    var notetype: String?
    /// 1-based column numbers, as Anki writes them.
    var tagsColumn: Int?
    var guidColumn: Int?
    var deckColumn: Int?
    var notetypeColumn: Int?
    /// Whether the first row was a spreadsheet's column names, read as `#columns:`.
    var headerRow = false
    /// Where the rows start: byte offset and line number.
    var dataOffset = 0
    var dataLine = 1

    private static let separatorNames: [String: UInt8] = [
        "comma": UInt8(ascii: ","), "semicolon": UInt8(ascii: ";"), "tab": UInt8(ascii: "\t"),
        "space": UInt8(ascii: " "), "pipe": UInt8(ascii: "|"), "colon": UInt8(ascii: ":"),
    ]

    /// Reads the header lines of `bytes` from `offset`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, file: String) throws -> AnkiTextHeader {
        var header = AnkiTextHeader()
        var pos = offset
        var line = 1
        while pos < bytes.count, bytes[pos] == UInt8(ascii: "#") {
            var end = pos
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var contentEnd = end
            if contentEnd > pos, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            let text = String(decoding: bytes[(pos + 1)..<contentEnd], as: UTF8.self)
            if let colon = text.firstIndex(of: ":") {
                let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = String(text[text.index(after: colon)...])
                try header.apply(key: key, value: value, line: line, file: file)
            }
            pos = min(end + 1, bytes.count)
            line += 1
        }
        header.dataOffset = pos
        header.dataLine = line
        return header
    }

    private mutating func apply(key: String, value: String, line: Int, file: String) throws {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        switch key {
        case "separator":
            if let byte = Self.separatorNames[trimmed.lowercased()] {
                separator = byte
            } else if value.unicodeScalars.count == 1, let scalar = value.unicodeScalars.first,
                scalar.isASCII, scalar != "\"", scalar != "\n"
            {
                separator = UInt8(scalar.value)
            } else {
                throw ImportError.unknownSeparator(file: file, line: line, value: value)
            }
        case "html":
            switch trimmed.lowercased() {
            case "true": html = true
            case "false": html = false
            default:
                throw ImportError.badHeader(
                    file: file, line: line, header: key,
                    reason: "expected true or false, found \"\(trimmed)\"")
            }
        case "tags": tags = ImportedNote.splitTags(trimmed)
        case "columns": columns = (line, value)
        case "deck": deck = trimmed
        case "notetype": notetype = trimmed
        case "tags column": tagsColumn = try Self.column(trimmed, key: key, line: line, file: file)
        case "guid column": guidColumn = try Self.column(trimmed, key: key, line: line, file: file)
        case "deck column": deckColumn = try Self.column(trimmed, key: key, line: line, file: file)
        case "notetype column": notetypeColumn = try Self.column(trimmed, key: key, line: line, file: file)
        default: break  // Anki reads other `#` lines as comments.
        }
    }

    private static func column(_ value: String, key: String, line: Int, file: String) throws -> Int {
        guard let number = Int(value), number >= 1, number <= 1000 else {
            throw ImportError.badHeader(
                file: file, line: line, header: key,
                reason: "expected a column number from 1, found \"\(value)\"")
        }
        return number
    }

    /// Anki's guess when there is no `#separator:`: tab, then semicolon, then comma, found in
    /// the first 8 KiB of rows (outside quotes); comma when none is there.
    static func guessSeparator(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> UInt8 {
        var seen = Set<UInt8>()
        var inQuotes = false
        var atLineStart = true
        var inComment = false
        for byte in bytes[offset..<min(bytes.count, offset + 8192)] {
            if inComment {
                if byte == UInt8(ascii: "\n") {
                    inComment = false
                    atLineStart = true
                }
                continue
            }
            if atLineStart && byte == UInt8(ascii: "#") && !inQuotes {
                inComment = true
                continue
            }
            atLineStart = byte == UInt8(ascii: "\n") && !inQuotes
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() } else if !inQuotes { seen.insert(byte) }
        }
        for candidate in [UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: ",")] where seen.contains(candidate) {
            return candidate
        }
        return UInt8(ascii: ",")
    }

    /// The header with what Anki's own export does not say but the rows show: whether fields
    /// hold HTML (when no `#html:` line says: a tag or an entity in the first 64 KiB of rows),
    /// and a spreadsheet's first row of column names ("Front,Back,Tags", read as `#columns:`).
    func inferred(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> AnkiTextHeader {
        var header = self
        if header.html == nil {
            let sample = String(decoding: bytes[dataOffset..<min(bytes.count, dataOffset + 65_536)], as: UTF8.self)
            header.html =
                sample.range(
                    of: #"<(/?[a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?/?>|&([a-zA-Z]{2,8}|#[0-9]{2,5});"#,
                    options: .regularExpression)
                != nil
        }
        if header.columns == nil, dataOffset < bytes.count {
            var end = dataOffset
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var contentEnd = end
            if contentEnd > dataOffset, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            let raw = String(decoding: bytes[dataOffset..<contentEnd], as: UTF8.self)
            let fields = raw.split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
            if !raw.contains("\""), ColumnLayout.isHeaderRow(fields) {
                header.columns = (dataLine, fields.joined(separator: String(Character(Unicode.Scalar(separator)))))
                header.dataOffset = min(end + 1, bytes.count)
                header.dataLine += 1
                header.headerRow = true
            }
        }
        return header
    }
}
