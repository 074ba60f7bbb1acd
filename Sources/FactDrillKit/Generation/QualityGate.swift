/// The quality rules every card passes before it enters a deck; a card that fails is skipped
/// and the reason reported, never written.
enum QualityGate {
    /// What is wrong with `card`, or nil if it may be written.
    static func problem(with card: DeckCard, languages: [LanguageCode]) -> String? {
        for language in languages {
            if (card.prompt[language] ?? "").isEmpty { return "no '\(language)' prompt" }
            if (card.answer[language] ?? "").isEmpty { return "no '\(language)' answer" }
        }
        if card.accept.isEmpty { return "nothing to accept as an answer" }
        if card.format != .order, let leak = leakedAnswer(card) {
            return "the prompt would contain its own answer (“\(leak)”)"
        }
        guard card.format != .text else { return nil }
        guard let choices = card.choices, choices.count >= 2 else { return "fewer than two options" }
        for language in languages {
            if choices.contains(where: { ($0[language] ?? "").isEmpty }) {
                return "an option has no '\(language)' text"
            }
            let keys = choices.map { WordHashes($0[language] ?? "").key }
            if Set(keys).count != keys.count { return "two options read the same in '\(language)'" }
            if card.format == .choice {
                let answerKey = WordHashes(card.answer[language] ?? "").key
                if keys.filter({ $0 == answerKey }).count != 1 {
                    return "the answer is not exactly once among the options"
                }
            }
        }
        return nil
    }

    /// The first answer text or accepted response found in a prompt, in any language.
    static func leakedAnswer(_ card: DeckCard) -> String? {
        card.answerLeak(in: Array(card.prompt.values.values))
    }
}
