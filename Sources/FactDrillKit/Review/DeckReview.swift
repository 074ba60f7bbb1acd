/// Reads a deck card by card with every review rule: what `generate --review` prints and what the
/// tests require to be empty for the committed decks.
public enum DeckReview {
    /// Every rule, in the order their flags are listed.
    static let rules: [any DeckReviewRule.Type] = [
        EnglishArticleRule.self, ArabicAgreementRule.self, DuplicatePromptRule.self, OrderGiveawayRule.self,
        OddFormRule.self, RankingCardsRule.self, RoleDistractorRule.self, NonUniqueHolderRule.self,
    ]

    /// The names of the rules, for help and documentation.
    public static var ruleNames: [String] { rules.map { $0.name } }

    /// Every flag of every rule for `deck` (generated from `model`, when given), in deck order.
    public static func flags(in deck: Deck, model: ArticleModel? = nil) -> [ReviewFlag] {
        let order = Dictionary(deck.cards.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let all = rules.flatMap { $0.flags(in: deck, model: model) }
        return all.enumerated().sorted { lhs, rhs in
            (order[lhs.element.card] ?? Int.max, lhs.offset) < (order[rhs.element.card] ?? Int.max, rhs.offset)
        }.map(\.element)
    }
}
