@testable import FactDrillKit

/// Hand-written models for the generator's tests: realistic, bilingual, with the hard cases
/// (a tie in a ranking, events of mixed precision, a person with two roles, sets of entities and
/// of texts).
enum SampleModels {
    static func date(_ text: String) -> PartialDate { PartialDate(text)! }

    static func entity(
        _ id: String, _ type: EntityType, _ en: String, _ ar: String,
        en enAliases: [String] = [], ar arAliases: [String] = []
    ) -> Entity {
        var aliases: LocalizedList = [:]
        if !enAliases.isEmpty { aliases["en"] = enAliases }
        if !arAliases.isEmpty { aliases["ar"] = arAliases }
        return Entity(id: id, type: type, name: LocalizedText(ar: ar, en: en), aliases: aliases)
    }

    /// The NATO–Indo-Pacific article, much like the seed.
    static var natoIP4: ArticleModel {
        let article = Article(
            id: "nato-ip4",
            title: LocalizedText(ar: "الناتو وشركاؤه في المحيطين", en: "NATO and its Indo-Pacific partners"),
            source: "Al Jazeera", published: date("2024-07"), language: "ar")
        let entities = [
            entity("kor", .country, "South Korea", "كوريا الجنوبية", en: ["Republic of Korea", "ROK"], ar: ["كوريا"]),
            entity("aus", .country, "Australia", "أستراليا"),
            entity("jpn", .country, "Japan", "اليابان"),
            entity("nzl", .country, "New Zealand", "نيوزيلندا"),
            entity("isr", .country, "Israel", "إسرائيل"),
            entity("sipri", .organization, "SIPRI", "معهد ستوكهولم الدولي لأبحاث السلام"),
            entity("nato", .organization, "NATO", "حلف شمال الأطلسي", ar: ["الناتو"]),
            entity("us-nsc", .organization, "the US National Security Council", "مجلس الأمن القومي الأمريكي"),
            entity("madrid", .place, "Madrid", "مدريد"),
            entity("vilnius", .place, "Vilnius", "فيلنيوس"),
            entity("washington", .place, "Washington", "واشنطن"),
            entity("carpenter", .person, "Michael Carpenter", "مايكل كاربنتر"),
            entity("stoltenberg", .person, "Jens Stoltenberg", "ينس ستولتنبرغ"),
        ]
        let facts = [
            Fact(
                id: "sipri-exporters-2019-2023",
                body: .ranking(
                    Ranking(
                        ranking: LocalizedText(
                            ar: "أكبر مصدري الأسلحة في العالم", en: "the world's largest arms exporters"),
                        period: Period("2019-2023"), by: "sipri",
                        entries: [
                            RankingEntry(entity: "kor", rank: 10), RankingEntry(entity: "isr", rank: 9),
                            RankingEntry(entity: "aus", rank: 16), RankingEntry(entity: "jpn", rank: 16),
                        ])),
                evidence: "احتلت كوريا الجنوبية المركز العاشر"),
            Fact(
                id: "madrid-summit",
                body: .event(
                    Event(
                        event: LocalizedText(
                            ar: "أول قمة للناتو يحضرها قادة الدول الأربع معاً",
                            en: "the first NATO summit attended together by the IP4 leaders"),
                        date: date("2022"), place: "madrid", participants: ["jpn", "kor", "aus", "nzl"]))),
            Fact(
                id: "vilnius-summit",
                body: .event(
                    Event(
                        event: LocalizedText(ar: "قمة الناتو في ليتوانيا", en: "the NATO summit in Lithuania"),
                        date: date("2023-07"), place: "vilnius"))),
            Fact(
                id: "partnership-talks",
                body: .event(
                    Event(
                        event: LocalizedText(ar: "محادثات الشراكة الفردية", en: "the individual partnership talks"),
                        date: date("2023")))),
            Fact(
                id: "washington-summit",
                body: .event(
                    Event(
                        event: LocalizedText(
                            ar: "قمة الذكرى السنوية للحلف", en: "the alliance's anniversary summit"),
                        date: date("2024-07-09"), place: "washington"))),
            Fact(
                id: "carpenter-role",
                body: .role(
                    Role(
                        person: "carpenter",
                        role: LocalizedText(ar: "كبير مديري شؤون أوروبا", en: "Senior Director for Europe"),
                        organization: "us-nsc")), asOf: date("2024-07")),
            Fact(
                id: "stoltenberg-sg",
                body: .role(
                    Role(
                        person: "stoltenberg", role: LocalizedText(ar: "الأمين العام", en: "Secretary General"),
                        organization: "nato"))),
            Fact(
                id: "stoltenberg-chair",
                body: .role(
                    Role(
                        person: "stoltenberg",
                        role: LocalizedText(ar: "رئيس مجلس شمال الأطلسي", en: "Chair of the North Atlantic Council"),
                        organization: "nato"))),
            Fact(
                id: "ip4-members",
                body: .set(
                    NamedSet(
                        set: LocalizedText(
                            ar: "دول شركاء الناتو الأربعة في المحيطين الهندي والهادئ",
                            en: "NATO's four Indo-Pacific partners"),
                        members: [.entity("jpn"), .entity("kor"), .entity("aus"), .entity("nzl")]))),
            Fact(
                id: "earlier-talk-topics",
                body: .set(
                    NamedSet(
                        set: LocalizedText(ar: "موضوعات المحادثات السابقة", en: "the topics of the earlier talks"),
                        members: [
                            .text(LocalizedText(ar: "الدفاع السيبراني", en: "cyber defence")),
                            .text(LocalizedText(ar: "الأمن البحري", en: "maritime security")),
                        ]))),
            Fact(
                id: "new-talk-topics",
                body: .set(
                    NamedSet(
                        set: LocalizedText(ar: "موضوعات المحادثات الجديدة", en: "the topics of the new talks"),
                        members: [
                            .text(LocalizedText(ar: "الذكاء الاصطناعي", en: "artificial intelligence")),
                            .text(LocalizedText(ar: "التضليل الإعلامي", en: "disinformation")),
                            .text(LocalizedText(ar: "الأمن البحري", en: "maritime security")),
                        ]))),
        ]
        return ArticleModel(article: article, entities: entities, facts: facts)
    }

    /// A second installed article, for cross-article chronology and distractors.
    static var otherArticle: ArticleModel {
        let article = Article(
            id: "aukus", title: LocalizedText(ar: "أوكوس", en: "AUKUS"), published: date("2023-03"), language: "en")
        let entities = [
            entity("aus", .country, "Australia", "أستراليا"),
            entity("gbr", .country, "United Kingdom", "المملكة المتحدة", en: ["UK"]),
            entity("fra", .country, "France", "فرنسا"),
            entity("albanese", .person, "Anthony Albanese", "أنتوني ألبانيزي"),
        ]
        let facts = [
            Fact(
                id: "aukus-signed",
                body: .event(
                    Event(
                        event: LocalizedText(ar: "توقيع اتفاق أوكوس", en: "the signing of the AUKUS pact"),
                        date: date("2021-09-15")))),
            Fact(
                id: "aukus-pathway",
                body: .event(
                    Event(
                        event: LocalizedText(
                            ar: "إعلان مسار الغواصات", en: "the announcement of the submarine pathway"),
                        date: date("2023-03-13")))),
            Fact(
                id: "albanese-pm",
                body: .role(
                    Role(
                        person: "albanese",
                        role: LocalizedText(ar: "رئيس وزراء أستراليا", en: "Prime Minister of Australia"))),
                asOf: date("2023-03")),
        ]
        return ArticleModel(article: article, entities: entities, facts: facts)
    }
}
