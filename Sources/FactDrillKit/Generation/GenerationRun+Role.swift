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
        if let holders = roleIndex.holders[key], holders.count > 1 {
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
            for: person.entity, answer: post, count: options.choiceCount - 1, rng: &rng)
        if distractors.isEmpty {
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
        add(
            entityCard(
                id: Self.cardID(fact.id, "organization"), fact: fact, kind: .roleOrganization,
                prompt: prompt, answer: organization),
            owner: fact.id)
    }
}
