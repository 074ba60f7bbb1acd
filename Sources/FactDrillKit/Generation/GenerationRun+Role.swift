/// Role questions: who holds the post, which post a person holds (choice), and where.
extension GenerationRun {
    mutating func generateRole(_ fact: Fact, _ role: Role) {
        guard let person = pool.own(role.person) else { return }
        let time = TimeContext(fact: fact, article: model.article)
        let organization = role.organization.flatMap { pool.own($0) }
        let orgName: (any QuestionTemplates.Type) -> String? = { t in organization.map { t.mention($0.entity) } }
        let post = role.role

        // Who holds the post: only when no other fact names another holder at the same time.
        let holderID = Self.cardID(fact.id, "holder")
        let key = RoleIndex.holderKey(
            role, organization: organization?.entity, fact: fact, article: model.article, languages: languages)
        if !(role.unique ?? PostLexicon.isSingular(post) ?? false) {
            skip(
                fact.id, .roleHolder, nil,
                "the post is not known to have one holder at a time (write unique: true on the role if it has)")
        } else if let holders = roleIndex.holders[key], holders.count > 1 {
            skip(
                fact.id, .roleHolder, nil,
                "another fact names a different holder of this post at the same time: a typed answer would have two right answers"
            )
        } else {
            let prompt = text { t, l in
                t.roleHolder(
                    role: post[l] ?? "", organization: orgName(t), organizationType: organization?.type, time: time)
            }
            add(entityCard(id: holderID, fact: fact, kind: .roleHolder, prompt: prompt, answer: person), owner: fact.id)
        }

        // Which post the person holds: the other posts they hold are never offered.
        let titleID = Self.cardID(fact.id, "title")
        var rng = random(for: titleID)
        let distractors = roleIndex.distractors(
            for: person.entity, answer: post, kind: OrganizationKind.of(organization?.entity),
            count: options.choiceCount - 1, rng: &rng)
        if let first = firstPostThere(of: role, fact: fact) {
            skip(
                fact.id, .roleTitle, nil,
                "\(role.person) holds another post there at the same time (\(first)): the question is asked once, by that fact"
            )
        } else if distractors.isEmpty {
            skip(fact.id, .roleTitle, nil, "no other post known to offer as a wrong option")
        } else {
            let prompt = text { t, l in
                t.roleTitle(
                    person: t.mention(person.entity), organization: orgName(t), organizationType: organization?.type,
                    time: time)
            }
            add(
                choiceCard(
                    id: titleID, fact: fact, kind: .roleTitle, prompt: prompt, answer: post,
                    distractors: distractors, accept: Self.unique(post.allStrings)),
                owner: fact.id)
        }

        // Where the person holds it.
        guard let organization else { return }
        let prompt = text { t, l in
            t.roleOrganization(
                person: t.mention(person.entity), role: post[l] ?? "", organizationType: organization.type,
                time: time)
        }
        // One card for every organization where the model gives the person this post at this time:
        // the same prompt with two answers would mark one of them wrong.
        let places = placesOfPost(role, fact: fact, type: organization.type)
        if let first = places.first, first.fact != fact.id {
            skip(
                fact.id, .roleOrganization, nil,
                "\(role.person) holds this post at several organizations: asked once, by \(first.fact), accepting each")
            return
        }
        var card = entityCard(
            id: Self.cardID(fact.id, "organization"), fact: fact, kind: .roleOrganization,
            prompt: prompt, answer: organization,
            alsoCorrect: places.reduce(into: Set<UInt64>()) { $0.formUnion($1.place.keys) })
        if places.count > 1 {
            card.answer = text { t, l in t.memberAnswer(places.map { $0.place.entity.name[l] ?? "" }) }
            card.accept = Self.unique(places.flatMap(\.place.acceptedNames))
        }
        add(card, owner: fact.id)
    }

    /// The facts of the model (in order) giving `role`'s person the same post at the same time at
    /// an organization of `type`, with that organization: the right answers of "where does P hold R".
    private mutating func placesOfPost(_ role: Role, fact: Fact, type: EntityType)
        -> [(fact: String, place: KnownEntity)]
    {
        let time = TimeContext(fact: fact, article: model.article).key
        let post = Self.postKey(role.role, languages: languages)
        var seen: Set<String> = []
        return (sameSubject.rolesByPerson[role.person] ?? []).compactMap { other in
            guard case .role(let candidate) = other.body, candidate.person == role.person,
                Self.postKey(candidate.role, languages: languages) == post,
                TimeContext(fact: other, article: model.article).key == time, other.allows(.roleOrganization),
                let place = candidate.organization.flatMap({ pool.own($0) }), place.type == type,
                seen.insert(place.key).inserted
            else { return nil }
            return (other.id, place)
        }
    }

    /// A post as the prompts read it: normalized, in the first requested language.
    private static func postKey(_ post: LocalizedText, languages: [LanguageCode]) -> String {
        TextNormalizer.normalize(post[languages.first ?? "en"] ?? "").text
    }

    /// The id of an earlier fact of the model giving the same person another post at the same
    /// organization and time: "what post does P hold at O" would have two right answers.
    private mutating func firstPostThere(of role: Role, fact: Fact) -> String? {
        let time = TimeContext(fact: fact, article: model.article).key
        for other in sameSubject.rolesByPerson[role.person] ?? [] {
            if other.id == fact.id { return nil }
            guard case .role(let earlier) = other.body, earlier.person == role.person,
                earlier.organization == role.organization,
                TimeContext(fact: other, article: model.article).key == time, other.allows(.roleTitle)
            else { continue }
            return other.id
        }
        return nil
    }
}
