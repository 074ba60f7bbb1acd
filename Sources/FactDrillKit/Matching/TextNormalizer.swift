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
        let source = needsCompatibilityMapping(text) ? text.decomposedStringWithCompatibilityMapping : text
        var builder = TokenBuilder()
        for scalar in source.unicodeScalars {
            builder.consume(scalar)
        }
        return NormalizedText(tokens: builder.finish())
    }

    /// Whether the text holds a scalar the fast per-scalar rules do not cover by themselves.
    static func needsCompatibilityMapping(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0xA0 { continue }
            switch v {
            case 0xC0...0x24F, 0x0300...0x036F, 0x0600...0x06FF, 0x2000...0x206F: continue
            default: return true
            }
        }
        return false
    }

    /// What one scalar contributes.
    enum Action {
        case skip, separator, dot, ampersand
        case letter(UInt32)
        case letters(UInt32, UInt32)
        case digit(UInt32)
    }

    /// Classifies and folds one scalar.
    static func action(for scalar: Unicode.Scalar) -> Action {
        let v = scalar.value
        switch v {
        case 0x61...0x7A: return .letter(v)
        case 0x41...0x5A: return .letter(v + 0x20)
        case 0x30...0x39: return .digit(v)
        case 0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x201B, 0x02BC, 0x02B9, 0xAD: return .skip
        case 0x2E: return .dot
        case 0x26: return .ampersand
        case 0x00...0x7F: return .separator
        case 0xC0...0x24F: return LatinFolding.action(v)
        case 0x0300...0x036F: return .skip
        case 0x0600...0x06FF:
            if ArabicNormalizer.isIgnorable(v) { return .skip }
            if let digit = ArabicNormalizer.asciiDigit(v) { return .digit(digit) }
            if ArabicNormalizer.isArabicLetter(v) { return .letter(ArabicNormalizer.fold(v)) }
            return .separator
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: return .skip
        case 0x2000...0x206F: return .separator
        default: return otherScript(scalar)
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
    private var current: [UInt32] = []
    private var currentIsDigits = false
    private var previousWasLetter = false

    mutating func consume(_ scalar: Unicode.Scalar) {
        switch TextNormalizer.action(for: scalar) {
        case .skip:
            return
        case .separator:
            flush()
        case .dot:
            if !previousWasLetter { flush() }
            return
        case .ampersand:
            flush()
            tokens.append("and")
        case .letter(let v):
            append(v, isDigit: false)
        case .letters(let a, let b):
            append(a, isDigit: false)
            append(b, isDigit: false)
        case .digit(let v):
            append(v, isDigit: true)
        }
    }

    private mutating func append(_ v: UInt32, isDigit: Bool) {
        if !current.isEmpty, currentIsDigits != isDigit { flush() }
        currentIsDigits = isDigit
        current.append(v)
        previousWasLetter = !isDigit
    }

    private mutating func flush() {
        previousWasLetter = false
        guard !current.isEmpty else { return }
        defer { current.removeAll(keepingCapacity: true) }
        let keepsArticle = currentIsDigits || (tokens.last.map(ArabicNormalizer.compoundHeads.contains) ?? false)
        let start = keepsArticle ? 0 : ArabicNormalizer.articleLength(current)
        if current.count == 3, current[0] == 0x74, current[1] == 0x68, current[2] == 0x65 { return }  // "the"
        if current.count == 2, current[0] == 0x0627, current[1] == 0x0644 { return }                 // lone ال
        var view = String.UnicodeScalarView()
        for v in current[start...] {
            if let scalar = Unicode.Scalar(v) { view.append(scalar) }
        }
        tokens.append(String(view))
    }

    mutating func finish() -> [String] {
        flush()
        return tokens
    }
}
