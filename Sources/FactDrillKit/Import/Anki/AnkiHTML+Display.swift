import Foundation

extension AnkiHTML {
    /// The HTML of a rendered Anki card as the terminal shows it: line breaks where Anki breaks
    /// lines (`<br>`, blocks, `<hr>`), an image as `[image: NAME]` and a sound as
    /// `[sound: NAME]`, other markup dropped, entities decoded, each line's whitespace collapsed.
    public static func displayText(_ html: String) -> String {
        var text = html
        // Media first, into private-use marks plainText leaves alone.
        text = replacing(text, pattern: #"\[sound:([^\]]+)\]"#) { "\u{E001}sound: \($0)\u{E002}" }
        text = replacing(text, pattern: #"<(?:img|audio|video|source)\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)["']?[^>]*>"#)
        {
            name in
            let kind = name.lowercased().hasSuffix(".mp3") || name.lowercased().hasSuffix(".ogg") ? "sound" : "image"
            return "\u{E001}\(kind): \(decodedName(name))\u{E002}"
        }
        text = text.replacingOccurrences(
            of: #"<\s*(br|hr)\b[^>]*>|<\s*/?\s*(div|p|li|tr|h[1-6]|blockquote|pre|ul|ol|table)\b[^>]*>"#,
            with: "\u{E000}", options: [.regularExpression, .caseInsensitive])
        let lines = text.components(separatedBy: "\u{E000}").map { piece in
            plainText(piece).replacingOccurrences(of: "\u{E001}", with: "[").replacingOccurrences(
                of: "\u{E002}", with: "]")
        }
        var out: [String] = []
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty, out.last?.isEmpty ?? true { continue }
            out.append(trimmed)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n")
    }

    /// The media files a field names: `<img src>` and `[sound:]`, in order.
    public static func mediaNames(_ html: String) -> [String] {
        var names: [String] = []
        for pattern in [
            #"\[sound:([^\]]+)\]"#, #"<(?:img|audio|video|source)\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)["']?"#,
        ] {
            _ = replacing(html, pattern: pattern) { name in
                let decoded = decodedName(name)
                if !names.contains(decoded) { names.append(decoded) }
                return ""
            }
        }
        return names
    }

    /// A media name as written in HTML (`%20`, `&amp;`) as the file is named.
    private static func decodedName(_ name: String) -> String {
        let entities = plainText(name)
        return entities.removingPercentEncoding ?? entities
    }

    private static func replacing(_ text: String, pattern: String, _ transform: (String) -> String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return text }
        let source = text as NSString
        var out = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            out += source.substring(with: NSRange(location: last, length: match.range.location - last))
            out += transform(source.substring(with: match.range(at: 1)))
            last = match.range.location + match.range.length
        }
        out += source.substring(from: last)
        return out
    }
}
