/// The checks a decoded deck passes beyond its JSON shape.
extension DeckFile {
    /// Unique card ids; every prompt and answer in each deck language; options for choice and
    /// order cards in each language; a choice card's answer exactly once among its options.
    /// A deck listing no language (imported notes in several languages, no one language common
    /// to all) needs each card in a language of its own prompt.
    static func validate(_ deck: Deck, file: String) throws {
        var seen: [String: Int] = [:]
        for (index, card) in deck.cards.enumerated() {
            if let first = seen[card.id] {
                throw DeckError.duplicateCardID(file: file, id: card.id, indices: [first, index])
            }
            seen[card.id] = index
            let ref = DeckError.CardRef(index: index, id: card.id)
            let languages = deck.deck.languages.isEmpty
                ? card.prompt.languages.filter { !(card.prompt[$0] ?? "").isEmpty } : deck.deck.languages
            guard !languages.isEmpty else {
                throw DeckError.invalidField(file: file, card: ref, field: "prompt", detail: "no text in any language")
            }
            for language in languages {
                if (card.prompt[language] ?? "").isEmpty {
                    throw DeckError.missingLanguage(file: file, card: ref, field: "prompt", language: language)
                }
                if (card.answer[language] ?? "").isEmpty {
                    throw DeckError.missingLanguage(file: file, card: ref, field: "answer", language: language)
                }
            }
            guard card.format != .text else { continue }
            guard let choices = card.choices, choices.count >= 2 else { throw DeckError.missingChoices(file: file, card: ref) }
            for language in languages {
                for (position, choice) in choices.enumerated() where (choice[language] ?? "").isEmpty {
                    throw DeckError.missingLanguage(file: file, card: ref, field: "choices[\(position)]", language: language)
                }
                if card.format == .choice, choices.filter({ $0[language] == card.answer[language] }).count != 1 {
                    throw DeckError.answerNotAmongChoices(file: file, card: ref)
                }
            }
        }
    }
}
