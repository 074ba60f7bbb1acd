/// `odd-form`: an odd-one-out card whose odd option differs from the others in form (the others
/// share a word it lacks, or it alone is of one word), so it is found without knowing the set.
enum OddFormRule: DeckReviewRule {
    static let name = "odd-form"

    static func flags(in deck: Deck, model: ArticleModel?) -> [ReviewFlag] {
        deck.cards.compactMap { card in
            guard card.questionKind == .setOddOneOut, let choices = card.choices else { return nil }
            let answer = TextNormalizer.normalize(card.answer.allStrings.first ?? "").text
            let others = choices.filter { TextNormalizer.normalize($0.allStrings.first ?? "").text != answer }
            guard let problem = OptionGiveaway.oddFormProblem(odd: card.answer, others: others) else { return nil }
            return ReviewFlag(card: card.id, language: nil, rule: name, message: problem)
        }
    }
}
