import Foundation

/// A word of a sentence as the drafter reads it: the text as written (for evidence and phrases)
/// and its key, the matcher's normalization of that word (`TextNormalizer`: folded, without its
/// article), with the readings without proclitics (`ArabicClitics`: وبحسب → بحسب → حسب).
struct DraftWord: Sendable {
    /// The word as written in the sentence, without surrounding punctuation.
    let text: String
    /// Where it is in its sentence's text.
    let range: Range<String.Index>
    /// The normalized word (tokens joined by a space: «2022م» → `2022 م`).
    let key: String
    /// The punctuation written between the previous word and this one (spaces dropped).
    let before: String
    /// Whether the word starts with an upper-case letter.
    let isCapitalized: Bool
    /// Whether the word is written in Arabic letters.
    let isArabic: Bool
    /// Whether it is an English possessive ("NATO's"); the key is the name's.
    let isPossessive: Bool
    /// The key, then its readings without a proclitic (stemmed: true).
    let variants: [(key: String, stemmed: Bool)]

    init(text: String, range: Range<String.Index>, before: String) {
        self.text = text
        self.range = range
        self.before = before
        // "NATO's": the possessive is not part of the name.
        var base = text
        if !text.unicodeScalars.contains(where: { ArabicNormalizer.isArabicLetter($0.value) }),
            text.hasSuffix("'s") || text.hasSuffix("’s")
        {
            base = String(text.dropLast(2))
        }
        isPossessive = base != text
        let key = Self.key(of: base)
        self.key = key
        isCapitalized = text.first.map { $0.isUppercase } ?? false
        isArabic = text.unicodeScalars.contains { ArabicNormalizer.isArabicLetter($0.value) }
        var variants: [(key: String, stemmed: Bool)] = [(key, false)]
        if isArabic, !key.contains(" ") {
            let scalars = key.unicodeScalars.map(\.value)
            ArabicClitics.forEachStem(scalars[...]) { _, stem in
                var view = String.UnicodeScalarView()
                for value in stem { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
                let text = String(view)
                if !variants.contains(where: { $0.key == text }) { variants.append((text, true)) }
            }
        }
        self.variants = variants
    }

    /// The word as written, in lower case ("the", which has no key: the normalizer drops it).
    var lower: String { text.lowercased() }

    /// Whether an Arabic word is written with the article, alone or after one proclitic:
    /// «الرئيس», «والرئيس», «بالرئيس», «للرئيس» (not «ثالث» or «خالد»: no proclitic before «ال»).
    var isDefinite: Bool {
        guard isArabic else { return false }
        if text.hasPrefix("ال") || text.hasPrefix("لل") { return true }
        guard let first = text.first, "وفبكل".contains(first) else { return false }
        return text.dropFirst().hasPrefix("ال") && text.count > 4
    }

    /// The number the word is written as (digits in either script), if it is one.
    var number: Int? {
        guard !key.isEmpty, key.utf8.allSatisfy({ (0x30...0x39).contains($0) }), key.utf8.count <= 9 else { return nil }
        return Int(key)
    }

    /// Whether the key (or a reading without proclitics) is `word`'s key.
    func reads(_ keys: Set<String>) -> Bool {
        variants.contains { keys.contains($0.key) }
    }

    /// The normalized key of one word (its tokens joined by a space).
    static func key(of word: String) -> String {
        TextNormalizer.normalize(word).tokens.joined(separator: " ")
    }

    /// The keys of space-separated words, as a set: the word lists the rules test words against.
    /// Built once per list (rules name their lists where they test them, in loops over words).
    static func keySet(_ words: String) -> Set<String> {
        KeySetCache.shared.set(for: words)
    }

    /// The keys of a phrase's words, split as a sentence is (`DraftSentence`).
    static func keys(of phrase: String) -> [String] {
        DraftSentence.words(of: phrase).map(\.key).filter { !$0.isEmpty }
    }
}

/// The word lists of `DraftWord.keySet`, normalized once each.
final class KeySetCache: @unchecked Sendable {
    static let shared = KeySetCache()
    private let lock = NSLock()
    private var sets: [String: Set<String>] = [:]

    func set(for words: String) -> Set<String> {
        lock.lock()
        if let found = sets[words] {
            lock.unlock()
            return found
        }
        lock.unlock()
        let built = Set(words.split(separator: " ").map { DraftWord.key(of: String($0)) })
        lock.lock()
        sets[words] = built
        lock.unlock()
        return built
    }
}
