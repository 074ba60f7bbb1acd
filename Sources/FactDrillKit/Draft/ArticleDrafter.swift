import Foundation

/// Drafts an article model from an article's plain text, offline, with rules and lexicons:
/// rankings, dated events and roles, each with its evidence sentence, the rule that found it and
/// a confidence (see `docs/drafting.md`). Precision first: what a rule is unsure of is left out
/// and said in the notes.
public struct ArticleDrafter: Sendable {
    /// What the caller knows about the article.
    public struct Options: Sendable {
        /// The publication date (`--published`); else a date line in the text is read.
        public var published: PartialDate?
        /// `ar` or `en`; detected from the letters when nil.
        public var language: String?

        public init(published: PartialDate? = nil, language: String? = nil) {
            self.published = published
            self.language = language
        }
    }

    let lexicon: DraftLexicon

    public init() {
        lexicon = .shared
    }

    /// The draft of one article.
    public func draft(text: String, options: Options = Options()) -> ArticleDraft {
        let language = options.language ?? Self.detectLanguage(text)
        var published = options.published
        var source: String? = published == nil ? nil : "given"
        if published == nil, let line = Self.dateLine(in: text) {
            published = line
            source = "the date line"
        }
        let sentences = DraftSentence.split(text)
        var run = DraftRun(
            lexicon: lexicon, language: language, published: published, sentences: sentences)
        run.readAll()
        let title = Self.title(text, sentences: sentences)
        var draft = ArticleDraft(language: language, published: published, publishedSource: source, title: title)
        draft.entities = run.book.entities
        draft.country = run.mainCountry.map { $0.name(in: language) }
        draft.facts = run.facts
        draft.sentences = sentences.map(\.text)
        draft.notes = run.notes
        draft.unresolved = run.unresolved
        return draft
    }

    /// The article's title: its first line when it reads as a headline (short, no final stop),
    /// else its first sentence cut at a word before 100 characters.
    static func title(_ text: String, sentences: [DraftSentence]) -> String {
        let firstLine =
            text.split(whereSeparator: \.isNewline).first.map {
                $0.trimmingCharacters(in: .whitespaces)
            } ?? ""
        if !firstLine.isEmpty, firstLine.count <= 120, !".!?؟".contains(firstLine.last!),
            firstLine.contains(where: \.isLetter)
        {
            return firstLine
        }
        guard let first = sentences.first?.text else { return "Untitled article" }
        if first.count <= 100 { return first }
        var cut = String(first.prefix(100))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: " ،,")) + " …"
    }

    /// `ar` when Arabic letters outnumber Latin ones, else `en`.
    public static func detectLanguage(_ text: String) -> String {
        var arabic = 0
        var latin = 0
        for scalar in text.unicodeScalars.prefix(20_000) {
            if ArabicNormalizer.isArabicLetter(scalar.value) {
                arabic += 1
            } else if scalar.properties.isAlphabetic, scalar.value < 0x0250 {
                latin += 1
            }
        }
        return arabic > latin ? "ar" : "en"
    }

    /// A publication date stated in the first lines: a line that is a date, a dateline
    /// ("LONDON, March 5, 2024 (Reuters) -", «القاهرة - 5 مارس 2024»), or "Published: …". Only a
    /// date with its year counts.
    public static func dateLine(in text: String) -> PartialDate? {
        let finder = DateFinder(published: nil)
        for line in text.split(whereSeparator: \.isNewline).prefix(4) {
            let words = DraftSentence.words(of: String(line))
            guard !words.isEmpty else { continue }
            let lineText = line.trimmingCharacters(in: .whitespaces)
            let isDateline =
                words.count <= 8 || lineText.lowercased().hasPrefix("published") || lineText.hasPrefix("نشر")
                || line.contains("(Reuters)") || line.contains("(AP)") || line.contains("(AFP)")
                || line.prefix(60).contains(" - ") || line.prefix(60).contains(" – ")
            guard isDateline else { continue }
            let head = Array(words.prefix(12))
            if let mention = finder.mentions(in: head).first(where: {
                !$0.relative && !$0.isPeriod && $0.date?.month != nil
            }) {
                return mention.date
            }
        }
        return nil
    }
}

