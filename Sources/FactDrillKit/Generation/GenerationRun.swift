/// The state of one `generate` call: lookups built once, caches, and the cards and reports per
/// fact as they are made. Extensions add the questions of each fact type.
struct GenerationRun {
    let model: ArticleModel
    let others: [ArticleModel]
    let languages: [LanguageCode]
    let options: GenerationOptions
    let templates: [(LanguageCode, any QuestionTemplates.Type)]
    let pool: EntityPool
    var rejects: RejectIndex
    /// Cards and reports by fact id; assembled in the model's fact order at the end.
    var cards: [String: [DeckCard]] = [:]
    var reports: [String: FactReport] = [:]
    var usedIDs: Set<String> = []
    /// The model's facts by id, for their `ask:` lists.
    let factsByID: [String: Fact]
    /// Typed cards made so far by prompt (language and `WordHashes.key`), with their answer's key:
    /// a second card of one prompt and another answer would mark one right answer wrong.
    var typedPrompts: [String: (card: String, answer: UInt64?)] = [:]
    /// Lazily built indexes over roles and set members of all models.
    lazy var roleIndex = RoleIndex(model: model, others: others, languages: languages)
    lazy var textMembers = TextMemberIndex(model: model, others: others, languages: languages)
    /// Lazily built index of events of one name and of each person's roles.
    lazy var sameSubject = SameSubjectIndex(model: model)

    init(model: ArticleModel, others: [ArticleModel], languages: [LanguageCode], options: GenerationOptions) {
        self.model = model
        // Sorted so that the deck does not depend on the order the caller lists installed models in.
        self.others = others.filter { $0.article.id != model.article.id }.sorted { $0.article.id < $1.article.id }
        self.languages = languages
        self.options = options
        self.templates = languages.compactMap { language in Templates.forLanguage(language).map { (language, $0) } }
        self.pool = EntityPool(model: model, others: self.others, languages: languages)
        self.rejects = RejectIndex(limit: options.rejectLimit)
        self.factsByID = Dictionary(model.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Makes the questions of one fact.
    mutating func generate(_ fact: Fact) {
        reports[fact.id] = reports[fact.id] ?? FactReport(fact: fact.id)
        switch fact.body {
        case .ranking(let ranking): generateRanking(fact, ranking)
        case .event(let event): generateEvent(fact, event)
        case .role(let role): generateRole(fact, role)
        case .set(let set): generateSet(fact, set)
        }
    }

    /// The deck and the reports, in the model's fact order.
    func result() -> GenerationResult {
        let article = model.article
        let reference =
            article.source == nil && article.published == nil
            ? nil : DeckInfo.ArticleRef(source: article.source, published: article.published?.description)
        let info = DeckInfo(id: article.id, title: localized(article.title), article: reference, languages: languages)
        let deck = Deck(deck: info, cards: model.facts.flatMap { cards[$0.id] ?? [] })
        return GenerationResult(deck: deck, report: model.facts.map { reports[$0.id] ?? FactReport(fact: $0.id) })
    }

    // MARK: - Building cards

    /// A text in every requested language, from the templates of each.
    func text(_ make: (any QuestionTemplates.Type, LanguageCode) -> String) -> LocalizedText {
        var values: [LanguageCode: String] = [:]
        for (language, template) in templates { values[language] = make(template, language) }
        return LocalizedText(values)
    }

    /// `text` restricted to the requested languages.
    func localized(_ text: LocalizedText) -> LocalizedText {
        if text.values.count == languages.count && languages.allSatisfy({ text.values[$0] != nil }) { return text }
        var values: [LanguageCode: String] = [:]
        for language in languages { values[language] = text.values[language] }
        return LocalizedText(values)
    }

    /// The generator of one card: seeded from its id and the options' seed only.
    func random(for id: String) -> SplitMix64 {
        var hashed = SplitMix64(seed: id)
        return SplitMix64(seed: hashed.next() ^ options.seed)
    }

    /// A card's id: `FACT.QUESTION.ENTRY`.
    static func cardID(_ fact: String, _ question: String, _ entry: String? = nil) -> String {
        entry.map { "\(fact).\(question).\($0)" } ?? "\(fact).\(question)"
    }

    /// Adds `card` under `owner` if it passes the quality gate, else reports why not.
    mutating func add(_ card: DeckCard, owner: String, entry: String? = nil) {
        if let ask = factsByID[owner]?.ask, !ask.contains(card.questionKind) {
            let names = ask.map(\.question).joined(separator: ", ")
            skip(owner, card.questionKind, entry, "the fact's ask: names only \(names)")
            return
        }
        if usedIDs.contains(card.id) {
            skip(owner, card.questionKind, entry, "another card already has the id \(card.id)")
            return
        }
        if let problem = QualityGate.problem(with: card, languages: languages) {
            skip(owner, card.questionKind, entry, problem)
            return
        }
        if card.format == .text, let other = samePromptOtherAnswer(card) {
            skip(owner, card.questionKind, entry, "\(other) asks the same question with another answer")
            return
        }
        usedIDs.insert(card.id)
        cards[owner, default: []].append(card)
        reports[owner, default: FactReport(fact: owner)].made.append(
            .init(
                id: card.id, kind: card.questionKind,
                format: card.format))
    }

    /// The id of a typed card already made with `card`'s prompt in some language and another
    /// answer; nil (and `card` recorded) when there is none.
    private mutating func samePromptOtherAnswer(_ card: DeckCard) -> String? {
        var keys: [(String, UInt64?)] = []
        for language in languages {
            guard let prompt = WordHashes.key(card.prompt[language] ?? "") else { continue }
            let key = "\(language)|\(prompt)"
            let answer = WordHashes.key(card.answer[language] ?? "")
            if let other = typedPrompts[key], other.answer != answer { return other.card }
            keys.append((key, answer))
        }
        for (key, answer) in keys where typedPrompts[key] == nil { typedPrompts[key] = (card.id, answer) }
        return nil
    }

    /// Records a question not asked.
    mutating func skip(_ fact: String, _ kind: QuestionKind, _ entry: String?, _ reason: String) {
        reports[fact, default: FactReport(fact: fact)].skipped.append(.init(kind: kind, entry: entry, reason: reason))
    }

    /// A choice card: the answer and distractors shuffled by the card's own generator.
    func choiceCard(
        id: String, fact: Fact, kind: QuestionKind, prompt: LocalizedText, answer: LocalizedText,
        distractors: [LocalizedText], accept: [String]
    ) -> DeckCard {
        var rng = random(for: id)
        var choices = [localized(answer)] + distractors.map(localized)
        choices.shuffle(using: &rng)
        return DeckCard(
            id: id, fact: fact.id, kind: kind.rawValue, format: .choice, prompt: prompt,
            answer: localized(answer), accept: accept, choices: choices, evidence: fact.evidence,
            tags: [fact.typeName])
    }

    /// A text card whose answer is an entity: all its names accepted, similar names rejected.
    mutating func entityCard(
        id: String, fact: Fact, kind: QuestionKind, prompt: LocalizedText, answer: KnownEntity,
        alsoCorrect: Set<UInt64> = []
    ) -> DeckCard {
        let reject = rejects.reject(
            for: answer, excluding: answer.keys.union(alsoCorrect), pool: pool,
            limit: options.rejectLimit)
        return DeckCard(
            id: id, fact: fact.id, kind: kind.rawValue, format: .text, prompt: prompt,
            answer: localized(answer.entity.name), accept: answer.acceptedNames,
            evidence: fact.evidence, tags: [fact.typeName], reject: reject)
    }

    /// `items` without repeats, in order.
    static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
