import Foundation

/// One sentence read with the lexicons: each word's lexicon entry (longest match first), the
/// dates and the ordinals, for the rules to look at.
struct DraftReading {
    /// What a run of words is.
    enum Tag {
        case lexicon(DraftLexicon.Kind, stemmed: Bool)
        case date(DateMention)
        case ordinal(Int)
    }

    struct Span {
        let range: Range<Int>
        let tag: Tag

        /// Whether a lexicon entry was read without its first word's proclitic («ورئيس»).
        var isStemmed: Bool {
            if case .lexicon(_, let stemmed) = tag { return stemmed }
            return false
        }
    }

    let sentence: DraftSentence
    let spans: [Span]
    /// The span covering each word, if any.
    private let spanOfWord: [Int?]

    var words: [DraftWord] { sentence.words }

    init(sentence: DraftSentence, lexicon: DraftLexicon, dates: DateFinder) {
        self.sentence = sentence
        let words = sentence.words
        var spans: [Span] = []
        var taken = [Bool](repeating: false, count: words.count)
        for mention in dates.mentions(in: words) {
            spans.append(Span(range: mention.range, tag: .date(mention)))
            for index in mention.range { taken[index] = true }
        }
        var index = 0
        while index < words.count {
            if taken[index] {
                index += 1
                continue
            }
            if let match = lexicon.matches(in: words, at: index).first(where: { candidate in
                !(index..<index + candidate.length).contains { taken[$0] }
                    && Self.isWrittenAsName(candidate.entry.kind, words[index])
                    && !Self.goesOn(candidate.entry.kind, words, index + candidate.length, sentence)
            }) {
                spans.append(
                    Span(range: index..<index + match.length, tag: .lexicon(match.entry.kind, stemmed: match.stemmed)))
                for covered in index..<index + match.length { taken[covered] = true }
                index += match.length
                continue
            }
            if let ordinal = DraftOrdinals.ordinal(in: words, at: index),
                !(index..<index + ordinal.length).contains(where: { taken[$0] })
            {
                spans.append(Span(range: index..<index + ordinal.length, tag: .ordinal(ordinal.value)))
                for covered in index..<index + ordinal.length { taken[covered] = true }
                index += ordinal.length
                continue
            }
            index += 1
        }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        var spanOfWord = [Int?](repeating: nil, count: words.count)
        for (number, span) in spans.enumerated() {
            for index in span.range { spanOfWord[index] = number }
        }
        self.spans = spans
        self.spanOfWord = spanOfWord
    }

    /// Whether an Arabic organization's name goes on past the lexicon's («التجمع الوطني للأحرار» is
    /// not «التجمع الوطني»): a complement with «لل» right after it.
    static func goesOn(_ kind: DraftLexicon.Kind, _ words: [DraftWord], _ end: Int, _ sentence: DraftSentence) -> Bool {
        guard case .organization = kind, end < words.count, words[end].isArabic, !sentence.isBreak(before: end) else {
            return false
        }
        return words[end].text.hasPrefix("لل")
    }

    /// A name in Latin letters is capitalized ("Time" the magazine, not "the first time").
    static func isWrittenAsName(_ kind: DraftLexicon.Kind, _ word: DraftWord) -> Bool {
        guard !word.isArabic else { return true }
        switch kind {
        case .country, .place, .organization, .adjective: return word.isCapitalized
        default: return true
        }
    }

    /// The span covering a word.
    func span(at index: Int) -> Span? {
        guard index >= 0, index < spanOfWord.count, let number = spanOfWord[index] else { return nil }
        return spans[number]
    }

    /// The span starting at a word.
    func span(startingAt index: Int) -> Span? {
        guard let span = span(at: index), span.range.lowerBound == index else { return nil }
        return span
    }

    /// The named thing (country, place, organization) a span names.
    static func name(of span: Span) -> LexiconName? {
        guard case .lexicon(let kind, _) = span.tag else { return nil }
        switch kind {
        case .country(let name), .place(let name), .organization(let name): return name
        default: return nil
        }
    }

    /// The clause around a word: from the last break mark before it to the next one after it.
    func clause(around index: Int) -> Range<Int> {
        var start = index
        while start > 0, !sentence.isBreak(before: start) || Self.isSoftBreak(words[start].before) { start -= 1 }
        var end = index + 1
        while end < words.count, !sentence.isBreak(before: end) || Self.isSoftBreak(words[end].before) { end += 1 }
        return start..<end
    }

    /// Quotation marks and hyphens inside names do not end a clause.
    private static func isSoftBreak(_ marks: String) -> Bool {
        !marks.isEmpty && marks.allSatisfy { "\"«»“”".contains($0) }
    }
}

extension ArticleDrafter {
    /// One line per word: its text, key and the tag of the span it starts (for `factdrill-bench
    /// draft-words`, when a rule reads a sentence unexpectedly).
    public static func describe(_ sentence: String, published: PartialDate?) -> [String] {
        let reading = DraftReading(
            sentence: DraftSentence(text: sentence, index: 0), lexicon: .shared, dates: DateFinder(published: published)
        )
        return reading.words.enumerated().map { index, word in
            var tag = ""
            if let span = reading.span(startingAt: index) {
                switch span.tag {
                case .date(let mention): tag = "date \(mention.date?.description ?? "?") ×\(span.range.count)"
                case .ordinal(let value): tag = "ordinal \(value) ×\(span.range.count)"
                case .lexicon(let kind, let stemmed):
                    tag = "\(kind)".prefix(60) + " ×\(span.range.count)" + (stemmed ? " stemmed" : "")
                }
            }
            let common = DraftLexicon.shared.isCommon(word) ? " common" : ""
            let given = DraftLexicon.shared.givenName(word).map { " given:\($0)" } ?? ""
            return "\(index) \(word.before)\(word.text) [\(word.key)]\(common)\(given) \(tag)"
        }
    }
}
