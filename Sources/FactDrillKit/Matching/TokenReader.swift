/// What receives the tokens of `TextNormalizer.read(_:articles:into:)`: the matcher keeps them
/// as text (`NormalizedTextBuilder`), the generator's gate as hashes (`WordHashes`).
protocol TokenSink {
    /// One token (a word or a run of digits), folded, as written: the normalized token is
    /// `written.dropFirst(article)`, never empty. The buffer is reused after the call.
    mutating func append(_ written: ArraySlice<UInt32>, article: Int, isDigits: Bool)
}

/// Reads scalars into folded tokens and applies the article rules as each token ends: the state
/// machine behind `TextNormalizer` (see there for the steps), whatever keeps the tokens.
struct TokenReader<Sink: TokenSink> {
    private(set) var sink: Sink
    /// The token being read, folded.
    private var token: [UInt32] = []
    /// The last token passed on, for the compound-name rule (عبد الله).
    private var previous: [UInt32] = []
    private var currentIsDigits = false
    private var previousWasLetter = false
    /// Whether the text being read is already in NFKD.
    private let decomposed: Bool
    private let articles: TextNormalizer.Articles

    init(sink: Sink, decomposed: Bool, articles: TextNormalizer.Articles) {
        self.sink = sink
        self.decomposed = decomposed
        self.articles = articles
        token.reserveCapacity(32)
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
        if !token.isEmpty, currentIsDigits != isDigit { flush() }
        if token.isEmpty { currentIsDigits = isDigit }
        token.append(v)
        previousWasLetter = !isDigit
    }

    /// Ends the token being read: drops "the" and a lone ال, strips a leading ال.
    private mutating func flush() {
        previousWasLetter = false
        guard !token.isEmpty else { return }
        defer { token.removeAll(keepingCapacity: true) }
        var start = 0
        if articles == .drop && !currentIsDigits {
            let count = token.count
            if count == 3 && token[0] == 0x74 && token[1] == 0x68 && token[2] == 0x65 { return }  // the
            if count == 2 && token[0] == ArabicClitics.alef && token[1] == ArabicClitics.lam { return }  // ال
            start = ArabicClitics.articleLength(token[...])
            if start > 0, ArabicNormalizer.compoundHeads.contains(previous) { start = 0 }
            // A doubled article (الال…) leaves another one: strip until none is left, so that
            // normalizing twice gives what normalizing once gave.
            while start > 0, count - start >= 2, token[start] == ArabicClitics.alef,
                  token[start + 1] == ArabicClitics.lam {
                let rest = count - start - 2  // scalars left after this ال
                if rest == 0 { return }
                guard rest >= 2 else { break }
                start += 2
            }
        }
        sink.append(token[...], article: start, isDigits: currentIsDigits)
        previous.removeAll(keepingCapacity: true)
        previous.append(contentsOf: token[start...])
    }

    /// Ends the text and hands back the sink.
    mutating func finish() -> Sink {
        flush()
        return sink
    }
}
