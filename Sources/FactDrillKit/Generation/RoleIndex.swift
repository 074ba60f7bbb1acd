/// The roles stated by the model and the other installed models: who holds what, for the
/// "exactly one holder" rule and for `role.title` distractors.
struct RoleIndex {
    /// A role text with its normalized forms.
    struct Post {
        let text: LocalizedText
        let keys: Set<UInt64>
        let words: [WordHashes]
        /// Its family (`PostFamily.of`), for the organization kinds that have it.
        let family: PostFamily?
    }

    /// Holders by role + organization + time: two different people there make a typed
    /// `role.holder` question ambiguous.
    private(set) var holders: [String: Set<String>] = [:]
    /// The normalized role texts of each person (by identity).
    private(set) var postsOfPerson: [String: Set<UInt64>] = [:]
    /// Candidate posts in tiers: this model, other models, built-in posts.
    private(set) var tiers: [[Post]] = [[], [], []]

    init(model: ArticleModel, others: [ArticleModel], languages: [LanguageCode]) {
        var seen: Set<UInt64> = []
        for (tier, source) in ([model] + others).enumerated() {
            let entities = source.entitiesByID
            for fact in source.facts {
                guard case .role(let role) = fact.body, let person = entities[role.person] else { continue }
                let post = Self.post(role.role)
                let who = Self.identity(person)
                let organization = role.organization.flatMap { entities[$0] }
                holders[
                    Self.holderKey(
                        role, organization: organization, fact: fact, article: source.article, languages: languages),
                    default: []
                ].insert(who)
                postsOfPerson[who, default: []].formUnion(post.keys)
                if languages.allSatisfy({ (role.role[$0] ?? "").isEmpty == false }), post.keys.isDisjoint(with: seen) {
                    seen.formUnion(post.keys)
                    tiers[min(tier, 1)].append(post)
                }
            }
        }
        for text in WorldNames.posts where languages.allSatisfy({ text[$0] != nil }) {
            let post = Self.post(text)
            if post.keys.isDisjoint(with: seen) {
                seen.formUnion(post.keys)
                tiers[2].append(post)
            }
        }
    }

    static func post(_ text: LocalizedText) -> Post {
        let strings = text.allStrings
        return Post(
            text: text, keys: Set(strings.compactMap(WordHashes.key)),
            words: strings.map { WordHashes($0, clitics: true) }, family: PostFamily.of(text))
    }

    /// A person's identity across models: the normalized English (else first) name.
    static func identity(_ entity: Entity) -> String {
        TextNormalizer.normalize(entity.name["en"] ?? entity.name.allStrings.first ?? entity.id).text
    }

    /// Role, organization and time, the way the question states them.
    static func holderKey(_ role: Role, organization: Entity?, fact: Fact, article: Article, languages: [LanguageCode])
        -> String
    {
        let language = languages.first ?? "en"
        let time = TimeContext(fact: fact, article: article).key
        let post = TextNormalizer.normalize(role.role[language] ?? "").text
        return [post, organization.map(identity) ?? "-", time].joined(separator: "|")
    }

    /// Up to `count` posts that `person` does not hold, that neither contain nor are contained in
    /// `answer`, and that an organization of `kind` has (`OrganizationKind.allows`).
    func distractors(
        for person: Entity, answer: LocalizedText, kind: OrganizationKind = .other, count: Int, rng: inout SplitMix64
    ) -> [LocalizedText] {
        var blocked = postsOfPerson[Self.identity(person)] ?? []
        let answerPost = Self.post(answer)
        blocked.formUnion(answerPost.keys)
        var chosen: [LocalizedText] = []
        for tier in tiers where chosen.count < count {
            for index in EntityPool.visitOrder(tier.count, rng: &rng) where chosen.count < count {
                let post = tier[index]
                guard post.keys.isDisjoint(with: blocked), !Self.overlaps(post, answerPost),
                    kind.allows(family: post.family), post.family != .monarchy || answerPost.family == .monarchy
                else { continue }
                chosen.append(post.text)
                blocked.formUnion(post.keys)
            }
        }
        return chosen
    }

    /// Whether one post's words contain the other's ("Secretary General" in "NATO Secretary General").
    private static func overlaps(_ a: Post, _ b: Post) -> Bool {
        a.words.contains { x in b.words.contains { y in x.contains(y) || y.contains(x) } }
    }
}
