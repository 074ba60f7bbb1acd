import Foundation

/// An article model drafted from an article's text (`ArticleDrafter`): the entities and facts
/// found, each fact with the rule that found it and a confidence, and what was read and left out
/// sentence by sentence (`--explain`).
public struct ArticleDraft: Sendable {
    /// A drafted entity: a lexicon's (with both languages' names) or one read from the text.
    public struct Entity: Sendable, Equatable {
        public var id: String
        public var type: EntityType
        /// Names by language code.
        public var names: [String: String]
        /// Aliases by language code.
        public var aliases: [String: [String]] = [:]
        /// Whether English puts "the" before the name (nil: inferred by the generator).
        public var definite: Bool?
    }

    /// What a drafted fact states.
    public enum Body: Sendable, Equatable {
        case ranking(name: [String: String], period: String?, by: String?, entries: [Entry])
        case event(name: [String: String], date: PartialDate, place: String?)
        case role(person: String, post: [String: String], organization: String?)
    }

    /// One entry of a drafted ranking.
    public struct Entry: Sendable, Equatable {
        public var entity: String
        public var rank: Int
    }

    /// A drafted fact with its evidence sentence and how it was found.
    public struct Fact: Sendable, Equatable {
        public var id: String
        public var body: Body
        public var evidence: String
        /// The rule that found it (`ranking.respectively`, `role.name-comma-post` …).
        public var rule: String
        /// 0-1: how sure the rule is.
        public var confidence: Double
        /// Anything the analyst should check (a weekday kept at the month …).
        public var notes: [String] = []

        public var typeName: String {
            switch body {
            case .ranking: return "ranking"
            case .event: return "event"
            case .role: return "role"
            }
        }
    }

    /// What a rule matched or rejected in a sentence, for `--explain`.
    public struct Note: Sendable, Equatable {
        public var sentence: Int
        public var rule: String
        public var accepted: Bool
        public var message: String
    }

    public var language: String
    public var published: PartialDate?
    /// Where the publication date came from ("--published", "the date line", nil: unknown).
    public var publishedSource: String?
    public var title: String
    /// The country the article is about, when one stands out (national posts named without one take it).
    public var country: String?
    public var entities: [Entity] = []
    public var facts: [Fact] = []
    /// The article's sentences, in order (the explanation refers to them by index).
    public var sentences: [String] = []
    public var notes: [Note] = []
    /// Relative dates that could not be resolved, each with its sentence.
    public var unresolved: [String] = []

    /// The entity with an id.
    public func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }

    /// Counts per fact type, in the model's order.
    public var counts: (rankings: Int, events: Int, roles: Int) {
        (
            facts.filter { $0.typeName == "ranking" }.count, facts.filter { $0.typeName == "event" }.count,
            facts.filter { $0.typeName == "role" }.count
        )
    }
}
