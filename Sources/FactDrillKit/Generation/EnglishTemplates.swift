/// Questions in English.
enum EnglishTemplates: QuestionTemplates {
    static let language: LanguageCode = "en"

    /// "the United States", "NATO": the name with the article English gives it (`EnglishArticle`).
    static func mention(_ entity: Entity) -> String {
        EnglishArticle.inSentence(entity.name[language] ?? "", definite: entity.definite, type: entity.type)
    }

    static func date(_ date: PartialDate) -> String { DateWording.english(date) }

    static func rank(_ rank: Int) -> String { Ordinals.englishNumeral(rank) }

    /// "In 2019-2023", "As of July 2024", or nil.
    static func timePrefix(_ time: TimeContext) -> String? {
        switch time {
        case .asOf(let asOf): return "As of \(date(asOf))"
        case .period(let period):
            guard let end = period.end else {
                return period.start.precision == .day ? "On \(date(period.start))" : "In \(date(period.start))"
            }
            if period.start.precision == .year && end.precision == .year {
                return "In \(period.start.year)-\(end.year)"
            }
            return "From \(date(period.start)) to \(date(end))"
        case .none: return nil
        }
    }

    /// Joins the time prefix and the question, capitalizing the sentence.
    static func sentence(_ time: TimeContext, _ body: String) -> String {
        if let prefix = timePrefix(time) { return "\(prefix), \(body)" }
        return body.prefix(1).uppercased() + body.dropFirst()
    }

    private static func according(_ by: String?) -> String { by.map { ", according to \($0)" } ?? "" }

    private static func which(_ type: EntityType) -> String {
        switch type {
        case .country: return "which country"
        case .organization: return "which organization"
        case .person: return "who"
        case .place: return "which place"
        case .other: return "what"
        }
    }

    static func rankingHolder(type: EntityType, rank: Int, ranking: String, by: String?, time: TimeContext) -> String {
        sentence(time, "\(which(type)) ranked \(self.rank(rank)) among \(ranking)\(according(by))?")
    }

    static func rankingHolderChoice(type: EntityType, rank: Int, ranking: String, by: String?, time: TimeContext)
        -> String
    {
        sentence(time, "which of these ranked \(self.rank(rank)) among \(ranking)\(according(by))?")
    }

    static func rankingRankOf(entity: String, ranking: String, by: String?, time: TimeContext) -> String {
        sentence(time, "what rank did \(entity) hold among \(ranking)\(according(by))?")
    }

    static func rankingHigher(type: EntityType?, ranking: String, by: String?, time: TimeContext) -> String {
        sentence(time, "which of these two ranked higher among \(ranking)\(according(by))?")
    }

    /// "did … take place", or "was … to take place" for an event the article announces (after its
    /// publication date): the question stays true whenever the card is studied.
    private static func takePlace(_ event: String, planned: Bool) -> String {
        planned ? "was \(event) to take place" : "did \(event) take place"
    }

    static func eventDate(event: String, precision: PartialDate.Precision, planned: Bool) -> String {
        switch precision {
        case .year: return "In what year \(takePlace(event, planned: planned))?"
        case .month: return "In what month and year \(takePlace(event, planned: planned))?"
        case .day: return "On what date \(takePlace(event, planned: planned))?"
        }
    }

    static func eventPlace(event: String, planned: Bool) -> String {
        "Where \(takePlace(event, planned: planned))?"
    }

    static func eventEarlier() -> String { "Which of these two events came first?" }

    static func eventOrder() -> String { "Put these events in chronological order, earliest first." }

    static func orderAnswer(_ events: [String]) -> String { events.joined(separator: ", then ") }

    /// A post's organization after its title. A country's or a city's post reads "of" ("Prime
    /// Minister of Japan", "Mayor of Madrid"), and so does the head of an organization ("Leader of
    /// the Labour Party", "Secretary General of NATO"); a post within one reads "at" ("Senior
    /// Director for Europe at the US National Security Council", "Senior Researcher at …").
    private static func of(_ organization: String?, _ type: EntityType?, role: String) -> String {
        guard let organization else { return "" }
        switch type {
        case .country, .place: return " of \(organization)"
        default: return isHeadPost(role) ? " of \(organization)" : " at \(organization)"
        }
    }

    /// Whether `role` heads its organization: a post one person holds (`PostLexicon`) that names
    /// no scope of its own ("Director" and "Secretary General" do; "Director for Europe" does not).
    static func isHeadPost(_ role: String) -> Bool {
        // Words split at spaces only: "Editor-in-Chief" names no scope.
        let words = role.lowercased().split(separator: " ")
        guard PostLexicon.englishHead(words).count == words.count else { return false }
        return PostLexicon.isSingular(LocalizedText(["en": role])) == true
    }

    /// Where a person holds a post, after "hold": "in Japan", "at NATO", "in the Labour Party"
    /// (a post in a party, as one is a member of it).
    static func at(_ organization: String?, _ type: EntityType?) -> String {
        guard let organization else { return "" }
        if type == .country || type == .place || organization.hasSuffix(" Party")
            || organization.hasSuffix(" Democrats")
        {
            return " in \(organization)"
        }
        return " at \(organization)"
    }

    static func roleHolder(role: String, organization: String?, organizationType: EntityType?, time: TimeContext)
        -> String
    {
        let verb = time == .none ? "holds" : "held"
        return sentence(time, "who \(verb) the post of \(role)\(of(organization, organizationType, role: role))?")
    }

    static func roleTitle(person: String, organization: String?, organizationType: EntityType?, time: TimeContext)
        -> String
    {
        let verb = time == .none ? "does \(person) hold" : "did \(person) hold"
        return sentence(time, "what post \(verb)\(at(organization, organizationType))?")
    }

    static func roleOrganization(person: String, role: String, organizationType: EntityType, time: TimeContext)
        -> String
    {
        let question: String
        switch organizationType {
        case .country: question = "for which country"
        case .place: question = "where"
        case .person: question = "for whom"
        case .organization, .other: question = "for which organization"
        }
        let verb = time == .none ? "does \(person) serve" : "did \(person) serve"
        return sentence(time, "\(question) \(verb) as \(role)?")
    }

    static func setMember(set: String, memberType: EntityType?, time: TimeContext) -> String {
        sentence(time, "name one of \(set).")
    }

    static func setOddOneOut(set: String, time: TimeContext) -> String {
        sentence(time, "which of these is not one of \(set)?")
    }

    static func memberAnswer(_ members: [String]) -> String {
        members.count == 1 ? members[0] : "Any of: " + members.joined(separator: "; ")
    }
}
