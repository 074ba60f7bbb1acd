/// What the question generator makes and how.
public struct GenerationOptions: Sendable, Hashable {
    /// The seed used unless another is given: decks are byte-identical run to run.
    public static let defaultSeed: UInt64 = 0x6661_6374_6472_696C

    /// The languages of every prompt and answer; nil means the languages of the article's title.
    public var languages: [LanguageCode]?
    /// Mixed into every card's own generator (choice shuffles, distractor picks).
    public var seed: UInt64
    /// Options of a multiple-choice card, the answer included, where enough distractors exist.
    public var choiceCount: Int
    /// At most this many wrong names in a card's `reject` list.
    public var rejectLimit: Int
    /// `event.earlier` pairs made per event and direction (its nearest later events).
    public var earlierPairsPerEvent: Int

    /// Options with defaults: model languages, fixed seed, four choices, 24 rejects, 2 pairs.
    public init(
        languages: [LanguageCode]? = nil, seed: UInt64 = GenerationOptions.defaultSeed, choiceCount: Int = 4,
        rejectLimit: Int = 24, earlierPairsPerEvent: Int = 2
    ) {
        self.languages = languages
        self.seed = seed
        self.choiceCount = choiceCount
        self.rejectLimit = rejectLimit
        self.earlierPairsPerEvent = earlierPairsPerEvent
    }
}
