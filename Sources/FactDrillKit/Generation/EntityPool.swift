/// Every known entity by type, in tiers (the model's own, other models', built-in), each known
/// entity once: an entity of another model or of the built-in list that shares a normalized name
/// with one already known is the same entity and is dropped.
struct EntityPool: Sendable {
    private var own: [String: KnownEntity] = [:]
    /// Per type, per tier (own, other, world), the entities named in every requested language.
    private var tiers: [EntityType: [[KnownEntity]]] = [:]

    init(model: ArticleModel, others: [ArticleModel], languages: [LanguageCode]) {
        var seen: Set<UInt64> = []
        func add(_ known: KnownEntity, checkSeen: Bool) {
            if checkSeen && !known.keys.isDisjoint(with: seen) { return }
            seen.formUnion(known.keys)
            guard known.isNamed(in: languages) else { return }
            var lists = tiers[known.type] ?? [[], [], []]
            lists[known.source.rawValue].append(known)
            tiers[known.type] = lists
        }
        for entity in model.entities where own[entity.id] == nil {
            let known = KnownEntity(key: entity.id, entity: entity, source: .own)
            own[entity.id] = known
            add(known, checkSeen: false)
        }
        for other in others where other.article.id != model.article.id {
            for entity in other.entities {
                add(
                    KnownEntity(key: "\(other.article.id)/\(entity.id)", entity: entity, source: .other),
                    checkSeen: true)
            }
        }
        for entity in WorldNames.entities {
            add(KnownEntity(key: entity.id, entity: entity, source: .world), checkSeen: true)
        }
    }

    /// The model's entity with this id.
    func own(_ id: String) -> KnownEntity? { own[id] }

    /// The tiers of known entities of a type: own, other models', built-in.
    func tiers(of type: EntityType) -> [[KnownEntity]] { tiers[type] ?? [[], [], []] }

    /// Up to `count` entities of `type`, taken from `preferred` first and then tier by tier,
    /// none sharing a name with `blocked` or with each other. Countries near `near` (a country of a
    /// known M49 area) come first: its sub-region, then its region, then the others.
    func distractors(
        type: EntityType, blocked: Set<UInt64>, preferred: [KnownEntity] = [], near: KnownEntity? = nil, count: Int,
        languages: [LanguageCode], rng: inout SplitMix64
    ) -> [KnownEntity] {
        let area = near?.area
        var candidates: [KnownEntity] = []
        var taken = blocked
        // Without an area the first `count` distinct candidates are enough (picking stays linear).
        for tier in [preferred] + tiers(of: type) where area != nil || candidates.count < count {
            for index in Self.visitOrder(tier.count, rng: &rng) where area != nil || candidates.count < count {
                let candidate = tier[index]
                guard candidate.type == type, candidate.keys.isDisjoint(with: taken), !candidate.keys.isEmpty,
                    candidate.isNamed(in: languages)
                else { continue }
                candidates.append(candidate)
                taken.formUnion(candidate.keys)
            }
        }
        if let area {
            let distances = candidates.map { CountryRegions.distance($0.area, from: area) }
            candidates = candidates.indices.sorted { (distances[$0], $0) < (distances[$1], $1) }.map { candidates[$0] }
        }
        return Array(candidates.prefix(count))
    }

    /// A seeded visiting order: a full shuffle of small lists; for large ones a window of 256
    /// from a random start, so that picking stays linear in the number of cards.
    static func visitOrder(_ count: Int, rng: inout SplitMix64) -> [Int] {
        guard count > 0 else { return [] }
        if count <= 64 {
            var order = Array(0..<count)
            order.shuffle(using: &rng)
            return order
        }
        let start = Int(rng.next() % UInt64(count))
        return (0..<min(count, 256)).map { (start + $0) % count }
    }
}
