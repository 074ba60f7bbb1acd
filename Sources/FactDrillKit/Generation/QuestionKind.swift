/// What a card asks, as `FACTTYPE.QUESTION` (`ranking.rank-of`): every kind the generator asks
/// is listed here once, with its fact type. Deck files and the study database keep the raw
/// string, so a deck may also hold kinds this build does not generate (imported notes, decks
/// written by a newer factdrill); those read back as they were written.
public struct QuestionKind: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    /// The kind as written in deck files: `FACTTYPE.QUESTION`.
    public let rawValue: String

    /// A kind from its written form, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    private init(_ type: FactType, _ question: String) {
        rawValue = "\(type.rawValue).\(question)"
    }

    /// Which entity holds rank N (typed, or multiple choice when tied).
    public static let rankingHolderOf = QuestionKind(.ranking, "holder-of")
    /// Which rank an entity holds (typed).
    public static let rankingRankOf = QuestionKind(.ranking, "rank-of")
    /// Which of two entities ranks higher (multiple choice).
    public static let rankingHigher = QuestionKind(.ranking, "higher")
    /// When an event happened (typed).
    public static let eventDate = QuestionKind(.event, "date")
    /// Where an event happened (typed).
    public static let eventPlace = QuestionKind(.event, "place")
    /// Which of these events came first (multiple choice).
    public static let eventEarlier = QuestionKind(.event, "earlier")
    /// Put these events in order.
    public static let eventOrder = QuestionKind(.event, "order")
    /// Who holds a post (typed).
    public static let roleHolder = QuestionKind(.role, "holder")
    /// Which post a person holds (multiple choice).
    public static let roleTitle = QuestionKind(.role, "title")
    /// Which organization a person holds a post in (typed).
    public static let roleOrganization = QuestionKind(.role, "organization")
    /// Name a member of a set (typed; any member is right).
    public static let setMember = QuestionKind(.set, "member")
    /// Which option is not a member of a set (multiple choice).
    public static let setOddOneOut = QuestionKind(.set, "odd-one-out")

    /// An imported note's front, asking for its back (Anki's Basic card).
    public static let noteBasic = QuestionKind(rawValue: "note.basic")
    /// An imported note's back, asking for its front (Anki's reversed card).
    public static let noteReversed = QuestionKind(rawValue: "note.reversed")
    /// A cloze deletion of an imported note: the sentence with a gap, asking for what fills it.
    public static let noteCloze = QuestionKind(rawValue: "note.cloze")
    /// Another card template of an imported note type, rendered as Anki renders it.
    public static let noteTemplate = QuestionKind(rawValue: "note.template")

    /// Every kind the generator asks, by fact type.
    public static let generated: [QuestionKind] = [
        .rankingHolderOf, .rankingRankOf, .rankingHigher,
        .eventDate, .eventPlace, .eventEarlier, .eventOrder,
        .roleHolder, .roleTitle, .roleOrganization,
        .setMember, .setOddOneOut,
    ]

    /// The fact type the kind asks about; nil for a kind that is not about a fact of a model
    /// (an imported note).
    public var factType: FactType? {
        FactType(rawValue: String(rawValue.prefix { $0 != "." }))
    }

    /// The kind as written.
    public var description: String { rawValue }

    /// The question part of the kind (`rank-of` of `ranking.rank-of`), as a model's `ask:` names it.
    public var question: String { String(rawValue.drop { $0 != "." }.dropFirst()) }

    /// Short names a model's `ask:` may use besides the question part (`holder` for
    /// `ranking.holder-of`).
    private static let shortNames: [QuestionKind: String] = [
        .rankingHolderOf: "holder", .rankingRankOf: "rank",
    ]

    /// The names `ask:` accepts for a fact type: every generated kind's question part and short name.
    public static func askNames(for type: FactType) -> [String] {
        generated.filter { $0.factType == type }.flatMap { kind in
            [kind.question] + (shortNames[kind].map { [$0] } ?? [])
        }
    }

    /// The generated kind of `type` that `ask:` names `name`, nil if none.
    public static func named(_ name: String, for type: FactType) -> QuestionKind? {
        generated.first { $0.factType == type && ($0.question == name || shortNames[$0] == name) }
    }
}
