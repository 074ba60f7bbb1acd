/// What the generator made from a model: the deck and, per fact, what was asked and what not.
public struct GenerationResult: Sendable, Hashable {
    /// The generated deck.
    public let deck: Deck
    /// One report per fact of the model, in the model's order.
    public let report: [FactReport]

    /// Creates a result.
    public init(deck: Deck, report: [FactReport]) {
        self.deck = deck
        self.report = report
    }
}

/// The questions made from one fact and those skipped, with the reason (for `generate --explain`).
public struct FactReport: Sendable, Hashable {
    /// A card made from the fact.
    public struct Made: Sendable, Hashable {
        /// The card's id.
        public let id: String
        /// The card's kind, such as `ranking.rank-of`.
        public let kind: QuestionKind
        /// The card's format.
        public let format: CardFormat
    }

    /// A question not asked, and why.
    public struct Skipped: Sendable, Hashable {
        /// The question's kind, such as `ranking.holder-of`.
        public let kind: QuestionKind
        /// Which entry of the fact it was about (a rank, an entity id), if any.
        public let entry: String?
        /// Why it was not asked, written for the analyst.
        public let reason: String
    }

    /// The fact's id.
    public let fact: String
    /// The cards made, in deck order.
    public internal(set) var made: [Made]
    /// The questions skipped.
    public internal(set) var skipped: [Skipped]

    /// An empty report for a fact.
    public init(fact: String, made: [Made] = [], skipped: [Skipped] = []) {
        self.fact = fact
        self.made = made
        self.skipped = skipped
    }

    /// Report lines: `+ id (kind)` for each card, `- kind entry: reason` for each skip.
    public var lines: [String] {
        made.map { "+ \($0.id) (\($0.kind), \($0.format.rawValue))" }
            + skipped.map { "- \($0.kind)\($0.entry.map { " [\($0)]" } ?? ""): \($0.reason)" }
    }
}
