/// `role-distractor`: a "what post does P hold" card offering a post the organization's kind
/// cannot have (a prime minister at an institute). Needs the model (for the organization).
enum RoleDistractorRule: DeckReviewRule {
    static let name = "role-distractor"

    static func flags(in deck: Deck, model: ArticleModel?) -> [ReviewFlag] {
        guard let model else { return [] }
        let facts = Dictionary(model.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var flags: [ReviewFlag] = []
        for card in deck.cards where card.questionKind == .roleTitle {
            guard case .role(let role)? = facts[card.fact]?.body else { continue }
            let organization = role.organization.flatMap(model.entity)
            let kind = OrganizationKind.of(organization)
            let answer = TextNormalizer.normalize(card.answer.allStrings.first ?? "").text
            for option in card.choices ?? []
            where TextNormalizer.normalize(option.allStrings.first ?? "").text != answer && !kind.allows(option) {
                let post = option["en"] ?? option.allStrings.first ?? ""
                let place = organization.map { $0.name["en"] ?? $0.id } ?? "the organization"
                flags.append(
                    ReviewFlag(
                        card: card.id, language: nil, rule: name,
                        message: "offers “\(post)”, a post \(place) (\(kind)) cannot have"))
            }
        }
        return flags
    }
}
