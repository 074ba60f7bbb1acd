import Foundation

/// A country, person, organization or place that an article names.
public struct Entity: Hashable, Sendable, Codable, Identifiable {
    /// A slug, unique in its model.
    public var id: String
    public var type: EntityType
    public var name: LocalizedText
    /// Other names an analyst may type, per language.
    public var aliases: LocalizedList
    /// Whether English puts "the" before the name (`definite` in a model); nil: inferred from the
    /// name (`EnglishArticle`).
    public var definite: Bool?

    public init(
        id: String, type: EntityType, name: LocalizedText, aliases: LocalizedList = [:], definite: Bool? = nil
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.definite = definite
    }

    /// The name and every alias in `language`.
    public func names(in language: LanguageCode) -> [String] {
        (name[language].map { [$0] } ?? []) + (aliases[language] ?? [])
    }

    /// Every name and alias in every language, names first.
    public var allNames: [String] {
        name.allStrings + aliases.keys.sorted().flatMap { aliases[$0] ?? [] }
    }
}
