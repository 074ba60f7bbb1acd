/// The wording of every question, answer and time phrase in one language.
///
/// Each method gets the parts already in its language (names, noun phrases) and returns a full
/// sentence. Languages without templates cannot be generated (`GenerationError.unsupportedLanguage`).
protocol QuestionTemplates {
    /// The language of the templates.
    static var language: LanguageCode { get }
    /// An entity's name as it reads inside a sentence ("the United States"); answers stay bare.
    static func mention(_ entity: Entity) -> String
    /// A date at its precision, as an answer or inside a sentence.
    static func date(_ date: PartialDate) -> String
    /// The answer to "what rank": `10th`, «العاشر».
    static func rank(_ rank: Int) -> String
    static func rankingHolder(type: EntityType, rank: Int, ranking: String, by: String?, time: TimeContext) -> String
    /// Which of the options (all of `type`) holds rank N.
    static func rankingHolderChoice(type: EntityType, rank: Int, ranking: String, by: String?, time: TimeContext)
        -> String
    static func rankingRankOf(entity: String, ranking: String, by: String?, time: TimeContext) -> String
    /// Which of two entries ranked higher; `type` is theirs when both are of one type, else nil.
    static func rankingHigher(type: EntityType?, ranking: String, by: String?, time: TimeContext) -> String
    /// `planned`: the event comes after the article's publication (the article announces it).
    static func eventDate(event: String, precision: PartialDate.Precision, planned: Bool) -> String
    static func eventPlace(event: String, planned: Bool) -> String
    static func eventEarlier() -> String
    static func eventOrder() -> String
    /// The events of an order card in their right order, as one answer.
    static func orderAnswer(_ events: [String]) -> String
    static func roleHolder(role: String, organization: String?, organizationType: EntityType?, time: TimeContext)
        -> String
    static func roleTitle(person: String, organization: String?, organizationType: EntityType?, time: TimeContext)
        -> String
    static func roleOrganization(person: String, role: String, organizationType: EntityType, time: TimeContext)
        -> String
    /// Name a member; `memberType` when every member is an entity of that type.
    static func setMember(set: String, memberType: EntityType?, time: TimeContext) -> String
    static func setOddOneOut(set: String, time: TimeContext) -> String
    /// The answer of a set.member card: any one of the members.
    static func memberAnswer(_ members: [String]) -> String
}

/// The templates by language code.
enum Templates {
    /// The languages questions can be written in.
    static let supported: [LanguageCode] = ["ar", "en"]

    /// The templates of `language`, nil if there are none.
    static func forLanguage(_ language: LanguageCode) -> (any QuestionTemplates.Type)? {
        switch language {
        case "en": return EnglishTemplates.self
        case "ar": return ArabicTemplates.self
        default: return nil
        }
    }
}
