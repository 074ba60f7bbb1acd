/// Questions in Arabic, worded so that they do not assume the gender of a named person
/// (noun phrases such as «ما مركز …» and «ما منصب …» rather than verbs agreeing with a person).
enum ArabicTemplates: QuestionTemplates {
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

    private static func rankPhrase(_ rank: Int) -> String {
        Ordinals.arabicWord(rank).map { "المركز \($0)" } ?? "المركز \(rank)"
    }

    private static func whichCame(_ type: EntityType) -> String {
        switch type {
        case .country: return "أيّ دولة جاءت"
        case .organization: return "أيّ منظمة جاءت"
        case .person: return "مَن جاء"
        case .place: return "أيّ مكان جاء"
        case .other: return "ما الذي جاء"
        }
    }

    static func rankingHolder(type: EntityType, rank: Int, ranking: String, by: String?, time: TimeContext) -> String {
        sentence(time, "\(whichCame(type)) في \(rankPhrase(rank)) في قائمة \(ranking)\(according(by))؟")
    }

    static func rankingHolderChoice(rank: Int, ranking: String, by: String?, time: TimeContext) -> String {
        sentence(time, "أيٌّ ممّا يلي جاء في \(rankPhrase(rank)) في قائمة \(ranking)\(according(by))؟")
    }

    static func rankingRankOf(entity: String, ranking: String, by: String?, time: TimeContext) -> String {
        sentence(time, "ما مركز \(entity) في قائمة \(ranking)\(according(by))؟")
    }

    static func rankingHigher(ranking: String, by: String?, time: TimeContext) -> String {
        sentence(time, "أيّ الاثنين جاء في مركز أعلى في قائمة \(ranking)\(according(by))؟")
    }

    static func eventDate(event: String, precision: PartialDate.Precision) -> String {
        switch precision {
        // «ما تاريخ …» needs no verb agreeing with the event's gender; the precision is named.
        case .year: return "ما تاريخ \(event)؟ اذكر السنة."
        case .month: return "ما تاريخ \(event)؟ اذكر الشهر والسنة."
        case .day: return "ما تاريخ \(event)؟"
        }
    }

    static func eventPlace(event: String) -> String { "ما مكان \(event)؟" }

    static func eventEarlier() -> String { "أيّ هذين الحدثين جاء أولاً؟" }

    static func eventOrder() -> String { "رتّب هذه الأحداث زمنياً، من الأقدم إلى الأحدث." }

    static func orderAnswer(_ events: [String]) -> String { events.joined(separator: "، ثم ") }

    private static func at(_ organization: String?) -> String { organization.map { " في \($0)" } ?? "" }

    static func roleHolder(role: String, organization: String?, organizationType: EntityType?, time: TimeContext)
        -> String
    {
        let who = time == .none ? "مَن يشغل" : "مَن كان يشغل"
        return sentence(time, "\(who) منصب \(role)\(at(organization))؟")
    }

    static func roleTitle(person: String, organization: String?, organizationType: EntityType?, time: TimeContext)
        -> String
    {
        sentence(time, "ما منصب \(person)\(at(organization))؟")
    }

    static func roleOrganization(person: String, role: String, organizationType: EntityType, time: TimeContext)
        -> String
    {
        sentence(time, "ما جهة عمل \(person) في منصب \(role)؟")
    }

    static func setMember(set: String) -> String { "اذكر واحداً من \(set)." }

    static func setOddOneOut(set: String) -> String { "أيٌّ ممّا يلي ليس من \(set)؟" }

    static func memberAnswer(_ members: [String]) -> String {
        members.count == 1 ? members[0] : "أيٌّ من: " + members.joined(separator: "، ")
    }
}
