import Foundation

/// Turns the HTML of Anki fields into plain text: tags dropped, line breaks and blocks to spaces,
/// entities decoded, `[sound:...]` removed, whitespace collapsed.
public enum HTMLText {
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
        let scalars = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "<", let end = tagEnd(scalars, from: i) {
                let name = tagName(scalars, from: i + 1, to: end)
                if name.hasPrefix("!--") {
                    i = commentEnd(scalars, from: i)
                    continue
                }
                if hiddenElements.contains(name) {
                    i = closingTagEnd(scalars, name: name, from: end + 1)
                    continue
                }
                if breakingTags.contains(name.hasPrefix("/") ? String(name.dropFirst()) : name) {
                    out.append(" ")
                }
                i = end + 1
            } else if c == "&", let (text, next) = entity(scalars, from: i) {
                out.append(contentsOf: text.unicodeScalars)
                i = next
            } else {
                out.append(c)
                i += 1
            }
        }
        return collapsingWhitespace(removingSounds(String(out)))
    }

    /// `text` without Anki's `[sound:file]` references.
    public static func removingSounds(_ text: String) -> String {
        guard text.contains("[sound:") else { return text }
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

    /// Runs of whitespace (newlines, tabs, no-break spaces) as one space; ends trimmed.
    public static func collapsingWhitespace(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The index of the `>` closing a tag that starts at `start`, if `<` starts a tag at all.
    private static func tagEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < s.count else { return nil }
        let next = s[start + 1]
        guard next.properties.isAlphabetic || next == "/" || next == "!" else { return nil }
        var quote: Unicode.Scalar?
        var i = start + 1
        while i < s.count {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return i
            }
            i += 1
        }
        return nil
    }

    /// The lowercased tag name (with a leading `/` for closing tags, `!--` for comments).
    private static func tagName(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> String {
        var name = String.UnicodeScalarView()
        var i = start
        while i < end {
            let c = s[i]
            if c.properties.isWhitespace || (c == "/" && !name.isEmpty) { break }
            name.append(c)
            if String(name) == "!--" { break }
            i += 1
        }
        return String(name).lowercased()
    }

    private static func commentEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start + 4
        while i + 2 < s.count {
            if s[i] == "-" && s[i + 1] == "-" && s[i + 2] == ">" { return i + 3 }
            i += 1
        }
        return s.count
    }

    /// The index after `</name>`, or the end of the text if it is never closed.
    private static func closingTagEnd(_ s: [Unicode.Scalar], name: String, from start: Int) -> Int {
        var i = start
        while i < s.count {
            if s[i] == "<", let end = tagEnd(s, from: i), tagName(s, from: i + 1, to: end) == "/" + name {
                return end + 1
            }
            i += 1
        }
        return s.count
    }

    /// The decoded text of an entity at `start` and the index after it.
    private static func entity(_ s: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var i = start + 1
        var body = ""
        while i < s.count, i - start <= 10, s[i] != ";" {
            body.unicodeScalars.append(s[i])
            i += 1
        }
        guard i < s.count, s[i] == ";", !body.isEmpty else { return nil }
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
