/// The `reject` lists of cards whose answer is an entity: the known names of the answer's type
/// that look most like it (longest shared prefix), so the matcher refuses "Austria" for
/// "Australia". Cached per answer entity, since most entities answer several cards.
struct RejectIndex {
    private var cache: [String: [KnownEntity]] = [:]
    /// Candidates kept per answer before a card's own exclusions.
    private let depth: Int

    init(limit: Int) {
        depth = limit + 16
    }

    /// Names of entities like `answer`, excluding those sharing a name with `excluded`, at most `limit`.
    mutating func reject(for answer: KnownEntity, excluding excluded: Set<String>, pool: EntityPool,
                         limit: Int) -> [String]? {
        guard limit > 0 else { return nil }
        let similar: [KnownEntity]
        if let cached = cache[answer.key] {
            similar = cached
        } else {
            var scored: [(score: Int, entity: KnownEntity)] = []
            for tier in pool.tiers(of: answer.type) {
                for candidate in tier where candidate.key != answer.key && candidate.keys.isDisjoint(with: answer.keys) {
                    scored.append((candidate.similarity(to: answer), candidate))
                }
            }
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.entity.key < $1.entity.key }
            similar = scored.prefix(depth).map(\.entity)
            cache[answer.key] = similar
        }
        var names: [String] = []
        var seen: Set<String> = []
        for entity in similar where entity.keys.isDisjoint(with: excluded) {
            for name in entity.entity.allNames where names.count < limit && seen.insert(name).inserted {
                names.append(name)
            }
            if names.count >= limit { break }
        }
        return names.isEmpty ? nil : names
    }
}
