import Foundation

/// An analyst's structured reading of one article: metadata, entities and facts.
public struct ArticleModel: Hashable, Sendable, Codable {
    /// The only model version this build reads.
    public static let currentVersion = 1

    public var version: Int
    public var article: Article
    public var entities: [Entity]
    public var facts: [Fact]

    public init(version: Int = ArticleModel.currentVersion, article: Article, entities: [Entity], facts: [Fact]) {
        self.version = version
        self.article = article
        self.entities = entities
        self.facts = facts
    }

    /// The entity with this id, if the model has one.
    public func entity(_ id: String) -> Entity? {
        entities.first { $0.id == id }
    }

    /// Entities by id, for lookups in loops.
    public var entitiesByID: [String: Entity] {
        Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
