import Foundation

/// A deck file (format `factdrill-deck`, version 1): the cards of one deck, ready to study.
public struct Deck: Hashable, Sendable, Codable {
    public static let formatName = "factdrill-deck"
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var deck: DeckInfo
    public var cards: [DeckCard]

    public init(deck: DeckInfo, cards: [DeckCard]) {
        self.format = Deck.formatName
        self.version = Deck.currentVersion
        self.deck = deck
        self.cards = cards
    }
}

/// A deck's metadata.
public struct DeckInfo: Hashable, Sendable, Codable {
    /// A slug; the article id for generated decks.
    public var id: String
    public var title: LocalizedText
    public var article: ArticleRef?
    /// The languages every card's prompt and answer are given in.
    public var languages: [LanguageCode]

    public init(id: String, title: LocalizedText, article: ArticleRef? = nil, languages: [LanguageCode]) {
        self.id = id
        self.title = title
        self.article = article
        self.languages = languages
    }

    /// Where a generated deck's article came from.
    public struct ArticleRef: Hashable, Sendable, Codable {
        public var source: String?
        public var published: String?

        public init(source: String? = nil, published: String? = nil) {
            self.source = source
            self.published = published
        }
    }
}

/// How a card is answered.
public enum CardFormat: String, Hashable, Sendable, Codable {
    /// A typed answer.
    case text
    /// Pick one of `choices`.
    case choice
    /// Put `choices` in order; `accept` holds the one right order.
    case order
}

/// One question of a deck.
public struct DeckCard: Hashable, Sendable, Codable, Identifiable {
    /// Stable and unique in the deck: fact id, question kind and entry (`fact.kind-name.entry`).
    public var id: String
    /// The fact id the card derives from.
    public var fact: String
    /// `FACTTYPE.QUESTION`, e.g. `ranking.rank-of`.
    public var kind: String
    public var format: CardFormat
    public var prompt: LocalizedText
    public var answer: LocalizedText
    /// Every response that counts as right, before normalization.
    public var accept: [String]
    /// The options of `choice` and `order` cards, in the order shown.
    public var choices: [LocalizedText]?
    public var evidence: String?
    public var tags: [String]
    /// Known names of the answer's type that are wrong here (other countries, people...): the
    /// matcher never accepts a typo that is as close to one of these as to the answer.
    public var reject: [String]?

    public init(
        id: String, fact: String, kind: String, format: CardFormat, prompt: LocalizedText,
        answer: LocalizedText, accept: [String], choices: [LocalizedText]? = nil,
        evidence: String? = nil, tags: [String] = [], reject: [String]? = nil
    ) {
        self.id = id
        self.fact = fact
        self.kind = kind
        self.format = format
        self.prompt = prompt
        self.answer = answer
        self.accept = accept
        self.choices = choices
        self.evidence = evidence
        self.tags = tags
        self.reject = reject
    }

    /// The fact type part of `kind` (`ranking` for `ranking.rank-of`).
    public var factType: String {
        String(kind.prefix { $0 != "." })
    }
}
