import Foundation

@testable import FactDrillKit

/// The field cleaning written the plain way, to pin the byte-level fast paths of `AnkiHTML` and
/// `CleanField` (one scan, the field kept or collapsed in place): whitespace and controls from
/// the standard library's Unicode properties, sounds with a regular expression. The markup
/// stripping is the product's own (`AnkiHTML.markupStripped`, never rewritten for speed; its
/// cases are in `AnkiHTMLTests`).
enum ReferenceAnkiHTML {
    /// The plain text of an HTML field.
    static func plainText(_ html: String) -> String {
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            return collapsingWhitespace(removingSounds(html))
        }
        let stripped = Array(html.utf8).withUnsafeBufferPointer { AnkiHTML.markupStripped($0) }
        return collapsingWhitespace(removingSounds(String(decoding: stripped, as: UTF8.self)))
    }

    /// `text` without `[sound:…]` references (an unclosed one is kept).
    static func removingSounds(_ text: String) -> String {
        text.replacingOccurrences(of: #"\[sound:[^\]]*\]"#, with: "", options: .regularExpression)
    }

    /// Runs of Unicode White_Space as one space, ends trimmed, other controls (Cc) dropped.
    static func collapsingWhitespace(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else if scalar.properties.generalCategory != .control {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
