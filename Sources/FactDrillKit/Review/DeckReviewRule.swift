/// A check that reads a generated deck as an analyst would and flags what reads wrong.
///
/// Rules see the deck and, when there is one, the model it was generated from. Each rule is one
/// type in its own file, listed once in `DeckReview.rules`.
protocol DeckReviewRule: Sendable {
    /// The rule's name, as `ReviewFlag.rule`.
    static var name: String { get }
    /// What the rule finds in `deck` (generated from `model`, when given).
    static func flags(in deck: Deck, model: ArticleModel?) -> [ReviewFlag]
}
