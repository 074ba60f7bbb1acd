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
///    لل: `ArabicClitics`) is stripped from each Arabic word («والعشرون» → «عشرون»), except the
///    second word of compound names (عبد الله, حزب الله, نور الدين), so «عبدالله» still equals
///    «عبد الله».
/// 6. Spelling variants: a British spelling becomes the American one (`SpellingVariants`:
///    `defence` = `defense`, `organisation` = `organization`, `centre` = `center`).
///
/// This is the one normalization of factdrill: the generator's quality gate reads texts through
/// the same `read(_:articles:into:)` (hashing the tokens instead of keeping them), so that two
/// texts the gate tells apart are never the same text to the matcher.
public enum TextNormalizer {
    /// Whether step 5 runs: `.drop` is the matcher's form; `.keep` skips it (step 6 still runs), for
    /// measures of likeness that are not equality (the prefixes the generator ranks reject
    /// names by).
    enum Articles { case drop, keep }

    /// Normalizes a text into tokens (see the type's documentation for the steps).
    public static func normalize(_ text: String) -> NormalizedText {
        read(text, into: NormalizedTextBuilder(capacity: text.utf8.count)).finish()
    }

    /// The normalized form with its articles kept (all steps but 5), words joined by single spaces.
    static func normalizeKeepingArticles(_ text: String) -> String {
        read(text, articles: .keep, into: NormalizedTextBuilder(capacity: text.utf8.count)).finish().text
    }

    /// Feeds the tokens of `text` to `sink`, in order, and returns it: the normalization steps
    /// above, whoever consumes them.
    static func read<Sink: TokenSink>(_ text: String, articles: Articles = .drop, into sink: Sink) -> Sink {
        var reader = TokenReader(sink: sink, decomposed: false, articles: articles, capacity: text.utf8.count)
        for scalar in text.unicodeScalars where !reader.consume(scalar) {
            // A scalar the per-scalar rules do not cover alone: start again from NFKD.
            let nfkd = text.decomposedStringWithCompatibilityMapping
            var decomposed = TokenReader(sink: sink, decomposed: true, articles: articles, capacity: nfkd.utf8.count)
            for scalar in nfkd.unicodeScalars {
                _ = decomposed.consume(scalar)
            }
            return decomposed.finish()
        }
        return reader.finish()
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
