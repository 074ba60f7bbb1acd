/// Turns an article model into a deck: every question worth asking about each fact, in each
/// requested language, each with exactly one right answer (see the README for the kinds).
public struct QuestionGenerator: Sendable {
    /// How to generate.
    public let options: GenerationOptions

    /// A generator with these options.
    public init(options: GenerationOptions = .init()) {
        self.options = options
    }

    /// The deck of `model` and a per-fact report. `others`: the other installed models, for
    /// distractors and cross-article chronology (their facts are never asked themselves).
    public func generate(_ model: ArticleModel, others: [ArticleModel] = []) throws -> GenerationResult {
        let languages = try resolveLanguages(model)
        try ModelRequirements.check(model, languages: languages)
        var run = GenerationRun(model: model, others: others, languages: languages, options: options)
        for fact in model.facts {
            run.generate(fact)
        }
        run.generateChronology()
        return run.result()
    }

    /// The requested languages, or the article title's; each must have templates.
    func resolveLanguages(_ model: ArticleModel) throws -> [LanguageCode] {
        var languages: [LanguageCode] = []
        for language in options.languages ?? model.article.title.languages where !languages.contains(language) {
            languages.append(language)
        }
        guard !languages.isEmpty else { throw GenerationError.noLanguages }
        for language in languages where Templates.forLanguage(language) == nil {
            throw GenerationError.unsupportedLanguage(language)
        }
        return languages
    }
}
