extension DeckCard {
    /// The card's kind as a `QuestionKind` (`kind` is its written form, kept as read).
    public var questionKind: QuestionKind {
        get { QuestionKind(rawValue: kind) }
        set { kind = newValue.rawValue }
    }
}
