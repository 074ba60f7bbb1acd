/// Set questions: name a member (any member is right), and which option is not a member.
extension GenerationRun {
    /// A member resolved for questions: its text and, for entity members, the entity.
    private struct ResolvedMember {
        let text: LocalizedText
        let entity: KnownEntity?
        let names: [String]
        let keys: Set<UInt64>
    }

    mutating func generateSet(_ fact: Fact, _ set: NamedSet) {
        var members: [ResolvedMember] = []
        for member in set.members {
            switch member {
            case .entity(let id):
                guard let known = pool.own(id) else { continue }
                members.append(
                    ResolvedMember(
                        text: known.entity.name, entity: known, names: known.entity.allNames, keys: known.keys))
            case .text(let text):
                members.append(
                    ResolvedMember(
                        text: text, entity: nil, names: text.allStrings,
                        keys: Set(text.allStrings.compactMap(WordHashes.key))))
            }
        }
        guard !members.isEmpty else {
            skip(fact.id, .setMember, nil, "the set has no members")
            return
        }
        let memberKeys = members.reduce(into: Set<UInt64>()) { $0.formUnion($1.keys) }
        let phrase = set.set
        // Sets change (an alliance gains members): asked at the fact's time, like roles.
        let time = TimeContext(fact: fact, article: model.article)
        let entityMembers = members.compactMap(\.entity)
        let types = Set(entityMembers.map(\.type))
        let memberType = entityMembers.count == members.count && types.count == 1 ? types.first : nil

        // Name a member: one question whose right answers are all the members.
        var reject: [String] = []
        for member in members {
            guard let entity = member.entity, reject.count < options.rejectLimit else { continue }
            let names = rejects.reject(for: entity, excluding: memberKeys, pool: pool, limit: options.rejectLimit) ?? []
            reject += names.filter { !reject.contains($0) }.prefix(options.rejectLimit - reject.count)
        }
        add(
            DeckCard(
                id: Self.cardID(fact.id, "member"), fact: fact.id, kind: QuestionKind.setMember.rawValue,
                format: .text,
                prompt: text { t, l in t.setMember(set: phrase[l] ?? "", memberType: memberType, time: time) },
                answer: text { t, l in t.memberAnswer(members.map { $0.text[l] ?? "" }) },
                accept: Self.unique(members.flatMap(\.names)), evidence: fact.evidence, tags: [fact.typeName],
                reject: reject.isEmpty ? nil : reject),
            owner: fact.id)

        // Which is not a member: up to three members and one outsider of the same kind.
        let oddID = Self.cardID(fact.id, "odd-one-out")
        guard members.count >= 2 else {
            skip(fact.id, .setOddOneOut, nil, "a set needs two members or more for an odd one out")
            return
        }
        var rng = random(for: oddID)
        var shown = Array(members.indices)
        shown.shuffle(using: &rng)
        let insiders = shown.prefix(options.choiceCount - 1).map { members[$0].text }
        // Outsiders are drawn until one does not stand out by form alone (`OptionGiveaway`).
        var blocked = memberKeys
        var problem: String?
        for _ in 0..<8 {
            guard let outsider = outsider(members: members, blocked: blocked, rng: &rng) else { break }
            problem = OptionGiveaway.oddFormProblem(odd: outsider, others: insiders)
            guard problem != nil else {
                add(
                    choiceCard(
                        id: oddID, fact: fact, kind: .setOddOneOut,
                        prompt: text { t, l in t.setOddOneOut(set: phrase[l] ?? "", time: time) }, answer: outsider,
                        distractors: insiders, accept: Self.unique(outsider.allStrings)),
                    owner: fact.id)
                return
            }
            blocked.formUnion(outsider.allStrings.compactMap(WordHashes.key))
        }
        skip(
            fact.id, .setOddOneOut, nil,
            problem.map { "every odd one tried stands out by form: \($0)" }
                ?? "nothing known of the same kind outside the set to offer as the odd one")
    }

    /// A candidate odd one out: an entity of the members' type (for countries, of the area most
    /// members are in), or a text member of another set.
    private mutating func outsider(members: [ResolvedMember], blocked: Set<UInt64>, rng: inout SplitMix64)
        -> LocalizedText?
    {
        let entityMembers = members.compactMap(\.entity)
        guard entityMembers.count * 2 >= members.count, let type = Self.commonType(entityMembers) else {
            return textMembers.outsider(blocked: blocked, rng: &rng)
        }
        let areas = entityMembers.map(\.area)
        var counts: [String: Int] = [:]
        for area in areas { if let area { counts[area.subRegion, default: 0] += 1 } }
        let near = entityMembers.indices.max { a, b in
            (counts[areas[a]?.subRegion ?? ""] ?? 0, b) < (counts[areas[b]?.subRegion ?? ""] ?? 0, a)
        }.map { entityMembers[$0] }
        return pool.distractors(type: type, blocked: blocked, near: near, count: 1, languages: languages, rng: &rng)
            .first?.entity.name
    }

    /// The most frequent entity type among `entities`, ties to the first met.
    private static func commonType(_ entities: [KnownEntity]) -> EntityType? {
        var counts: [EntityType: Int] = [:]
        for entity in entities { counts[entity.type, default: 0] += 1 }
        return entities.map(\.type).max { counts[$0, default: 0] < counts[$1, default: 0] }
    }
}
