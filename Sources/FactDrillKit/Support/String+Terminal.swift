import Foundation

extension String {
    /// This text with every control character escaped, safe to print on a terminal.
    ///
    /// Text from a model or a deck is data: C0 and C1 controls (ESC included), DEL, and the
    /// bidirectional overrides and isolates that can reorder what a line shows are written as
    /// `\u{…}` escapes, so nothing read from a file can move the cursor, recolour the terminal or
    /// disguise a message. Tabs and line breaks are escaped too: a message is one line.
    public var visibleForTerminal: String {
        var result = ""
        result.unicodeScalars.reserveCapacity(unicodeScalars.count)
        for scalar in unicodeScalars {
            if String.isInvisibleControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a scalar must not reach a terminal as is.
    static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
