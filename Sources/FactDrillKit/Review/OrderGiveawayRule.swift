/// `order-giveaway`: a chronology card whose events' names state their order ("the first
/// summit", "the second summit"), so the order is read off the options.
enum OrderGiveawayRule: DeckReviewRule {
    static let name = "order-giveaway"

    static func flags(in deck: Deck, model: ArticleModel?) -> [ReviewFlag] {
        deck.cards.compactMap { card in
            guard let events = chronological(card), let problem = OptionGiveaway.orderProblem(chronological: events)
            else { return nil }
            return ReviewFlag(card: card.id, language: nil, rule: name, message: problem)
        }
    }

    /// A chronology card's events, earliest first: the answer then the other option of an
    /// `event.earlier` card; the options in the order of `accept` ("2 3 1") of an `event.order` card.
    static func chronological(_ card: DeckCard) -> [LocalizedText]? {
        guard let choices = card.choices else { return nil }
        if card.questionKind == .eventEarlier {
            let answer = TextNormalizer.normalize(card.answer.allStrings.first ?? "").text
            return [card.answer] + choices.filter { TextNormalizer.normalize($0.allStrings.first ?? "").text != answer }
        }
        guard card.questionKind == .eventOrder, let order = card.accept.first else { return nil }
        let positions = order.split(separator: " ").compactMap { Int($0) }
        guard positions.allSatisfy({ (1...choices.count).contains($0) }) else { return nil }
        return positions.map { choices[$0 - 1] }
    }
}
