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
    /// Every token read so far, folded, as written; a token stays after it is passed on, so that
    /// the next one can look back at it (the compound-name rule, عبد الله) without a copy.
    private var scalars: [UInt32] = []
    /// Where the token being read starts in `scalars`.
    private var tokenStart = 0
    /// The last token passed on, without its article.
    private var previous = 0..<0
    private var currentIsDigits = false
    private var previousWasLetter = false
    /// Whether the text being read is already in NFKD.
    private let decomposed: Bool
    private let articles: TextNormalizer.Articles

    /// A reader for a text of at most `capacity` scalars (more only costs a reallocation).
    init(sink: Sink, decomposed: Bool, articles: TextNormalizer.Articles, capacity: Int) {
        self.sink = sink
        self.decomposed = decomposed
        self.articles = articles
        scalars.reserveCapacity(capacity)
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
        if scalars.count > tokenStart, currentIsDigits != isDigit { flush() }
        if scalars.count == tokenStart { currentIsDigits = isDigit }
        scalars.append(v)
        previousWasLetter = !isDigit
    }

    /// Ends the token being read: drops "the" and a lone ال, strips a leading ال, folds British
    /// spellings to American ones (`SpellingVariants`).
    private mutating func flush() {
        previousWasLetter = false
        let count = scalars.count - tokenStart
        guard count > 0 else { return }
        var start = 0
        if articles == .drop && !currentIsDigits {
            let first = tokenStart
            let head = (scalars[first], count > 1 ? scalars[first + 1] : 0, count > 2 ? scalars[first + 2] : 0)
            let isThe = count == 3 && head == (0x74, 0x68, 0x65)
            let isLoneArticle = count == 2 && head.0 == ArabicClitics.alef && head.1 == ArabicClitics.lam
            if isThe || isLoneArticle {
                scalars.removeSubrange(tokenStart...)
                return
            }
            start = ArabicClitics.articleLength(count, head)
            if start > 0, ArabicNormalizer.compoundHeads.contains(scalars[previous]) { start = 0 }
            // A doubled article (الال…) leaves another one: strip until none is left, so that
            // normalizing twice gives what normalizing once gave.
            while start > 0, count - start >= 2, scalars[first + start] == ArabicClitics.alef,
                scalars[first + start + 1] == ArabicClitics.lam
            {
                let rest = count - start - 2  // scalars left after this ال
                if rest == 0 {
                    scalars.removeSubrange(tokenStart...)
                    return
                }
                guard rest >= 2 else { break }
                start += 2
            }
        }
        if !currentIsDigits { SpellingVariants.fold(&scalars, from: tokenStart + start) }
        sink.append(scalars[tokenStart...], article: start, isDigits: currentIsDigits)
        previous = (tokenStart + start)..<scalars.count
        tokenStart = scalars.count
    }

    /// Ends the text and hands back the sink.
    mutating func finish() -> Sink {
        flush()
        return sink
    }
}
