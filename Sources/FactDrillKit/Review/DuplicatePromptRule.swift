/// `duplicate-prompt`: two cards that ask the same thing (the same prompt in one language, as the
/// matcher reads it) with different answers: whichever answer the reader gives, one card says
/// it is wrong. That holds for cards with options too (two "which of these ranked 1st?" cards with
/// different answers read as one question with two answers); only a card whose options are the
/// question ("which came first?", "which is not one?") is compared with cards of the same options.
enum DuplicatePromptRule: DeckReviewRule {
    static let name = "duplicate-prompt"
    /// Kinds whose prompt is the same for every card and whose options say what is asked.
    static let askedByOptions: Set<QuestionKind> = [.eventEarlier, .eventOrder, .rankingHigher, .setOddOneOut]

    static func flags(in deck: Deck, model: ArticleModel?) -> [ReviewFlag] {
        var flags: [ReviewFlag] = []
        var earlierCards: [String: [DeckCard]] = [:]
        for card in deck.cards {
            for language in card.prompt.languages {
                guard let prompt = card.prompt[language] else { continue }
                var key = language + "|" + TextNormalizer.normalize(prompt).text
                if askedByOptions.contains(card.questionKind) {
                    let options = (card.choices ?? []).map { TextNormalizer.normalize($0[language] ?? "").text }
                    key += "|" + options.sorted().joined(separator: "|")
                }
                defer { earlierCards[key, default: []].append(card) }
                guard
                    let earlier = earlierCards[key]?.first(where: { clash(card, $0, language: language) })
                else { continue }
                flags.append(
                    ReviewFlag(
                        card: card.id, language: language, rule: name,
                        message:
                            "the same prompt as \(earlier.id), whose answer is “\(earlier.answer[language] ?? "")”: "
                            + "tell the two apart in the prompt or ask once"))
            }
        }
        return flags
    }

    /// Whether two cards of one prompt (and, for kinds asked by their options, the same options)
    /// have different answers.
    private static func clash(_ a: DeckCard, _ b: DeckCard, language: LanguageCode) -> Bool {
        TextNormalizer.normalize(a.answer[language] ?? "").text
            != TextNormalizer.normalize(b.answer[language] ?? "").text
    }
}
