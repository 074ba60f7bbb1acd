/// A text as the generator's quality gate compares it: the words of its normalized form
/// (`TextNormalizer`, the matcher's own normalization) as 64-bit FNV-1a hashes. Comparing hashes
/// is far cheaper than comparing Arabic strings (Swift compares those after normalizing them).
/// A collision could only make the gate refuse a good card or drop a distractor, never pass a bad
/// card.
///
/// Agreement with the matcher: two texts with different keys are different texts to the matcher's
/// normalizer, and, since the key ignores where words break, also to its spacing rule («عبدالله»
/// is «عبد الله»). Numbers, dates, typos and parts of names are the matcher's own judgements
/// beyond that; the gate leaves those to the templates (one number form per option list).
struct WordHashes: TokenSink {
    /// One hash per normalized word.
    private(set) var words: [UInt64] = []
    /// Per word, `ArabicClitics.maxStems` hashes of the word as written without a proclitic (0
    /// when none): without one letter (و ف ب ل ك), without two (وب ول وك فب فل), each also
    /// without the article that the proclitic kept (وللامم → امم). Only with `clitics`.
    private(set) var stems: [UInt64] = []
    /// The hash of every scalar of every word, word breaks left out.
    private var whole = FNV1a()
    private let clitics: Bool

    /// The hashes of `text`'s words; `clitics` also computes the stems (for prompts).
    init(_ text: String, clitics: Bool = false) {
        self = TextNormalizer.read(text, into: WordHashes(clitics: clitics))
    }

    private init(clitics: Bool) {
        self.clitics = clitics
    }

    /// The key of `text` (see `key`), nil when nothing is left of it after normalization.
    static func key(_ text: String) -> UInt64? {
        let hashes = WordHashes(text)
        return hashes.words.isEmpty ? nil : hashes.key
    }

    mutating func append(_ written: ArraySlice<UInt32>, article: Int, isDigits: Bool) {
        let token = written.dropFirst(article)
        words.append(FNV1a.hash(token))
        whole.combine(contentsOf: token)
        guard clitics else { return }
        let first = stems.count
        stems.append(contentsOf: repeatElement(0, count: ArabicClitics.maxStems))
        // From the word as written: «لليفي» is ل + «ليفي» as well as ل + ال + «يفي».
        ArabicClitics.forEachStem(written) { index, stem in
            stems[first + index] = FNV1a.hash(stem)
        }
    }

    /// A hash of the whole normalized text without its word breaks, for telling options and names
    /// apart: texts the matcher reads as the same answer have the same key.
    var key: UInt64 { whole.value }

    /// Whether `needle`'s words occur in a row here, the first possibly carrying a proclitic.
    func contains(_ needle: WordHashes) -> Bool {
        let wanted = needle.words
        guard !wanted.isEmpty, wanted.count <= words.count else { return false }
        let stride = ArabicClitics.maxStems
        for start in 0...(words.count - wanted.count) {
            let first =
                words[start] == wanted[0]
                || (!stems.isEmpty && stems[(stride * start)..<(stride * start + stride)].contains(wanted[0]))
            guard first else { continue }
            var offset = 1
            while offset < wanted.count && words[start + offset] == wanted[offset] { offset += 1 }
            if offset == wanted.count { return true }
        }
        return false
    }
}
