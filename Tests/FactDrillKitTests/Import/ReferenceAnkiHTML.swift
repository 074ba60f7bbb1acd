import Foundation
@testable import FactDrillKit

/// The HTML cleaning as it was before the byte-level fast paths (commit e509986), kept to pin them.
/// Turns the HTML of Anki fields into plain text: tags dropped, line breaks and blocks to spaces,
/// entities decoded, `[sound:...]` removed, whitespace collapsed.
enum ReferenceAnkiHTML {
    /// Tags that separate words, so they become a space rather than nothing.
    private static let breakingTags: Set<String> = [
        "br", "div", "p", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4",
        "h5", "h6", "hr", "blockquote", "pre", "section", "dt", "dd",
    ]
    /// Elements whose content is not text.
    private static let hiddenElements: Set<String> = ["style", "script", "head", "title"]

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "hellip": "…", "laquo": "«", "raquo": "»",
        "lrm": "", "rlm": "", "zwnj": "\u{200C}", "zwj": "\u{200D}",
    ]

    /// The plain text of an HTML field.
    static func plainText(_ html: String) -> String {
        if !html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            return collapsingWhitespace(removingSounds(html))
        }
        // Markup is ASCII, so the scan works on UTF-8 bytes and copies other bytes through.
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "<"), let end = tagEnd(bytes, from: i) {
                let name = tagName(bytes, from: i + 1, to: end)
                if name.hasPrefix("!--") {
                    i = commentEnd(bytes, from: i)
                    continue
                }
                if hiddenElements.contains(name) {
                    i = closingTagEnd(bytes, name: name, from: end + 1)
                    continue
                }
                if breakingTags.contains(name.hasPrefix("/") ? String(name.dropFirst()) : name) {
                    out.append(0x20)
                }
                i = end + 1
            } else if c == UInt8(ascii: "&"), let (text, next) = entity(bytes, from: i) {
                out.append(contentsOf: text.utf8)
                i = next
            } else {
                out.append(c)
                i += 1
            }
        }
        return collapsingWhitespace(removingSounds(String(decoding: out, as: UTF8.self)))
    }

    /// `text` without Anki's `[sound:file]` references.
    static func removingSounds(_ text: String) -> String {
        // A byte scan: Foundation's `contains` is slow on Linux, and most fields have no sound.
        guard containsSoundTag(text) else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "[sound:") {
            result += rest[..<start.lowerBound]
            guard let close = rest[start.upperBound...].firstIndex(of: "]") else {
                rest = rest[start.lowerBound...]
                break
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private static func containsSoundTag(_ text: String) -> Bool {
        let marker = Array("[sound:".utf8)
        var matched = 0
        for byte in text.utf8 {
            if byte == marker[matched] {
                matched += 1
                if matched == marker.count { return true }
            } else {
                matched = byte == marker[0] ? 1 : 0
            }
        }
        return false
    }

    /// Runs of whitespace (newlines, tabs, no-break spaces) as one space; ends trimmed; other
    /// control characters (escape sequences' ESC among them) dropped, since deck text is data.
    static func collapsingWhitespace(_ text: String) -> String {
        // Works on UTF-8 bytes: Unicode property look-ups per scalar cost more than the import.
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        while i < bytes.count {
            let (kind, length) = classify(bytes, at: i)
            switch kind {
            case .whitespace:
                pendingSpace = !out.isEmpty
            case .control:
                break
            case .text:
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(contentsOf: bytes[i..<min(i + length, bytes.count)])
            }
            i += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    private enum ByteKind { case whitespace, control, text }

    /// Whether the scalar at `i` is Unicode White_Space, a C0/C1 control, or text; its length.
    private static func classify(_ b: [UInt8], at i: Int) -> (ByteKind, Int) {
        let lead = b[i]
        if lead < 0x80 {
            if lead == 0x20 || (0x09...0x0D).contains(lead) { return (.whitespace, 1) }
            return (lead < 0x20 || lead == 0x7F ? .control : .text, 1)
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard i + length <= b.count else { return (.text, length) }
        switch length {
        case 2 where lead == 0xC2:
            if b[i + 1] == 0x85 || b[i + 1] == 0xA0 { return (.whitespace, 2) }  // NEL, NBSP
            if (0x80...0x9F).contains(b[i + 1]) { return (.control, 2) }
        case 3 where lead == 0xE1:
            if b[i + 1] == 0x9A && b[i + 2] == 0x80 { return (.whitespace, 3) }  // U+1680
        case 3 where lead == 0xE2:
            let (b1, b2) = (b[i + 1], b[i + 2])
            // U+2000...200A, U+2028, U+2029, U+202F, U+205F
            if b1 == 0x80 && ((0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) {
                return (.whitespace, 3)
            }
            if b1 == 0x81 && b2 == 0x9F { return (.whitespace, 3) }
        case 3 where lead == 0xE3:
            if b[i + 1] == 0x80 && b[i + 2] == 0x80 { return (.whitespace, 3) }  // U+3000
        default:
            break
        }
        return (.text, length)
    }

    /// The index of the `>` closing a tag that starts at `start`, if `<` starts a tag at all.
    private static func tagEnd(_ s: [UInt8], from start: Int) -> Int? {
        guard start + 1 < s.count else { return nil }
        let next = s[start + 1]
        let isLetter = (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next)
        guard isLetter || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") else { return nil }
        var quote: UInt8?
        var i = start + 1
        while i < s.count {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: ">") {
                return i
            }
            i += 1
        }
        return nil
    }

    /// The lowercased tag name (with a leading `/` for closing tags, `!--` for comments).
    private static func tagName(_ s: [UInt8], from start: Int, to end: Int) -> String {
        var name: [UInt8] = []
        var i = start
        while i < end {
            let c = s[i]
            let isSpace = c == 0x20 || (0x09...0x0D).contains(c)
            if isSpace || (c == UInt8(ascii: "/") && !name.isEmpty) { break }
            name.append((0x41...0x5A).contains(c) ? c + 0x20 : c)
            if name == Array("!--".utf8) { break }
            i += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    private static func commentEnd(_ s: [UInt8], from start: Int) -> Int {
        var i = start + 4
        while i + 2 < s.count {
            if s[i] == UInt8(ascii: "-") && s[i + 1] == UInt8(ascii: "-") && s[i + 2] == UInt8(ascii: ">") {
                return i + 3
            }
            i += 1
        }
        return s.count
    }

    /// The index after `</name>`, or the end of the text if it is never closed.
    private static func closingTagEnd(_ s: [UInt8], name: String, from start: Int) -> Int {
        var i = start
        while i < s.count {
            if s[i] == UInt8(ascii: "<"), let end = tagEnd(s, from: i), tagName(s, from: i + 1, to: end) == "/" + name {
                return end + 1
            }
            i += 1
        }
        return s.count
    }

    /// The decoded text of an entity at `start` and the index after it.
    private static func entity(_ s: [UInt8], from start: Int) -> (String, Int)? {
        var i = start + 1
        while i < s.count, i - start <= 10, s[i] != UInt8(ascii: ";") { i += 1 }
        guard i < s.count, s[i] == UInt8(ascii: ";"), i > start + 1 else { return nil }
        let body = String(decoding: s[(start + 1)..<i], as: UTF8.self)
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar == "\u{A0}" ? " " : String(scalar), i + 1)
        }
        guard let text = namedEntities[body.lowercased()] else { return nil }
        return (text, i + 1)
    }
}
