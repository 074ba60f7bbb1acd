/// The checks a decoded deck passes beyond its JSON shape.
extension DeckFile {
    /// Unique card ids; every prompt and answer in each deck language; options for choice and
    /// order cards in each language; a choice card's answer exactly once among its options.
    static func validate(_ deck: Deck, file: String) throws {
        guard !deck.deck.languages.isEmpty else {
            throw DeckError.invalidField(file: file, card: nil, field: "deck.languages", detail: "no language listed")
        }
        var seen: [String: Int] = [:]
        for (index, card) in deck.cards.enumerated() {
            if let first = seen[card.id] {
                throw DeckError.duplicateCardID(file: file, id: card.id, indices: [first, index])
            }
            seen[card.id] = index
            let ref = DeckError.CardRef(index: index, id: card.id)
            for language in deck.deck.languages {
                if (card.prompt[language] ?? "").isEmpty {
                    throw DeckError.missingLanguage(file: file, card: ref, field: "prompt", language: language)
                }
                if (card.answer[language] ?? "").isEmpty {
                    throw DeckError.missingLanguage(file: file, card: ref, field: "answer", language: language)
                }
            }
            guard card.format != .text else { continue }
            guard let choices = card.choices, choices.count >= 2 else {
                throw DeckError.missingChoices(file: file, card: ref)
            }
            for language in deck.deck.languages {
                for (position, choice) in choices.enumerated() where (choice[language] ?? "").isEmpty {
                    throw DeckError.missingLanguage(
                        file: file, card: ref, field: "choices[\(position)]", language: language)
                }
                if card.format == .choice, choices.filter({ $0[language] == card.answer[language] }).count != 1 {
                    throw DeckError.answerNotAmongChoices(file: file, card: ref)
                }
            }
        }
    }
}
