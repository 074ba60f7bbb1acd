/// Questions in Arabic, worded so that they do not assume the gender of a named person
/// (noun phrases such as «ما مركز …» and «ما منصب …» rather than verbs agreeing with a person),
/// while verbs about things agree with the noun the question names: «أيّ الدولتين جاءت»
/// (دولة, منظمة and مدينة are feminine: places are cities, regions being of type `other`),
/// «أيّ الاثنين جاء» for persons (gender unknown) and when the type is unknown or mixed.
enum ArabicTemplates: QuestionTemplates {
    static let language: LanguageCode = "ar"

    /// Arabic names carry their own article («الولايات المتحدة»): the name as written.
    static func mention(_ entity: Entity) -> String { entity.name[language] ?? "" }

    static func date(_ date: PartialDate) -> String { DateWording.arabic(date) }

    /// Masculine, agreeing with «المركز»: «العاشر»; digits beyond a hundred.
    static func rank(_ rank: Int) -> String { Ordinals.arabicWord(rank) ?? "\(rank)" }

    /// «خلال الفترة 2019-2023», «حتى يوليو 2024», or nil.
    static func timePrefix(_ time: TimeContext) -> String? {
        switch time {
        case .asOf(let asOf):
            return asOf.precision == .year ? "حتى عام \(asOf.year)" : "حتى \(date(asOf))"
        case .period(let period):
            guard let end = period.end else {
                return period.start.precision == .year ? "في عام \(period.start.year)" : "في \(date(period.start))"
            }
            if period.start.precision == .year && end.precision == .year {
                return "خلال الفترة \(period.start.year)-\(end.year)"
            }
            return "خلال الفترة من \(date(period.start)) إلى \(date(end))"
        case .none: return nil
        }
    }

    static func sentence(_ time: TimeContext, _ body: String) -> String {
        timePrefix(time).map { "\($0)، \(body)" } ?? body
    }

    private static func according(_ by: String?) -> String { by.map { "، وفقاً \(ArabicClitics.withLam($0))" } ?? "" }

    /// «المركز العاشر», «المركز الحادي والثلاثين» (genitive after «في»); digits beyond a hundred.
    private static func rankPhrase(_ rank: Int) -> String {
        Ordinals.arabicGenitiveWord(rank).map { "المركز \($0)" } ?? "المركز \(rank)"
    }

    private static func whichCame(_ type: EntityType) -> String {
        switch type {
        case .country: return "أيّ دولة جاءت"
        case .organization: return "أيّ منظمة جاءت"
        case .person: return "مَن جاء"
        case .place: return "أيّ مدينة جاءت"
        case .other: return "ما الذي جاء"
        }
    }

    static func rankingHolder(type: EntityType, rank: Int, ranking: String, by: String?, time: TimeContext) -> String {
        sentence(time, "\(whichCame(type)) في \(rankPhrase(rank)) في قائمة \(ranking)\(according(by))؟")
    }

    /// Which of the options, agreeing with their type: «أيّ هذه الدول جاءت».
    private static func whichOfThese(_ type: EntityType) -> String {
        switch type {
        case .country: return "أيّ هذه الدول جاءت"
        case .organization: return "أيّ هذه المنظمات جاءت"
        case .place: return "أيّ هذه المدن جاءت"
        case .person, .other: return "أيٌّ ممّا يلي جاء"
        }
    }

    static func rankingHolderChoice(type: EntityType, rank: Int, ranking: String, by: String?, time: TimeContext)
        -> String
    {
        sentence(time, "\(whichOfThese(type)) في \(rankPhrase(rank)) في قائمة \(ranking)\(according(by))؟")
    }

    static func rankingRankOf(entity: String, ranking: String, by: String?, time: TimeContext) -> String {
        sentence(time, "ما مركز \(entity) في قائمة \(ranking)\(according(by))؟")
    }

    /// Which of two, in the dual of their type's noun: «أيّ الدولتين جاءت»; a person's or an
    /// unknown gender keeps the neutral «أيّ الاثنين جاء».
    private static func whichOfTwo(_ type: EntityType?) -> String {
        switch type {
        case .country: return "أيّ الدولتين جاءت"
        case .organization: return "أيّ المنظمتين جاءت"
        case .place: return "أيّ المدينتين جاءت"
        case .person, .other, nil: return "أيّ الاثنين جاء"
        }
    }

    static func rankingHigher(type: EntityType?, ranking: String, by: String?, time: TimeContext) -> String {
        sentence(time, "\(whichOfTwo(type)) في مركز أعلى في قائمة \(ranking)\(according(by))؟")
    }

    static func eventDate(event: String, precision: PartialDate.Precision, planned: Bool) -> String {
        switch precision {
        // «ما تاريخ …» needs no verb agreeing with the event's gender; the precision is named.
        case .year: return "ما تاريخ \(event)؟ اذكر السنة."
        case .month: return "ما تاريخ \(event)؟ اذكر الشهر والسنة."
        case .day: return "ما تاريخ \(event)؟"
        }
    }

    /// «ما مكان …»: a noun phrase, true of a past and of a planned event alike.
    static func eventPlace(event: String, planned: Bool) -> String { "ما مكان \(event)؟" }

    static func eventEarlier() -> String { "أيّ هذين الحدثين جاء أولاً؟" }

    static func eventOrder() -> String { "رتّب هذه الأحداث زمنياً، من الأقدم إلى الأحدث." }

    static func orderAnswer(_ events: [String]) -> String { events.joined(separator: "، ثم ") }

    private static func at(_ organization: String?) -> String { organization.map { " في \($0)" } ?? "" }

