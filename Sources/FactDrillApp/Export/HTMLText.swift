import FactDrillKit
import Foundation

/// Escaping and bidi-safe markup of deck text in the HTML report.
enum HTMLText {
    /// `text` with controls removed and `& < > " '` escaped: safe in element content and in
    /// quoted attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !CSVField.isControl(scalar) {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `language` is written right to left.
    static func isRightToLeft(_ language: String) -> Bool {
        ["ar", "fa", "he", "ur"].contains(language.lowercased().prefix(2).description)
    }

    /// One string of deck text in its language, isolated from the text around it.
    static func bdi(_ text: String, language: String) -> String {
        let direction = isRightToLeft(language) ? "rtl" : "ltr"
        return "<bdi lang=\"\(escape(language))\" dir=\"\(direction)\">\(escape(text))</bdi>"
    }

    /// Every language of `text`, `preferred` first, each isolated; the others dimmed.
    static func localized(_ text: LocalizedText?, preferred: String = "en") -> String {
        guard let text, !text.values.isEmpty else { return "" }
        let order = text.languages.sorted { lhs, rhs in
            (lhs == preferred ? 0 : 1, lhs) < (rhs == preferred ? 0 : 1, rhs)
        }
        return order.enumerated().map { index, language in
            let markup = bdi(text[language] ?? "", language: language)
            return index == 0 ? markup : "<span class=\"alt\">\(markup)</span>"
        }.joined(separator: " ")
    }
}
