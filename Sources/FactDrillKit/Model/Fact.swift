import Foundation

/// One fact an article states: a ranking, an event, a role or a named set.
public struct Fact: Hashable, Sendable, Codable, Identifiable {
    /// A slug, unique in its model; card ids derive from it.
    public var id: String
    public var body: FactBody
    /// When the fact holds, if the model says; questions about roles and rankings say when.
    public var asOf: PartialDate?
    /// The sentence of the article that states the fact.
    public var evidence: String?
    /// The question kinds to ask (the model's `ask:`); nil lets the generator choose.
    public var ask: [QuestionKind]?

    public init(
        id: String, body: FactBody, asOf: PartialDate? = nil, evidence: String? = nil, ask: [QuestionKind]? = nil
    ) {
        self.id = id
        self.body = body
        self.asOf = asOf
        self.evidence = evidence
        self.ask = ask
    }

    /// Whether the model's `ask:` lets the generator ask `kind` (true when the fact has no `ask:`).
    public func allows(_ kind: QuestionKind) -> Bool { ask?.contains(kind) ?? true }

    /// Whether the model's `ask:` names `kind` explicitly.
    public func asks(_ kind: QuestionKind) -> Bool { ask?.contains(kind) ?? false }

    /// The fact type's name as written in a model: `ranking`, `event`, `role` or `set`.
    public var typeName: String { body.typeName }
}

/// What a fact states, by fact type.
public enum FactBody: Hashable, Sendable, Codable {
    case ranking(Ranking)
    case event(Event)
    case role(Role)
    case set(NamedSet)

    /// The fact types a model may use, as written in YAML.
    public static let typeNames = FactType.allCases.map(\.rawValue)

    /// The fact type of this body.
    public var type: FactType {
        switch self {
        case .ranking: return .ranking
        case .event: return .event
        case .role: return .role
        case .set: return .set
        }
    }

    /// The fact type's name as written in a model (`FactType`).
    public var typeName: String { type.rawValue }
}

/// A ranking: entities by rank (1 is the top; ties allowed).
public struct Ranking: Hashable, Sendable, Codable {
    /// What is ranked, as a noun phrase ("the world's largest arms exporters").
    public var ranking: LocalizedText
    public var period: Period?
    /// The entity that publishes the ranking (e.g. SIPRI).
    public var by: String?
    public var entries: [RankingEntry]

    public init(ranking: LocalizedText, period: Period? = nil, by: String? = nil, entries: [RankingEntry]) {
        self.ranking = ranking
        self.period = period
        self.by = by
        self.entries = entries
    }
}

/// One place in a ranking.
public struct RankingEntry: Hashable, Sendable, Codable {
    public var entity: String
    public var rank: Int

    public init(entity: String, rank: Int) {
        self.entity = entity
        self.rank = rank
    }
}

/// Something that happened at a date.
public struct Event: Hashable, Sendable, Codable {
    /// A noun phrase ("the NATO summit in Madrid").
    public var event: LocalizedText
    public var date: PartialDate
    /// An entity id.
    public var place: String?
    /// Entity ids.
    public var participants: [String]

    public init(event: LocalizedText, date: PartialDate, place: String? = nil, participants: [String] = []) {
        self.event = event
        self.date = date
        self.place = place
        self.participants = participants
    }
}

/// A person holding a role, optionally at an organization.
public struct Role: Hashable, Sendable, Codable {
    /// An entity id of type person.
    public var person: String
    public var role: LocalizedText
    /// An entity id.
    public var organization: String?
    /// Whether one person holds the post at a time (the model's `unique:`); nil lets the
    /// generator decide from the post's words (`PostLexicon`).
    public var unique: Bool?

    public init(person: String, role: LocalizedText, organization: String? = nil, unique: Bool? = nil) {
        self.person = person
        self.role = role
        self.organization = organization
        self.unique = unique
    }
}

/// A named set of members ("the topics of the earlier talks").
public struct NamedSet: Hashable, Sendable, Codable {
    public var set: LocalizedText
    public var members: [SetMember]

    public init(set: LocalizedText, members: [SetMember]) {
        self.set = set
        self.members = members
    }
}

/// A set member: an entity of the model, or a text of its own.
public enum SetMember: Hashable, Sendable, Codable {
    case entity(String)
    case text(LocalizedText)
}
