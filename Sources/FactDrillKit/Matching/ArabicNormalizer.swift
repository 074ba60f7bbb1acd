import Foundation

/// The Arabic rules of answer normalization, applied scalar by scalar (Foundation's diacritic
/// folding leaves Arabic untouched, so none of this relies on it).
///
/// `normalize(_:)` runs the whole answer normalization (`TextNormalizer`) and returns its
/// space-joined form: «وَالعَاشِرَةُ» → «عاشره», «الإمارات» → «امارات», «٢٠٢٤» → «2024».
public enum ArabicNormalizer {
    /// The normalized form of a text, as the matcher compares it (see `TextNormalizer`).
    public static func normalize(_ text: String) -> String {
        TextNormalizer.normalize(text).text
    }

    /// Whether a scalar is dropped: harakat and Quranic marks (U+064B-U+065F, U+0670,
    /// U+0610-U+061A, U+06D6-U+06ED), tatweel (U+0640), the Arabic letter mark and number signs.
    static func isIgnorable(_ v: UInt32) -> Bool {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06ED, 0x0640, 0x061C, 0x0600...0x0605:
            return true
        default:
            return false
        }
    }

    /// The ASCII digit for an Arabic-Indic (U+0660-U+0669) or Persian (U+06F0-U+06F9) digit.
    static func asciiDigit(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x0660...0x0669: return v - 0x0660 + 0x30
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30
        default: return nil
        }
    }

    /// Whether a scalar is an Arabic-script letter (after folding or not).
    static func isArabicLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0x0621...0x063A, 0x0641...0x064A, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF, 0x06FA...0x06FF:
            return true
        default:
            return false
        }
    }

    /// Folds the letter variants people write interchangeably: alef forms to ا, ى and ئ to ي,
    /// ة to ه, ؤ to و, Persian kaf/yeh to Arabic ones.
    static func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675: return 0x0627  // آ أ إ ٱ → ا
        case 0x0649, 0x0626, 0x06CC, 0x06D0, 0x0678: return 0x064A  // ى ئ ی → ي
        case 0x0629, 0x06C0, 0x06C1, 0x06D5: return 0x0647  // ة ۀ → ه
        case 0x0624, 0x0676: return 0x0648  // ؤ → و
        case 0x06A9, 0x06AA: return 0x0643  // ک → ك
        default: return v
        }
    }

    /// First words of compound names whose second word keeps its article (عبد الله, أبو الحسن),
    /// as folded scalars.
    static let compoundHeads: Set<ArraySlice<UInt32>> = Set(
        [
            "عبد", "ابو", "حزب", "نصر", "سيف", "نور", "عز", "صلاح", "جمال", "علاء", "بهاء", "محيي", "شمس", "بدر",
            "ذو", "ذي",
        ]
        .map { ArraySlice($0.unicodeScalars.map(\.value)) })
}
