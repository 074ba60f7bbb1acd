import Foundation

/// Turns a typed answer or an accepted form into the tokens the matcher compares.
///
/// Steps, in order:
/// 1. Compatibility normalization (NFKD) when the text holds anything beyond ASCII, Latin-1/
///    Latin Extended, the basic Arabic block and general punctuation (presentation forms,
///    full-width digits, ligatures, superscripts); combining marks are then dropped, so the
///    result is the same as NFKC followed by mark removal.
/// 2. Dropped: Arabic harakat and Quranic marks, tatweel, Latin combining marks, bidi and
///    zero-width controls (U+200B-U+200F, U+202A-U+202E, U+2060-U+2069, U+FEFF, U+061C), soft
///    hyphens and apostrophes (`d'Ivoire` = `dIvoire`).
/// 3. Folded: Arabic letter variants (`ArabicNormalizer.fold`), Arabic-Indic and Persian digits
///    to ASCII, Latin letters to lower-case ASCII without diacritics (`ß` → `ss`, `æ` → `ae`).
/// 4. Split into tokens at spaces, punctuation and symbols, and between letters and digits
///    (`10th` → `10 th`, `2022م` → `2022 م`); a dot right after a letter is dropped (`U.S.` = `US`);
///    `&` becomes the word `and`.
/// 5. Articles: the word `the` and a lone `ال` are removed; a leading ال (also after و/ف/ب/ك, and
///    لل) is stripped from each Arabic word («والعشرون» → «عشرون»), except the second word of
///    compound names (عبد الله, حزب الله, نور الدين), so «عبدالله» still equals «عبد الله».
public enum TextNormalizer {
    /// Normalizes a text into tokens (see the type's documentation for the steps).
    public static func normalize(_ text: String) -> NormalizedText {
        var builder = TokenBuilder(decomposed: false)
        for scalar in text.unicodeScalars where !builder.consume(scalar) {
            // A scalar the per-scalar rules do not cover alone: start again from NFKD.
            var decomposed = TokenBuilder(decomposed: true)
            for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
                _ = decomposed.consume(scalar)
            }
            return decomposed.finish()
        }
        return builder.finish()
    }

    /// What one scalar contributes.
    enum Action {
        case skip, separator, dot, ampersand
        /// The text needs compatibility decomposition first.
        case compatibility
        case letter(UInt32)
        case letters(UInt32, UInt32)
        case digit(UInt32)
    }

    /// Classifies and folds one scalar; `.compatibility` for a scalar outside ASCII, Latin,
    /// basic Arabic and general punctuation unless the text is already decomposed.
    static func action(for scalar: Unicode.Scalar, decomposed: Bool) -> Action {
        let v = scalar.value
        switch v {
        case 0x61...0x7A: return .letter(v)
        case 0x41...0x5A: return .letter(v + 0x20)
        case 0x30...0x39: return .digit(v)
        case 0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x201B, 0x02BC, 0x02B9, 0xAD: return .skip
        case 0x2E: return .dot
        case 0x26: return .ampersand
        case 0x00...0x7F: return .separator
        case 0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC...0xBE: return decomposed ? otherScript(scalar) : .compatibility
        case 0x80...0xBF: return .separator
        case 0xC0...0x24F: return LatinFolding.action(v)
        case 0x0300...0x036F: return .skip
        case 0x0600...0x06FF:
            if ArabicNormalizer.isIgnorable(v) { return .skip }
            if let digit = ArabicNormalizer.asciiDigit(v) { return .digit(digit) }
            if ArabicNormalizer.isArabicLetter(v) { return .letter(ArabicNormalizer.fold(v)) }
            return .separator
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: return .skip
        case 0x2000...0x206F: return .separator
        default: return decomposed ? otherScript(scalar) : .compatibility
        }
    }

    /// Scalars of other scripts: marks dropped, decimal digits to ASCII, letters lower-cased.
    private static func otherScript(_ scalar: Unicode.Scalar) -> Action {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format: return .skip
        case .decimalNumber:
            if let value = properties.numericValue, value >= 0, value <= 9 { return .digit(0x30 + UInt32(value)) }
            return .separator
        default:
            guard properties.isAlphabetic else { return .separator }
            let lower = properties.lowercaseMapping.unicodeScalars
            guard let first = lower.first else { return .separator }
            return .letter(first.value)
        }
    }
}

