import Foundation

/// A comparison form of text for the generator's quality checks: lowercased, Latin diacritics and
/// Arabic harakat/tatweel stripped, alef/yeh/teh-marbuta forms unified, digits made ASCII,
/// punctuation turned into spaces. (The answer matcher has its own, richer normalizer.)
enum TextKey {
    /// The normalized form of `text`, words separated by single spaces.
    static func normalize(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// The normalized words of `text`.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
        }
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x0300...0x036F, 0x064B...0x065F, 0x0670, 0x0640, 0x200C...0x200F:
                continue  // combining marks, harakat, tatweel, joiners and direction marks
            case 0x0671, 0x0622, 0x0623, 0x0625:
                current.append("\u{0627}")
            case 0x0649:
                current.append("\u{064A}")
            case 0x0629:
                current.append("\u{0647}")
            case 0x0660...0x0669:
                current.append(Unicode.Scalar(value - 0x0660 + 0x30)!)
            case 0x06F0...0x06F9:
                current.append(Unicode.Scalar(value - 0x06F0 + 0x30)!)
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    current.append(scalar)
                } else {
                    flush()
                }
            }
        }
        flush()
        return words
    }

    /// Whether the words of `needle` occur, in a row, among `haystack`; an Arabic word may carry a
    /// one-letter proclitic (و ف ب ل ك) or the ل + ال contraction (للأمم for الأمم).
    static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) {
            var matched = true
            for offset in 0..<needle.count {
                let word = haystack[start + offset], wanted = needle[offset]
                if word == wanted || (offset == 0 && carriesClitic(word, wanted)) { continue }
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }

    private static let clitics: Set<String> = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"]

    private static func carriesClitic(_ word: String, _ wanted: String) -> Bool {
        guard word.count >= wanted.count, let first = wanted.unicodeScalars.first,
              (0x0600...0x06FF).contains(first.value) else { return false }
        if word.hasSuffix(wanted), clitics.contains(String(word.dropLast(wanted.count))) { return true }
        if wanted.hasPrefix("ال") {
            let stem = wanted.dropFirst()  // ل + الأمم → للأمم
            return ["ل", "ول", "فل"].contains { word == $0 + stem }
        }
        return false
    }
}
