import Foundation

/// Flags Arabic prompts whose words do not agree with what the question is about:
/// «أيّ الاثنين جاء» over two countries, organizations or cities (feminine: «أيّ الدولتين جاءت»),
/// «واحداً من الدول» (a feminine plural takes «إحدى»), «ما جهة عمل …» whose answer is a state
/// (asked «… في أيّ دولة؟»), and a one-word title put before its organization with «في»
/// («منصب الرئيس في …» for the iḍāfa «منصب رئيس …»).
enum ArabicAgreementRule: DeckReviewRule {
    static let name = "arabic-agreement"

    static func flags(in deck: Deck, model: ArticleModel?) -> [ReviewFlag] {
        let names = ReviewNames(model: model)
        var flags: [ReviewFlag] = []
        func flag(_ card: DeckCard, _ message: String) {
            flags.append(ReviewFlag(card: card.id, language: "ar", rule: self.name, message: message))
        }
        for card in deck.cards {
            guard let prompt = card.prompt["ar"] else { continue }
            if prompt.contains("أيّ الاثنين جاء") || prompt.contains("أي الاثنين جاء"),
                let type = commonType(of: card.choices ?? [], names: names), type != .person, type != .other
            {
                let noun =
                    ["country": "أيّ الدولتين جاءت", "organization": "أيّ المنظمتين جاءت"][type.rawValue]
                    ?? "أيّ المدينتين جاءت"
                let plural = ["country": "countries", "organization": "organizations"][type.rawValue] ?? "cities"
                flag(card, "the options are two \(plural) (feminine): write «\(noun)», not «أيّ الاثنين جاء»")
            }
            for head in ArabicTemplates.feminineHeads where prompt.contains("واحداً من \(head)") {
                flag(card, "«\(head)» is feminine: write «إحدى \(head)», not «واحداً من \(head)»")
            }
            if prompt.contains("ما جهة عمل"), let answer = card.answer["ar"], names.type(of: answer) == .country {
                flag(card, "the answer «\(answer)» is a state: ask «… في أيّ دولة؟», not «ما جهة عمل …»")
            }
            if let title = oneWordTitleWithFi(prompt) {
                flag(card, "a one-word title is annexed to its organization: «منصب \(title) …» without «ال» and «في»")
            }
            if let noun = repeatedNoun(prompt) {
                flag(
                    card,
                    "«\(noun)» is said twice: annex the title to the organization («مدير معهد …», not «مدير المعهد في معهد …»)"
                )
            }
            if let title = chainTitleOfState(prompt, names: names) {
                flag(
                    card, "a state's title «\(title)» is annexed to the state: «رئيس وزراء اليابان», not «… في اليابان»"
                )
            }
        }
        return flags
    }

    /// The type shared by every option, when each is a known name.
    private static func commonType(of choices: [LocalizedText], names: ReviewNames) -> EntityType? {
        let types = choices.map { $0["ar"].flatMap(names.type(of:)) }
        guard let first = types.first ?? nil, !types.isEmpty, types.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// The noun of «منصب X الNOUN في NOUN …» («زعيم الحزب في حزب العمال»): the organization's noun
    /// said again in the title.
    static func repeatedNoun(_ prompt: String) -> String? {
        guard let fi = prompt.range(of: " في ") else { return nil }
        let before = prompt[..<fi.lowerBound].split(separator: " ")
        guard let last = before.last, last.hasPrefix("ال"), last.count > 3,
            let next = prompt[fi.upperBound...].split(separator: " ").first
        else { return nil }
        return last.dropFirst(2) == next ? String(next) : nil
    }

    /// The title in «منصب TITLE في STATE؟» when TITLE is a chain of nouns that the state completes
    /// («رئيس الوزراء في اليابان» for «رئيس وزراء اليابان»).
    static func chainTitleOfState(_ prompt: String, names: ReviewNames) -> String? {
        guard let post = prompt.range(of: "منصب "),
            let fi = prompt.range(of: " في ", range: post.upperBound..<prompt.endIndex)
        else { return nil }
        let title = String(prompt[post.upperBound..<fi.lowerBound])
        let place = prompt[fi.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "؟?. "))
        guard ArabicTemplates.annexableChain(title) != nil, names.type(of: place) == .country else { return nil }
        return title
    }

    /// The title in «منصب TITLE في …» when TITLE is one word («ما منصب NAME في …» asks for a
    /// person's post: the word there is a name, not a title).
    static func oneWordTitleWithFi(_ prompt: String) -> String? {
        var rest = prompt[...]
        while let post = rest.range(of: "منصب ") {
            let after = rest[post.upperBound...]
            let words = after.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            if !rest[..<post.lowerBound].hasSuffix("ما "), words.count >= 2, words[1] == "في", !words[0].isEmpty {
                return String(words[0])
            }
            rest = after
        }
        return nil
    }
}
