/// The number of terminal cells text occupies, like `wcswidth(3)`.
///
/// Combining marks, format characters (bidi marks, joiners) and controls take no cell; East
/// Asian wide and fullwidth characters and emoji presented as emoji take two; everything else,
/// Arabic letters included, takes one. Text is cut to a width at grapheme boundaries, never
/// splitting a letter from its harakat or an emoji sequence.
public enum DisplayWidth {
    /// The cells `text` occupies.
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// The cells `scalar` occupies: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .control:
            return 0
        case .format:
            return value == 0x00AD ? 1 : 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels and finals
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The ellipsis that ends cut text.
    public static let ellipsis: Character = "…"

    /// `text` cut to at most `width` cells: the longest run of whole characters that leaves a
    /// cell for `…`, then `…`. Text that fits is returned as it is; a width of 0 gives "".
    ///
    /// Blanks before the ellipsis are dropped. When the kept text ends right-to-left (Arabic),
    /// an RLM follows the ellipsis, so bidi isolation keeps the ellipsis with the Arabic run, at
    /// the end it was cut from.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        var kept = ""
        var used = 0
        for character in text {
            let cells = of(String(character))
            guard used + cells <= width - 1 else { break }
            kept.append(character)
            used += cells
        }
        while kept.last?.isWhitespace == true { kept.removeLast() }
        let endsRightToLeft =
            kept.unicodeScalars.reversed().lazy.map(BidiClass.init)
            .first { $0 == .leftToRight || $0 == .rightToLeft } == .rightToLeft
        return kept + String(ellipsis) + (endsRightToLeft ? "\u{200F}" : "")
    }

    /// `text` cut to at most `width` cells without an ellipsis (bars and other drawings).
    public static func clip(_ text: String, toWidth width: Int) -> String {
        guard of(text) > width else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let cells = of(String(character))
            guard used + cells <= width else { break }
            kept.append(character)
            used += cells
        }
        return kept
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        value >= 0x1100 && wideRanges.contains { $0.contains(value) }
    }
}
