/// `ranking-cards`: a ranking with more than three cards per entry, more drilling of one list
/// than an analyst wants. Needs the model (for the number of entries).
enum RankingCardsRule: DeckReviewRule {
    static let name = "ranking-cards"
    /// The most cards a ranking entry may have.
    static let limit = 3

    static func flags(in deck: Deck, model: ArticleModel?) -> [ReviewFlag] {
        guard let model else { return [] }
        let byFact = Dictionary(grouping: deck.cards, by: \.fact)
        return model.facts.compactMap { fact in
            guard case .ranking(let ranking) = fact.body, let cards = byFact[fact.id], let first = cards.first,
                cards.count > limit * ranking.entries.count
            else { return nil }
            return ReviewFlag(
                card: first.id, language: nil, rule: name,
                message:
                    "\(cards.count) cards for \(ranking.entries.count) entries of \(fact.id): "
                    + "more than \(limit) per entry")
        }
    }
}
