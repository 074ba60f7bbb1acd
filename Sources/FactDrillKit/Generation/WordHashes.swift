/// The words of a text as 64-bit hashes, for the quality gate's leak check: comparing hashes is
/// far cheaper than comparing Arabic strings (Swift compares those after normalizing them).
/// A collision could only make the gate refuse a good card, never pass a bad one.
struct WordHashes {
    /// One hash per normalized word.
    private(set) var words: [UInt64] = []
    /// Per word, three hashes of the word without an Arabic proclitic (0 when none): without one
    /// letter (و ف ب ل ك), without two (وب ول فب فل وك), and ل + ال restored (للأمم → الأمم).
    private(set) var stripped: [UInt64] = []

    /// و ف ب ل ك
    private static func isOneLetterClitic(_ value: UInt32) -> Bool {
        value == 0x0648 || value == 0x0641 || value == 0x0628 || value == 0x0644 || value == 0x0643
    }

    /// وب ول فب فل وك
    private static func isTwoLetterClitic(_ first: UInt32, _ second: UInt32) -> Bool {
        switch (first, second) {
        case (0x0648, 0x0628), (0x0648, 0x0644), (0x0641, 0x0628), (0x0641, 0x0644), (0x0648, 0x0643): return true
        default: return false
        }
    }

    /// FNV-1a over scalar values.
    static func hash<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in scalars {
            hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The hashes of `text`'s words; `clitics` also computes the stripped forms (for prompts).
    init(_ text: String, clitics: Bool = false) {
        TextKey.forEachWord(text) { word in
            words.append(Self.hash(word))
            guard clitics else { return }
            let start = word.startIndex
            var one: UInt64 = 0, two: UInt64 = 0, lam: UInt64 = 0
            if word.count > 2, Self.isOneLetterClitic(word[start]) {
                one = Self.hash(word.dropFirst())
            }
            if word.count > 3, Self.isTwoLetterClitic(word[start], word[start + 1]) {
                two = Self.hash(word.dropFirst(2))
            }
            // للامم, وللامم, فللامم: ل + ال written لل.
            let body = word.count > 3 && (word[start] == 0x0648 || word[start] == 0x0641) ? word.dropFirst() : word
            if body.count > 3, body[body.startIndex] == 0x0644, body[body.startIndex + 1] == 0x0644 {
                lam = Self.hash([0x0627] + body.dropFirst())
            }
            stripped.append(one)
            stripped.append(two)
            stripped.append(lam)
        }
    }

    /// A hash of the whole normalized text, for telling options apart.
    var key: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in words { hash = (hash ^ word) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// Whether `needle`'s words occur in a row here, the first possibly carrying a proclitic.
    func contains(_ needle: WordHashes) -> Bool {
        let wanted = needle.words
        guard !wanted.isEmpty, wanted.count <= words.count else { return false }
        for start in 0...(words.count - wanted.count) {
            let first = words[start] == wanted[0]
                || (!stripped.isEmpty && (stripped[3 * start] == wanted[0] || stripped[3 * start + 1] == wanted[0]
                                          || stripped[3 * start + 2] == wanted[0]))
            guard first else { continue }
            var offset = 1
            while offset < wanted.count && words[start + offset] == wanted[offset] { offset += 1 }
            if offset == wanted.count { return true }
        }
        return false
    }
}

