/// The families of posts, and which kinds of organization have posts of each: a state has a prime
/// minister, an institute a director and researchers, an alliance a secretary-general. A
/// `role.title` card offers only posts the organization's kind can have.
enum PostFamily: CaseIterable, Sendable {
    case government, military, diplomatic, director, research, advisory, secretariat, executive, leadership
    case spokesperson, monarchy

    /// The words that put a post in the family, English and Arabic, checked in `ordered` order
    /// (normalized once: `PostFamily.of` runs for every candidate post of every card).
    var words: PhraseList { Self.wordLists[self] ?? PhraseList([]) }

    private static let wordLists: [PostFamily: PhraseList] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, $0.makeWords()) })

    private func makeWords() -> PhraseList {
        switch self {
        case .government:
            return PhraseList([
                "prime minister", "premier", "minister", "chancellor", "secretary of state", "foreign secretary",
                "defence secretary", "defense secretary", "governor", "mayor", "رئيس الوزراء", "وزير", "وزيرة",
                "محافظ",
            ])
        case .military:
            return PhraseList([
                "chief of the general staff", "chief of staff", "commander", "general", "admiral", "رئيس هيئة الأركان",
                "قائد",
            ])
        case .diplomatic:
            return PhraseList(["ambassador", "envoy", "permanent representative", "سفير", "سفيرة", "مبعوث", "مندوب"])
        case .secretariat:
            // Posts of an international organization's own staff and committees.
            return PhraseList([
                "secretary general", "secretary-general", "chair of the military committee", "أمين عام",
                "الأمين العام", "رئيس اللجنة العسكرية",
            ])
        case .research:
            return PhraseList([
                "researcher", "research fellow", "fellow", "professor", "analyst", "scholar", "lecturer", "باحث",
                "باحثة", "أستاذ", "محلل", "زميل",
            ])
        case .advisory: return PhraseList(["adviser", "advisor", "counsellor", "مستشار", "مستشارة"])
        case .director:
            return PhraseList(["director", "director general", "head", "مدير", "مديرة", "المدير العام", "مديري"])
        case .executive:
            return PhraseList([
                "chief executive", "ceo", "chairman", "chairwoman", "الرئيس التنفيذي", "رئيس مجلس الإدارة",
            ])
        case .leadership: return PhraseList(["president", "chair", "chairperson", "رئيس", "رئيسة"])
        case .spokesperson: return PhraseList(["spokesperson", "spokesman", "spokeswoman", "متحدث", "المتحدث"])
        case .monarchy:
            // Offered only for a monarch's own post (`RoleIndex.distractors`): no one takes a minister for a king.
            return PhraseList(["king", "queen", "emperor", "monarch", "crown prince", "ملك", "ملكة", "ولي العهد"])
        }
    }

    /// The order families are tried in: the more specific words first ("Chair of the Military
    /// Committee" is military before it is leadership, "Prime Minister" government before "minister").
    static let ordered: [PostFamily] = [
        .monarchy, .secretariat, .military, .executive, .government, .diplomatic, .spokesperson, .advisory, .research,
        .director, .leadership,
    ]

    /// The family of a post, from its English text (else any text); nil when no family's words are in it.
    static func of(_ post: LocalizedText) -> PostFamily? {
        let texts = (post["en"].map { [$0] } ?? []) + post.values.filter { $0.key != "en" }.map(\.value)
        for text in texts {
            let tokens = PhraseList.tokens(text)
            let head = text == post["en"] ? PostLexicon.englishHead(tokens) : tokens
            if let family = ordered.first(where: {
                $0.words.firstMatch(inTokens: tokens) != nil && $0.matchesHead(head, tokens)
            }) {
                return family
            }
        }
        return nil
    }

    /// Whether the family's words name the post itself: in an English head ("Director" of
    /// "Director of the Centre …") or a phrase from the start ("Chief of the General Staff").
    private func matchesHead(_ head: [Substring], _ tokens: [Substring]) -> Bool {
        words.firstMatch(inTokens: head) != nil || words.isPrefix(of: tokens)
    }
}

/// What kind of organization a post is held at, from the entity's type and the head noun of its
/// name (Institute, Council, School, Ministry, معهد، مجلس، كلية، وزارة …).
enum OrganizationKind: Sendable, CaseIterable {
    case state, ministry, council, institute, international, company, other

    /// The words of an organization's name that make it this kind, in the order kinds are tried.
    private var nameWords: PhraseList { Self.nameWordLists[self] ?? PhraseList([]) }

    private static let nameWordLists: [OrganizationKind: PhraseList] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, $0.makeNameWords()) })

    private func makeNameWords() -> PhraseList {
        switch self {
        case .ministry: return PhraseList(["ministry", "department", "وزارة"])
        case .council: return PhraseList(["council", "مجلس"])
        case .institute:
            return PhraseList([
                "institute", "school", "university", "college", "centre", "center", "academy", "think tank",
                "معهد", "كلية", "جامعة", "مركز", "أكاديمية",
            ])
        case .international:
            return PhraseList([
                "nato", "alliance", "organization", "organisation", "union", "united nations", "league", "حلف",
                "منظمة", "اتحاد", "الأمم المتحدة", "جامعة الدول العربية",
            ])
        case .company: return PhraseList(["company", "corporation", "group", "inc", "ltd", "شركة", "مجموعة"])
        case .state, .other: return PhraseList([])
        }
    }

    /// The kind of `entity`; `.other` when nothing tells (then every post family is allowed).
    static func of(_ entity: Entity?) -> OrganizationKind {
        guard let entity else { return .other }
        if entity.type == .country { return .state }
        guard entity.type == .organization else { return .other }
        let names = entity.allNames
        for kind in [OrganizationKind.ministry, .council, .institute, .international, .company]
        where names.contains(where: kind.nameWords.matches) {
            return kind
        }
        return .other
    }

    /// The post families an organization of this kind has; nil for every family.
    var families: Set<PostFamily>? {
        switch self {
        case .state: return [.monarchy, .government, .military, .diplomatic, .advisory, .leadership]
        case .ministry: return [.government, .military, .diplomatic, .director, .advisory, .spokesperson]
        // A national council (the US National Security Council) has no secretary-general or
        // military committee of an alliance; an alliance has no national security adviser.
        case .council: return [.director, .advisory, .leadership, .spokesperson]
        case .institute: return [.director, .research, .leadership]
        case .international:
            return [.secretariat, .director, .diplomatic, .military, .leadership, .spokesperson]
        case .company: return [.executive, .director, .leadership, .spokesperson]
        case .other: return nil
        }
    }

    /// Whether an organization of this kind can have `post` (a post of no known family only when
    /// the kind is unknown).
    func allows(_ post: LocalizedText) -> Bool {
        allows(family: families == nil ? nil : PostFamily.of(post))
    }

    /// Whether an organization of this kind has posts of `family` (nil: a post of no known family).
    func allows(family: PostFamily?) -> Bool {
        guard let families else { return true }
        return family.map(families.contains) ?? false
    }
}
