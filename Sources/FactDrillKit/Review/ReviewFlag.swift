/// One thing a careful reader of a deck would point out in a card.
public struct ReviewFlag: Hashable, Sendable {
    /// The card's id.
    public var card: String
    /// The language of the text flagged; nil when the flag is about the card as a whole.
    public var language: LanguageCode?
    /// The rule's name (`english-article`, `duplicate-prompt` ...), stable for scripts and tests.
    public var rule: String
    /// What is wrong, said so that a model's author can fix it.
    public var message: String

    public init(card: String, language: LanguageCode?, rule: String, message: String) {
        self.card = card
        self.language = language
        self.rule = rule
        self.message = message
    }
}
