import Foundation

/// Numbers as analysts type them: digits in any digit set, English cardinals and ordinals
/// ("ten", "tenth", "twenty-first", "10th") and Arabic ones in both genders («العاشر»,
/// «العاشرة», «السادسة عشرة», «الحادي والعشرون»), from 1 to 100.
///
/// Words like "rank", "place", "No.", «المركز», «المرتبة», «رقم» around a number are ignored,
/// so "10th place" and «المركز العاشر» both denote 10.
public enum Numbers {
    /// The number a text denotes, or nil when it is not (only) a number.
    public static func value(of text: String) -> Int? {
        value(of: TextNormalizer.normalize(text))
    }

    /// The number a normalized text denotes, or nil when it is not (only) a number.
    public static func value(of text: NormalizedText) -> Int? {
        value(ofTokens: text.tokens[...])
    }

    /// The number some normalized tokens denote, or nil.
    static func value(ofTokens tokens: ArraySlice<String>) -> Int? {
        if tokens.count == 1, let only = tokens.first, let digits = digitValue(only) { return digits }
        var words: [Word] = []
        words.reserveCapacity(tokens.count)
        for token in tokens {
            if let digits = digitValue(token) {
                words.append(.digits(digits))
            } else if let word = NumberWords.table[WordKey(token)] {
                if word != .filler && word != .connector { words.append(word) }
            } else {
                return nil
            }
        }
        return combine(words)
    }

    /// The values of the number words and Roman numerals inside a text, in order
    /// ("Abdullah II" → [2], «عبد الله الثالث» → [3]); a typo may not change them.
    static func numberWords(in text: NormalizedText) -> [Int] {
        var values: [Int] = []
        for token in text.tokens {
            let key = WordKey(token)
            if let roman = romanNumerals[key] {
                values.append(roman)
                continue
            }
            switch NumberWords.table[key] {
            case .unit(let n)?, .teen(let n)?, .tens(let n)?: values.append(n)
            case .tenMarker?: values.append(10)
            case .hundred?: values.append(100)
            default: break
            }
        }
        return values
    }

    private static let romanNumerals: [WordKey: Int] = {
        let numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
        return Dictionary(uniqueKeysWithValues: numerals.enumerated().map { (WordKey($0.element), $0.offset + 1) })
    }()

    /// The value of a token of ASCII digits (at most 6), or nil.
    static func digitValue(_ token: String) -> Int? {
        var value = 0
        var count = 0
        for byte in token.utf8 {
            guard (0x30...0x39).contains(byte), count < 6 else { return nil }
            value = value * 10 + Int(byte - 0x30)
            count += 1
        }
        return count == 0 ? nil : value
    }

    /// The kinds of number words.
    enum Word: Equatable {
        case digits(Int)
        /// 1-9, cardinal or ordinal, any gender or compound form.
        case unit(Int)
        /// A single English word for 10-19 ("ten", "sixteenth"), or «العاشر».
        case teen(Int)
        /// Arabic عشر/عشرة: 10 alone, or +10 after a unit («السادس عشر»).
        case tenMarker
        /// 20, 30, … 90.
        case tens(Int)
        case hundred
        /// English "st", "nd", "rd", "th" after digits.
        case suffix
        /// "a" before "hundred".
        case article
        case connector, filler
    }

    /// The number a sequence of number words forms, or nil if it forms none.
    private static func combine(_ words: [Word]) -> Int? {
        switch words.count {
        case 1:
            switch words[0] {
            case .digits(let n), .unit(let n), .teen(let n), .tens(let n): return n
            case .tenMarker: return 10
            case .hundred: return 100
            default: return nil
            }
        case 2:
            switch (words[0], words[1]) {
            case (.digits(let n), .suffix): return n
            case (.tens(let t), .unit(let u)), (.unit(let u), .tens(let t)): return t + u
            case (.unit(let u), .tenMarker): return 10 + u
            case (.unit(1), .hundred), (.article, .hundred): return 100
            default: return nil
            }
        default:
            return nil
        }
    }
}
