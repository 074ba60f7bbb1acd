/// The `reject` lists of cards whose answer is an entity: the known names of the answer's type
/// that look most like it (longest shared prefix), so the matcher refuses "Austria" for
/// "Australia". Cached per answer entity, since most entities answer several cards.
struct RejectIndex {
    private var cache: [String: [KnownEntity]] = [:]
    /// The finished lists of cards whose only right answer is the entity (most cards).
    private var plainNames: [String: [String]?] = [:]
    /// Candidates kept per answer before a card's own exclusions.
    private let depth: Int

    init(limit: Int) {
        depth = limit + 16
    }

    /// Names of entities like `answer`, excluding those sharing a name with `excluded`, at most `limit`.
    mutating func reject(
        for answer: KnownEntity, excluding excluded: Set<UInt64>, pool: EntityPool,
        limit: Int
    ) -> [String]? {
        guard limit > 0 else { return nil }
        let similar: [KnownEntity]
        if let cached = cache[answer.key] {
            similar = cached
        } else {
            // Score, then sort small (score, index) pairs rather than the entities themselves.
            let candidates = pool.tiers(of: answer.type).joined().filter {
                $0.key != answer.key && $0.keys.isDisjoint(with: answer.keys)
            }
            var scored = candidates.indices.map { (score: candidates[$0].similarity(to: answer), index: $0) }
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            similar = scored.prefix(depth).map { candidates[$0.index] }
            cache[answer.key] = similar
        }
        let plain = excluded == answer.keys
        if plain, let names = plainNames[answer.key] { return names }
        var names: [String] = []
        var seen: Set<String> = []
        for entity in similar where entity.keys.isDisjoint(with: excluded) {
            for name in entity.entity.allNames where names.count < limit && seen.insert(name).inserted {
                names.append(name)
            }
            if names.count >= limit { break }
        }
        let result = names.isEmpty ? nil : names
        if plain { plainNames[answer.key] = result }
        return result
    }
}
