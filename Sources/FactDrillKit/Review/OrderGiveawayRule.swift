/// `order-giveaway`: a chronology card whose events' names state their order ("the first
/// summit", "the second summit"), so the order is read off the options.
enum OrderGiveawayRule: DeckReviewRule {
    static let name = "order-giveaway"

    static func flags(in deck: Deck, model: ArticleModel?) -> [ReviewFlag] {
        deck.cards.compactMap { card in
            guard card.questionKind == .eventEarlier || card.questionKind == .eventOrder,
                let problem = OptionGiveaway.orderProblem(card.choices ?? [])
            else { return nil }
            return ReviewFlag(card: card.id, language: nil, rule: name, message: problem)
        }
    }
}