/// The state of one drafting: the entities and facts so far, and the notes.
struct DraftRun {
    let lexicon: DraftLexicon
    let language: String
    let published: PartialDate?
    let sentences: [DraftSentence]
    let names: DraftNames
    var book: DraftEntityBook
    var facts: [ArticleDraft.Fact] = []
    var notes: [ArticleDraft.Note] = []
    var unresolved: [String] = []
    /// The country the article is about (`mainCountry(_:)`), for national posts named without it.
    var mainCountry: LexiconName?
    /// The kingdom the article names most, for «المملكة» ("the Kingdom") to refer to.
    var mainKingdom: LexiconName?
    /// The organization the article is about (`mainOrganization(_:)`), for posts named without one.
    var mainOrganization: LexiconName?
    /// The sentence of the last ranking drafted (a rank without a list of its own continues it).
    var lastRankingSentence = -10
    /// The sentence read before this one ("It remained the largest party": its subject).
    var previousReading: DraftReading?
    private var factIDs: Set<String> = []

    init(lexicon: DraftLexicon, language: String, published: PartialDate?, sentences: [DraftSentence]) {
        self.lexicon = lexicon
        self.language = language
        self.published = published
        self.sentences = sentences
        names = DraftNames(lexicon: lexicon)
        book = DraftEntityBook(language: language)
    }

    mutating func readAll() {
        let dates = DateFinder(published: published)
        let readings = sentences.map { DraftReading(sentence: $0, lexicon: lexicon, dates: dates) }
        mainCountry = Self.mainCountry(readings, lexicon: lexicon)
        mainKingdom = Self.mainCountry(readings, lexicon: lexicon, kingdomsOnly: true)
        mainOrganization = Self.mainOrganization(readings)
        // Organizations named in the article, for «في المعهد», «رئيس الهيئة» to refer to: the
        // lexicons' and those read from a head noun («الهيئة العليا المستقلة للانتخابات»).
        for reading in readings {
            for span in reading.spans {
                let form = reading.sentence.phrase(span.range)
                switch span.tag {
                case .lexicon(.organization(let name), _):
                    book.mention(name, as: form, sentence: reading.sentence.index)
                case .lexicon(.organizationHead, _) where reading.words[span.range.lowerBound].isArabic:
                    if let range = names.organization(at: span.range.lowerBound, in: reading) {
                        book.mention(
                            nil, as: names.organizationName(range, in: reading), sentence: reading.sentence.index)
                    }
                default: continue
                }
            }
        }
        // Everyone named with a known given name, so that a later mention by the family name
        // alone («تلاه جليلي», "Prabowo won") is the same person.
        for reading in readings {
            var index = 0
            while index < reading.words.count {
                if lexicon.givenName(reading.words[index]) != nil,
                    let name = names.name(startingAt: index, in: reading),
                    name.known
                {
                    _ = book.add(text: reading.sentence.phrase(name.range), type: .person)
                    index = name.range.upperBound
                } else {
                    index += 1
                }
            }
        }
        // Roles first, so that the people they name are known when a ranking names them again.
        for reading in readings { readRoles(reading) }
        for reading in readings {
            let periods = readRankings(reading)
            readFinals(reading)
            readEvents(reading, skipping: periods)
            previousReading = reading
        }
    }

    mutating func note(_ reading: DraftReading, _ rule: String, accepted: Bool, _ message: String) {
        notes.append(
            ArticleDraft.Note(sentence: reading.sentence.index, rule: rule, accepted: accepted, message: message))
    }

    /// Adds a fact with an id made from its words, unique in the draft.
    mutating func add(_ fact: ArticleDraft.Fact, idFrom words: String) {
        var fact = fact
        let base = String(DraftEntityBook.slug(words).prefix(48)).trimmingCharacters(
            in: CharacterSet(charactersIn: "-"))
        var id = base.isEmpty ? fact.typeName : base
        var number = 2
        while factIDs.contains(id) {
            id = "\(base.isEmpty ? fact.typeName : base)-\(number)"
            number += 1
        }
        fact.id = id
        factIDs.insert(id)
        facts.append(fact)
    }

    /// The entity id of a named span (country, place, organization).
    mutating func entity(of span: DraftReading.Span) -> String? {
        DraftReading.name(of: span).map { book.add($0) }
    }
}
