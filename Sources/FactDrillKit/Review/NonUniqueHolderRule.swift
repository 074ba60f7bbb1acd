/// `non-unique-holder`: a "who holds post P" card for a post several people hold at once
/// (a researcher, an adviser), or one the words do not show to be single and the model does not
/// mark `unique: true`. Needs the model (for the role).
enum NonUniqueHolderRule: DeckReviewRule {
    static let name = "non-unique-holder"

    static func flags(in deck: Deck, model: ArticleModel?) -> [ReviewFlag] {
        guard let model else { return [] }
        let facts = Dictionary(model.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return deck.cards.compactMap { card in
            guard card.questionKind == .roleHolder, case .role(let role)? = facts[card.fact]?.body,
                !(role.unique ?? PostLexicon.isSingular(role.role) ?? false)
            else { return nil }
            let post = role.role["en"] ?? role.role.allStrings.first ?? ""
            return ReviewFlag(
                card: card.id, language: nil, rule: name,
                message: "“\(post)” may have several holders at once: who holds it has no single answer")
        }
    }
}