/// Accumulates folded scalars into tokens, applying the article rules as each token ends.
struct TokenBuilder {
    private var tokens: [String] = []
    /// The tokens joined by spaces, as UTF-8, and its length in scalars.
    private var joined: [UInt8] = []
    private var length = 0
    /// The token being read: where it starts in `joined`, its scalar count, its first three
    /// scalars (enough for the article rules) and whether it is a digit run.
    private var tokenStart = 0
    private var tokenCount = 0
    private var head: (UInt32, UInt32, UInt32) = (0, 0, 0)
    private var currentIsDigits = false
    private var previousWasLetter = false
    /// Whether the text being read is already in NFKD.
    private let decomposed: Bool

    init(decomposed: Bool) {
        self.decomposed = decomposed
    }

    /// Reads one scalar; false when the text must first be decomposed.
    mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
        switch TextNormalizer.action(for: scalar, decomposed: decomposed) {
        case .compatibility:
            return false
        case .skip:
            break
        case .separator:
            flush()
        case .dot:
            if !previousWasLetter { flush() }
        case .ampersand:
            flush()
            for v: UInt32 in [0x61, 0x6E, 0x64] { append(v, isDigit: false) }  // "and"
            flush()
        case .letter(let v):
            append(v, isDigit: false)
        case .letters(let a, let b):
            append(a, isDigit: false)
            append(b, isDigit: false)
        case .digit(let v):
            append(v, isDigit: true)
        }
        return true
    }

    private mutating func append(_ v: UInt32, isDigit: Bool) {
        if tokenCount > 0, currentIsDigits != isDigit { flush() }
        if tokenCount == 0 {
            if !tokens.isEmpty { joined.append(0x20) }
            tokenStart = joined.count
            currentIsDigits = isDigit
        }
        switch tokenCount {
        case 0: head.0 = v
        case 1: head.1 = v
        case 2: head.2 = v
        default: break
        }
        tokenCount += 1
        previousWasLetter = !isDigit
        switch v {
        case 0..<0x80:
            joined.append(UInt8(v))
        case 0x80..<0x800:
            joined.append(UInt8(0xC0 | (v >> 6)))
            joined.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            joined.append(UInt8(0xE0 | (v >> 12)))
            joined.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            joined.append(UInt8(0x80 | (v & 0x3F)))
        default:
            joined.append(UInt8(0xF0 | (v >> 18)))
            joined.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            joined.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            joined.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Ends the token being read: drops "the" and a lone ال, strips a leading ال.
    private mutating func flush() {
        previousWasLetter = false
        guard tokenCount > 0 else { return }
        let count = tokenCount
        tokenCount = 0
        let isThe = count == 3 && head == (0x74, 0x68, 0x65)
        let isLoneArticle = count == 2 && head.0 == 0x0627 && head.1 == 0x0644
        if isThe || isLoneArticle {
            joined.removeSubrange((tokens.isEmpty ? tokenStart : tokenStart - 1)...)
            return
        }
        var article = currentIsDigits ? 0 : ArabicNormalizer.articleLength(count, head)
        if article > 0, let previous = tokens.last, ArabicNormalizer.compoundHeads.contains(WordKey(previous)) { article = 0 }
        if article > 0 { joined.removeSubrange(tokenStart..<(tokenStart + 2 * article)) }  // Arabic letters: 2 bytes each
        // A doubled article (الال…) leaves another one: strip until none is left, so that
        // normalizing twice gives what normalizing once gave.
        while article > 0, joined.count - tokenStart >= 4,
              joined[tokenStart] == 0xD8, joined[tokenStart + 1] == 0xA7,       // ا
              joined[tokenStart + 2] == 0xD9, joined[tokenStart + 3] == 0x84 {  // ل
            let rest = count - article - 2  // scalars left after this ال
            if rest == 0 {
                joined.removeSubrange((tokens.isEmpty ? tokenStart : tokenStart - 1)...)
                return
            }
            guard rest >= 2 else { break }
            joined.removeSubrange(tokenStart..<(tokenStart + 4))
            article += 2
        }
        length += (tokens.isEmpty ? 0 : 1) + count - article
        tokens.append(String(decoding: joined[tokenStart...], as: UTF8.self))
    }

    mutating func finish() -> NormalizedText {
        flush()
        return NormalizedText(tokens: tokens, text: String(decoding: joined, as: UTF8.self), length: length)
    }
}
