import Foundation

/// Turns the HTML of Anki fields into plain text: tags dropped, line breaks and blocks to spaces,
/// entities decoded, `[sound:...]` removed, whitespace collapsed.
public enum AnkiHTML {
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
    public static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { plainText(bytes: $0) }
    }

    /// The plain text of an HTML field given as valid UTF-8.
    static func plainText(bytes: UnsafeBufferPointer<UInt8>) -> String {
        if !bytes.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            return soundlessCollapsed(bytes)
        }
        return markupStripped(bytes).withUnsafeBufferPointer { soundlessCollapsed($0) }
    }

    /// `collapsingWhitespace(removingSounds(text))` for valid UTF-8 `bytes`.
    static func soundlessCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if containsSoundTag(bytes) {
            return collapsingWhitespace(removingSounds(String(decoding: bytes, as: UTF8.self)))
        }
        return collapsed(bytes, scan: FieldTraits(bytes))
    }

    /// The text of `bytes` with tags and comments dropped, breaking tags as spaces and entities
    /// decoded. Markup is ASCII, so the scan works on UTF-8 bytes and copies other bytes through.
    static func markupStripped(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
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
        return out
    }

    /// `text` without Anki's `[sound:file]` references.
    public static func removingSounds(_ text: String) -> String {
        // A byte scan: Foundation's `contains` is slow on Linux, and most fields have no sound.
        var probe = text
        guard probe.withUTF8({ containsSoundTag($0) }) else { return text }
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

    /// Whether the bytes hold `[sound:`.
    static func containsSoundTag(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let marker: StaticString = "[sound:"
        let length = marker.utf8CodeUnitCount
        guard bytes.count >= length else { return false }
        var i = 0
        while i <= bytes.count - length {
            if bytes[i] == UInt8(ascii: "[") {
                var k = 1
                while k < length, bytes[i + k] == marker.utf8Start[k] { k += 1 }
                if k == length { return true }
            }
            i += 1
        }
        return false
    }

    /// Runs of whitespace (newlines, tabs, no-break spaces) as one space; ends trimmed; other
    /// control characters (escape sequences' ESC among them) dropped, since deck text is data.
    public static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { collapsed($0, scan: FieldTraits($0)) }
    }

    /// `collapsingWhitespace` of valid UTF-8 `bytes` that `scan` describes.
    static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>, scan: FieldTraits) -> String {
        // Works on UTF-8 bytes: Unicode property look-ups per scalar cost more than the import.
        if scan.isCollapsed { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let (scalar, length) = FieldTraits.decode(bytes, at: i)
                switch FieldTraits.kind(of: scalar) {
                case .whitespace:
                    pendingSpace = count > 0
                case .control:
                    break
                case .text:
                    if pendingSpace {
                        out[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    for k in i..<min(i + length, bytes.count) {
                        out[count] = bytes[k]
                        count += 1
                    }
                }
                i += length
            }
            return count
        }
    }

    /// The index of the `>` closing a tag that starts at `start`, if `<` starts a tag at all.
    private static func tagEnd(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
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
    private static func tagName(_ s: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
        var name: [UInt8] = []
        var i = start
        while i < end {
            let c = s[i]
            let isSpace = c == 0x20 || (0x09...0x0D).contains(c)
            if isSpace || (c == UInt8(ascii: "/") && !name.isEmpty) { break }
            name.append((0x41...0x5A).contains(c) ? c + 0x20 : c)
            if name.count == 3, name[0] == UInt8(ascii: "!"), name[1] == UInt8(ascii: "-"), name[2] == UInt8(ascii: "-")
            {
                break
            }
            i += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    private static func commentEnd(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
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
    private static func closingTagEnd(_ s: UnsafeBufferPointer<UInt8>, name: String, from start: Int) -> Int {
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
    private static func entity(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
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
