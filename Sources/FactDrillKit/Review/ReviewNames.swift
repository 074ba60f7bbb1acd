/// The names the language rules know, with their entity types: the model's entities (names and
/// aliases, in every language) and the generator's built-in world names. A model's entity wins
/// over a built-in one of the same name.
struct ReviewNames {
    /// Entity type by name as written.
    private(set) var types: [String: EntityType] = [:]
    /// English names that need "the" inside a sentence, longest first.
    private(set) var definiteEnglish: [String] = []
    /// English names of countries (bare), for "a post of a country".
    private(set) var englishCountries: [String] = []

    init(model: ArticleModel?) {
        var definite: Set<String> = EnglishArticle.definiteCountries
        var countries: Set<String> = EnglishArticle.definiteCountries
        var notDefinite: Set<String> = []
        func add(_ entity: Entity, overriding: Bool) {
            for name in entity.allNames where overriding || types[name] == nil { types[name] = entity.type }
            for name in entity.names(in: "en") where !EnglishArticle.hasArticle(name) {
                if entity.type == .country { countries.insert(name) }
                if entity.definite == false { notDefinite.insert(name) }
                if EnglishArticle.needsThe(name, definite: entity.definite, type: entity.type) {
                    definite.insert(name)
                }
            }
        }
        for entity in model?.entities ?? [] { add(entity, overriding: true) }
        for entity in WorldNames.entities { add(entity, overriding: false) }
        definiteEnglish = definite.subtracting(notDefinite).sorted { ($0.count, $0) > ($1.count, $1) }
        englishCountries = countries.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// The type of the entity named `name`, if known.
    func type(of name: String) -> EntityType? { types[name] }

    /// The ranges of `name` in `text` as a whole word sequence (not inside a longer word).
    static func occurrences(of name: String, in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var start = text.startIndex
        while let range = text.range(of: name, range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { found.append(range) }
            start = range.upperBound
        }
        return found
    }

    /// The word before `index` in `text`, if any.
    static func word(before index: String.Index, in text: String) -> Substring? {
        let head = text[..<index]
        guard let last = head.last, last == " " else { return nil }
        let trimmed = head.dropLast()
        let start = trimmed.lastIndex(of: " ").map { trimmed.index(after: $0) } ?? trimmed.startIndex
        return trimmed[start...]
    }
}
