/// An entity the generator may use as a distractor or a reject: from the model, another
/// installed model, or the built-in world names. A class, immutable: it is shared by many pools
/// and cards, and copying its sets and strings around cost more than generating the cards.
final class KnownEntity: Sendable {
    /// Where it comes from, for `tier`: the model, other models, built-in names.
    enum Source: Int, Sendable {
        case own = 0
        case other = 1
        case world = 2
    }

    /// Unique among known entities: `kor`, `other-article/kor`, `world.kr`.
    let key: String
    let entity: Entity
    let source: Source
    /// Every name and alias, as keys (`WordHashes.key`): two entities sharing one are the same.
    let keys: Set<UInt64>
    /// The normalized names (articles kept) as bytes, for the prefix similarity of reject lists.
    let keyBytes: [[UInt8]]
    /// Every name and alias once, in every language: what a card about it accepts.
    let acceptedNames: [String]
    /// For a country, its UN M49 area (`CountryRegions`), found once.
    let area: CountryRegions.Area?

    init(key: String, entity: Entity, source: Source) {
        self.key = key
        self.entity = entity
        self.source = source
        // Likeness is not equality: names compare with their articles here, as they are spelt.
        let normalized = entity.allNames.map(TextNormalizer.normalizeKeepingArticles).filter { !$0.isEmpty }
        let nameKeys = entity.allNames.compactMap(WordHashes.key)
        self.keys = Set(nameKeys)
        self.keyBytes = normalized.map { Array($0.utf8) }
        self.acceptedNames = GenerationRun.unique(entity.allNames)
        self.area =
            entity.type == .country ? CountryRegions.area(keys: entity.allNames.compactMap(WordHashes.key)) : nil
    }

    var type: EntityType { entity.type }

    /// Whether it has a name in each language.
    func isNamed(in languages: [LanguageCode]) -> Bool {
        languages.allSatisfy { entity.name[$0]?.isEmpty == false }
    }

    /// The longest common prefix (in bytes) between one of its names and one of `other`'s.
    func similarity(to other: KnownEntity) -> Int {
        var best = 0
        for a in keyBytes {
            for b in other.keyBytes {
                var n = 0
                let limit = min(a.count, b.count)
                while n < limit && a[n] == b[n] { n += 1 }
                best = max(best, n)
            }
        }
        return best
    }
}
