import Foundation

/// Fields of the exported CSV files (RFC 4180).
enum CSVField {
    /// A text field from deck data: control characters removed, quoted when it holds a comma,
    /// quote or line break, and prefixed with `'` when a spreadsheet would read it as a formula.
    static func text(_ value: String) -> String {
        var clean = String(String.UnicodeScalarView(value.unicodeScalars.filter { !isControl($0) }))
        if let first = clean.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) {
            clean = "'" + clean
        }
        guard clean.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// C0 and C1 controls, DEL, and bidi embeddings, overrides and isolates.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
