/// Ranking questions: holder-of (typed, or multiple choice for a tied rank), rank-of, and higher
/// for adjacent ranks: at most three cards per entry.
extension GenerationRun {
    mutating func generateRanking(_ fact: Fact, _ ranking: Ranking) {
        let time = TimeContext(fact: fact, article: model.article)
        let by = ranking.by.flatMap { pool.own($0) }
        var entries: [(entry: RankingEntry, entity: KnownEntity)] = []
        for entry in ranking.entries {
            guard let entity = pool.own(entry.entity) else { continue }
            if entries.contains(where: { $0.entry.entity == entry.entity }) {
                skip(
                    fact.id, .rankingRankOf, entry.entity,
                    "\(entry.entity) is listed twice; only its first rank is asked")
                continue
            }
            entries.append((entry, entity))
        }
        entries.sort { ($0.entry.rank, $0.entry.entity) < ($1.entry.rank, $1.entry.entity) }
        let byRank = Dictionary(grouping: entries, by: \.entry.rank)
        let phrase = ranking.ranking
        func byName(_ t: any QuestionTemplates.Type) -> String? { by.map { t.mention($0.entity) } }

        for (entry, entity) in entries {
            let rank = entry.rank
            let holders = byRank[rank] ?? []
            let tied = holders.count > 1
            let sharedKeys = holders.reduce(into: Set<UInt64>()) { $0.formUnion($1.entity.keys) }

            // Which entity holds rank N (typed): only when one entity holds it.
            if tied {
                if holders.first?.entry.entity == entry.entity {
                    let names = holders.map(\.entry.entity).joined(separator: ", ")
                    skip(
                        fact.id, .rankingHolderOf, "\(rank)",
                        "rank \(rank) is shared by \(names): a typed answer would have several right answers (asked as multiple choice instead)"
                    )
                }
            } else {
                let id = Self.cardID(fact.id, "holder-of", "\(rank)")
                let prompt = text { t, l in
                    t.rankingHolder(type: entity.type, rank: rank, ranking: phrase[l] ?? "", by: byName(t), time: time)
                }
                add(
                    entityCard(id: id, fact: fact, kind: .rankingHolderOf, prompt: prompt, answer: entity),
                    owner: fact.id, entry: "\(rank)")
            }

            // Which of these holds rank N: only for a tied rank, where the typed question cannot be
            // asked; one card per rank (two would read the same with different answers), for its
            // first holder, the other holders never among the options (their rank-of cards ask them).
            if tied, holders.first?.entry.entity == entry.entity {
                let choiceID = Self.cardID(fact.id, "holder-of-choice", "\(rank).\(entry.entity)")
                var rng = random(for: choiceID)
                let preferred = entries.filter { $0.entry.rank != rank }.map(\.entity)
                let distractors = pool.distractors(
                    type: entity.type, blocked: sharedKeys, preferred: preferred, near: entity,
                    count: options.choiceCount - 1, languages: languages, rng: &rng)
                if distractors.isEmpty {
                    skip(
                        fact.id, .rankingHolderOf, choiceID,
                        "no other known \(entity.type.rawValue) to offer as a wrong option")
                } else {
                    let prompt = text { t, l in
                        t.rankingHolderChoice(
                            type: entity.type, rank: rank, ranking: phrase[l] ?? "", by: byName(t), time: time)
                    }
                    add(
                        choiceCard(
                            id: choiceID, fact: fact, kind: .rankingHolderOf, prompt: prompt,
                            answer: entity.entity.name, distractors: distractors.map(\.entity.name),
                            accept: entity.acceptedNames),
                        owner: fact.id, entry: "\(rank)")
                }
            }

            // What rank entity E holds.
            let rankID = Self.cardID(fact.id, "rank-of", entry.entity)
            let rankPrompt = text { t, l in
                t.rankingRankOf(
                    entity: t.mention(entity.entity), ranking: phrase[l] ?? "", by: byName(t), time: time)
            }
            add(
                DeckCard(
                    id: rankID, fact: fact.id, kind: QuestionKind.rankingRankOf.rawValue, format: .text,
                    prompt: rankPrompt,
                    answer: text { t, _ in t.rank(rank) }, accept: Ordinals.acceptedRank(rank),
                    evidence: fact.evidence, tags: [fact.typeName]),
                owner: fact.id, entry: entry.entity)
        }
        generateHigher(fact, entries: entries, phrase: phrase, byName: byName, time: time)
    }

    /// Which of two entries ranked higher: each entry against the next entry of a lower rank, so
    /// a ranking of n entries gives at most n-1 pairs and ties are never compared.
    private mutating func generateHigher(
        _ fact: Fact, entries: [(entry: RankingEntry, entity: KnownEntity)],
        phrase: LocalizedText, byName: (any QuestionTemplates.Type) -> String?, time: TimeContext
    ) {
        for (index, upper) in entries.enumerated() {
            guard let lower = entries[(index + 1)...].first(where: { $0.entry.rank > upper.entry.rank }) else {
                continue
            }
            let pair = [upper.entry.entity, lower.entry.entity].sorted()
            let id = Self.cardID(fact.id, "higher", pair.joined(separator: "."))
            guard upper.entity.keys.isDisjoint(with: lower.entity.keys) else {
                skip(fact.id, .rankingHigher, id, "\(pair[0]) and \(pair[1]) share a name")
                continue
            }
            let type = upper.entity.type == lower.entity.type ? upper.entity.type : nil
            let prompt = text { t, l in
                t.rankingHigher(type: type, ranking: phrase[l] ?? "", by: byName(t), time: time)
            }
            add(
                choiceCard(
                    id: id, fact: fact, kind: .rankingHigher, prompt: prompt, answer: upper.entity.entity.name,
                    distractors: [lower.entity.entity.name], accept: upper.entity.acceptedNames),
                owner: fact.id, entry: pair.joined(separator: "/"))
        }
    }
}
