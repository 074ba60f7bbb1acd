@testable import FactDrillKit

/// Synthetic models for the wording of names and agreement: names that take "the" and names that
/// do not, posts of countries and of organizations, one-word and longer titles, rankings of
/// countries, organizations and persons, and sets of countries under feminine and masculine nouns.
enum LanguageModels {
    static func entity(_ id: String, _ type: EntityType, _ en: String, _ ar: String, definite: Bool? = nil) -> Entity {
        Entity(id: id, type: type, name: LocalizedText(ar: ar, en: en), definite: definite)
    }

    static func ranking(_ id: String, _ en: String, _ ar: String, by: String? = nil, _ entries: [String]) -> Fact {
        Fact(
            id: id,
            body: .ranking(
                Ranking(
                    ranking: LocalizedText(ar: ar, en: en), by: by,
                    entries: entries.enumerated().map { RankingEntry(entity: $1, rank: $0 + 1) })))
    }

    static func role(_ id: String, _ person: String, _ en: String, _ ar: String, at organization: String) -> Fact {
        Fact(id: id, body: .role(Role(person: person, role: LocalizedText(ar: ar, en: en), organization: organization)))
    }

    static func set(_ id: String, _ en: String, _ ar: String, _ members: [SetMember], asOf: String? = nil) -> Fact {
        Fact(
            id: id, body: .set(NamedSet(set: LocalizedText(ar: ar, en: en), members: members)),
            asOf: asOf.flatMap(PartialDate.init))
    }

    /// The model; `published` nil leaves the facts without a time.
    static func model(published: String? = "2024-07", entities extra: [Entity] = []) -> ArticleModel {
        let article = Article(
            id: "language", title: LocalizedText(ar: "عنوان", en: "A title"), source: nil,
            published: published.flatMap(PartialDate.init), language: "en")
        let entities = [
            entity("usa", .country, "United States", "الولايات المتحدة"),
            entity("jpn", .country, "Japan", "اليابان"),
            entity("phl", .country, "Philippines", "الفلبين"),
            entity("gmb", .country, "Gambia", "غامبيا", definite: false),
            entity(
                "sipri", .organization, "Stockholm International Peace Research Institute",
                "معهد ستوكهولم الدولي لأبحاث السلام"),
            entity("nsc", .organization, "US National Security Council", "مجلس الأمن القومي الأمريكي"),
            entity("nato", .organization, "NATO", "حلف شمال الأطلسي"),
            entity("nikkei", .organization, "Nikkei Asia", "نيكي آسيا"),
            entity("biden", .person, "Joe Biden", "جو بايدن"),
            entity("kishida", .person, "Fumio Kishida", "فوميو كيشيدا"),
            entity("smith", .person, "Dan Smith", "دان سميث"),
            entity("carpenter", .person, "Michael Carpenter", "مايكل كاربنتر"),
        ]
        let facts = [
            ranking(
                "exporters", "the largest arms exporters", "أكبر مصدري الأسلحة", by: "sipri", ["usa", "jpn", "phl"]),
            ranking("gambia-rank", "the smallest states", "أصغر الدول", ["gmb", "jpn"]),
            ranking("cited", "the most cited sources", "أكثر المصادر ذكراً", ["nato", "nikkei"]),
            ranking("speakers", "the most quoted speakers", "أكثر المتحدثين اقتباساً", ["biden", "kishida"]),
            role("biden-role", "biden", "President", "الرئيس", at: "usa"),
            role("kishida-role", "kishida", "Prime Minister", "رئيس الوزراء", at: "jpn"),
            role("smith-role", "smith", "Director", "المدير", at: "sipri"),
            role("carpenter-role", "carpenter", "Senior Director for Europe", "كبير مديري شؤون أوروبا", at: "nsc"),
            set(
                "partners", "the countries the alliance works with", "الدول التي يتعاون معها الحلف",
                [.entity("usa"), .entity("phl")]),
            set(
                "allies", "the alliance's newest members", "أحدث أعضاء الحلف", [.entity("usa"), .entity("phl")],
                asOf: "2023"),
            set(
                "topics", "the topics of the talks", "الموضوعات التي تناولتها المحادثات",
                [
                    .text(LocalizedText(ar: "الأمن البحري", en: "maritime security")),
                    .text(LocalizedText(ar: "الدفاع السيبراني", en: "cyber defence")),
                ]),
        ]
        return ArticleModel(version: 1, article: article, entities: entities + extra, facts: facts)
    }

    /// The deck of `model()`.
    static func deck(_ model: ArticleModel = model()) throws -> Deck {
        try QuestionGenerator().generate(model).deck
    }
}

extension Deck {
    /// The card with this id (a test failure when absent is the caller's XCTUnwrap).
    func card(_ id: String) -> DeckCard? { cards.first { $0.id == id } }
}