    /// A post at its organization as an iḍāfa where Arabic makes one: a one-word title, or a title
    /// naming the organization's own noun («مدير المعهد»), is annexed
    /// without its article («رئيس الولايات المتحدة», «مدير معهد ستوكهولم …», never «الرئيس في …»),
    /// and a state's title that is a chain of nouns ending in a definite one gives that noun's
    /// article to the state («رئيس الوزراء» → «رئيس وزراء اليابان», «نائب رئيس الوزراء» → «نائب
    /// رئيس وزراء أستراليا»). Other titles (with an adjective, a conjunction or a name at the end:
    /// «كبير مديري شؤون أوروبا») take «في».
    static func post(_ role: String, at organization: String?, type: EntityType? = nil) -> String {
        guard let organization else { return role }
        if let noun = annexable(role) { return "\(noun) \(organization)" }
        // A title naming the organization's own noun is annexed to it without repeating it:
        // «زعيم الحزب» at «حزب العمال» → «زعيم حزب العمال», «مدير المعهد» at «معهد …» → «مدير معهد …».
        let words = role.split(separator: " ")
        if words.count == 2, let head = organization.split(separator: " ").first, words[1] == "ال" + head {
            return "\(words[0]) \(organization)"
        }
        if type == .country, let chain = annexableChain(role) { return "\(chain) \(organization)" }
        // A definite title with its adjective belongs to its organization: «الأمين العام لحلف شمال
        // الأطلسي», «المدير العام للوكالة», not «… في …».
        if type != .country, type != .place, role.hasPrefix("ال"), role.contains(" "), !role.contains(" في ") {
            return "\(role) \(ArabicClitics.withLam(organization))"
        }
        return role + at(organization)
    }

    /// A one-word title without its article («الرئيس» → «رئيس»), nil for a longer title.
    static func annexable(_ role: String) -> String? {
        let word = role.trimmingCharacters(in: .whitespaces)
        guard !word.isEmpty, !word.contains(" ") else { return nil }
        return withoutArticle(word)
    }

    /// A title of two or three words, none definite but the last and none a conjunction, with the
    /// last word's article dropped («وزير الدفاع» → «وزير دفاع»); nil for any other title.
    static func annexableChain(_ role: String) -> String? {
        let words = role.split(separator: " ").map(String.init)
        guard (2...3).contains(words.count), let last = words.last, last.hasPrefix("ال"), last.count > 3 else {
            return nil
        }
        let heads = words.dropLast()
        guard heads.allSatisfy({ !$0.hasPrefix("ال") && !$0.hasPrefix("وال") }) else { return nil }
        return (heads + [withoutArticle(last)]).joined(separator: " ")
    }

    private static func withoutArticle(_ word: String) -> String {
        word.hasPrefix("ال") && word.count > 3 ? String(word.dropFirst(2)) : word
    }

    static func roleHolder(role: String, organization: String?, organizationType: EntityType?, time: TimeContext)
        -> String
    {
        let who = time == .none ? "مَن يشغل" : "مَن كان يشغل"
        return sentence(time, "\(who) منصب \(post(role, at: organization, type: organizationType))؟")
    }

    static func roleTitle(person: String, organization: String?, organizationType: EntityType?, time: TimeContext)
        -> String
    {
        sentence(time, "ما منصب \(person)\(at(organization))؟")
    }

    /// A state's post is asked as a nominal sentence, «فوميو كيشيدا رئيس الوزراء في أيّ دولة؟»
    /// («جو بايدن رئيس أيّ دولة؟» for a one-word title): no verb or pronoun agrees with the person,
    /// whose gender the model does not give («في أيّ دولة يشغل …» would need يشغل/تشغل, and
    /// «… هو فوميو كيشيدا» هو/هي), and the title is the model's own, right for its holder. An
    /// organization stays «ما جهة عمل …»: «جهة» names any employer, not just a state.
    static func roleOrganization(person: String, role: String, organizationType: EntityType, time: TimeContext)
        -> String
    {
        guard organizationType == .country else { return sentence(time, "ما جهة عمل \(person) في منصب \(role)؟") }
        return sentence(time, "\(person) \(post(role, at: "أيّ دولة", type: .country))؟")
    }

    /// Plural heads of feminine nouns: a set named by one is asked «اذكر إحدى …».
    static let feminineHeads: Set<String> = [
        "الدول", "المدن", "المنظمات", "الشركات", "الجهات", "الهيئات", "المؤسسات", "الوكالات", "المعدات",
        "الطائرات", "السفن", "القضايا", "المسائل", "الجامعات", "الحكومات", "الوزارات", "العواصم", "المناطق",
        "الاتفاقيات", "الاتفاقات", "القمم", "الدوريات", "الصحف", "القوى",
    ]

    /// «اذكر إحدى الدول …» when the set's noun is feminine, «اذكر دولةً من شركاء …» when its members
    /// are countries under another noun, else «اذكر واحداً من …» (the masculine, agreeing with
    /// masculine heads such as الموضوعات and الأمور).
    static func setMember(set: String, memberType: EntityType?, time: TimeContext) -> String {
        let head = set.split(separator: " ").first.map(String.init) ?? ""
        if feminineHeads.contains(head) { return sentence(time, "اذكر إحدى \(set).") }
        if memberType == .country { return sentence(time, "اذكر دولةً من \(set).") }
        return sentence(time, "اذكر واحداً من \(set).")
    }

    static func setOddOneOut(set: String, time: TimeContext) -> String {
        sentence(time, "أيٌّ ممّا يلي ليس من \(set)؟")
    }

    static func memberAnswer(_ members: [String]) -> String {
        members.count == 1 ? members[0] : "أيٌّ من: " + members.joined(separator: "، ")
    }
}
