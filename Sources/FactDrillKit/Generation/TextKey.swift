import Foundation

/// A comparison form of text for the generator's quality checks: lowercased, Latin diacritics and
/// Arabic harakat/tatweel stripped, alef/yeh/teh-marbuta forms unified, digits made ASCII,
/// punctuation turned into spaces. (The answer matcher has its own, richer normalizer.)
enum TextKey {
    /// The normalized form of `text`, words separated by single spaces.
    static func normalize(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// A hash of the normalized form of `text`, nil when nothing is left of it: cheaper to
    /// compare and to keep in sets than the normalized Arabic string itself.
    static func key(_ text: String) -> UInt64? {
        let hashes = WordHashes(text)
        return hashes.words.isEmpty ? nil : hashes.key
    }

    /// The normalized words of `text`.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(text) { word in
            words.append(String(decoding: word, as: UTF32.self))
        }
        return words
    }

    /// Calls `body` with the normalized scalars of each word of `text`, in one reused buffer.
    static func forEachWord(_ text: String, _ body: (ArraySlice<UInt32>) -> Void) {
        // Only letters with diacritics outside ASCII and Arabic need Foundation's lowercasing and
        // decomposition; ASCII and Arabic are mapped directly, several times faster.
        let needsDecomposition = text.unicodeScalars.contains { $0.value > 0x7F && !(0x0600...0x06FF).contains($0.value) }
        let source = needsDecomposition ? text.lowercased().decomposedStringWithCanonicalMapping : text
        var word: [UInt32] = []
        word.reserveCapacity(32)
        func flush() {
            if !word.isEmpty { body(word[...]); word.removeAll(keepingCapacity: true) }
        }
        for scalar in source.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x61...0x7A, 0x30...0x39: word.append(value)
            case 0x41...0x5A: word.append(value + 0x20)
            case 0...0x7F: flush()
            case 0x0300...0x036F, 0x064B...0x065F, 0x0670, 0x0640, 0x200C...0x200F:
                continue  // combining marks, harakat, tatweel, joiners and direction marks
            case 0x0671, 0x0622, 0x0623, 0x0625: word.append(0x0627)  // alef forms
            case 0x0624: word.append(0x0648)  // waw with hamza
            case 0x0626, 0x0649: word.append(0x064A)  // yeh with hamza, alef maqsura
            case 0x0629: word.append(0x0647)  // teh marbuta
            case 0x0660...0x0669: word.append(value - 0x0660 + 0x30)
            case 0x06F0...0x06F9: word.append(value - 0x06F0 + 0x30)
            case 0x0621...0x064A, 0x066E...0x06D3, 0x06D5: word.append(value)
            case 0x0600...0x06FF: flush()  // Arabic punctuation: ، ؛ ؟ and the like
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    word.append(value)
                } else {
                    flush()
                }
            }
        }
        flush()
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
        // A clitic adds one or two Arabic letters (two or four UTF-8 bytes); ل + ال adds none.
        let extra = word.utf8.count - wanted.utf8.count
        guard extra >= 0, extra <= 4, let first = wanted.unicodeScalars.first,
              (0x0600...0x06FF).contains(first.value) else { return false }
        if extra > 0, word.utf8.suffix(wanted.utf8.count).elementsEqual(wanted.utf8),
           clitics.contains(String(word.unicodeScalars.dropLast(wanted.unicodeScalars.count))) { return true }
        if wanted.hasPrefix("ال") {
            let stem = wanted.dropFirst()  // ل + الأمم → للأمم
            return ["ل", "ول", "فل"].contains { word == $0 + stem }
        }
        return false
    }
}
