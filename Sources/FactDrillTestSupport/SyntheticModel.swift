import FactDrillKit
import Foundation

/// Random but valid bilingual article models, for benchmarks and property tests: entities with
/// invented names, rankings with ties, events of mixed precision, people with several roles,
/// sets of entities and of texts. The same seed gives the same model.
public enum SyntheticModel {
    private static let syllables: [(en: String, ar: String)] = [
        ("ka", "كا"), ("lo", "لو"), ("mi", "مي"), ("ra", "را"), ("su", "سو"), ("te", "تي"), ("no", "نو"),
        ("vi", "في"), ("da", "دا"), ("ze", "زي"), ("bu", "بو"), ("ha", "ها"), ("ri", "ري"), ("sa", "سا"),
        ("to", "تو"), ("na", "نا"), ("fe", "في"), ("gu", "غو"), ("ma", "ما"), ("li", "لي"),
    ]

    /// A model with `facts` facts over `entities` entities (at least 8), all texts in ar and en.
    public static func make(seed: UInt64, facts factCount: Int, entities entityCount: Int, id: String = "synthetic")
        -> ArticleModel
    {
        var rng = SplitMix64(seed: seed)
        var usedWords: Set<String> = []
        func word() -> (en: String, ar: String) {
            while true {
                let count = 2 + Int(rng.next() % 3)
                let parts = (0..<count).map { _ in syllables[Int(rng.next() % UInt64(syllables.count))] }
                let en = parts.map(\.en).joined()
                let ar = parts.map(\.ar).joined()
                // Distinct in both scripts (the Arabic of "vi" and "fe" is the same).
                if usedWords.insert("en:" + en).inserted {
                    if usedWords.insert("ar:" + ar).inserted { return (en.prefix(1).uppercased() + en.dropFirst(), ar) }
                    usedWords.remove("en:" + en)
                }
            }
        }
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }

        let types: [EntityType] = [.country, .country, .country, .organization, .person, .person, .place, .other]
        var entities: [Entity] = []
        for index in 0..<max(8, entityCount) {
            let type = index < types.count ? types[index] : pick(types)
            let first = word()
            let second = rng.next() % 2 == 0 ? word() : nil
            let en = second.map { "\(first.en) \($0.en)" } ?? first.en
            let ar = second.map { "\(first.ar) \($0.ar)" } ?? first.ar
            var aliases: LocalizedList = [:]
            if rng.next() % 4 == 0 {
                let alias = word()
                aliases = ["en": [alias.en], "ar": [alias.ar]]
            }
            entities.append(Entity(id: "e\(index)", type: type, name: LocalizedText(ar: ar, en: en), aliases: aliases))
        }
        let byType = Dictionary(grouping: entities, by: \.type)
        func entityID(_ type: EntityType) -> String { pick(byType[type] ?? entities).id }
        func date() -> PartialDate {
            let year = 2000 + Int(rng.next() % 25)
            switch rng.next() % 3 {
            case 0: return PartialDate(year: year)!
            case 1: return PartialDate(year: year, month: 1 + Int(rng.next() % 12))!
            default: return PartialDate(year: year, month: 1 + Int(rng.next() % 12), day: 1 + Int(rng.next() % 28))!
            }
        }

        var facts: [Fact] = []
        for index in 0..<factCount {
            let topic = word()
            let body: FactBody
            var asOf: PartialDate?
            switch rng.next() % 4 {
            case 0:
                let size = 2 + Int(rng.next() % 6)
                var ids: [String] = []
                while ids.count < size && ids.count < entities.count {
                    let candidate = entityID(rng.next() % 4 == 0 ? .organization : .country)
                    if !ids.contains(candidate) { ids.append(candidate) }
                    if rng.next() % 16 == 0 { break }
                }
                var rank = 1 + Int(rng.next() % 20)
                let entries = ids.map { id -> RankingEntry in
                    defer { if rng.next() % 5 != 0 { rank += 1 + Int(rng.next() % 3) } }  // some ties
                    return RankingEntry(entity: id, rank: rank)
                }
                let period: Period? =
                    rng.next() % 2 == 0 ? Period("\(2010 + Int(rng.next() % 5))-\(2016 + Int(rng.next() % 8))") : nil
                body = .ranking(
                    Ranking(
                        ranking: LocalizedText(ar: "أكبر منتجي \(topic.ar)", en: "the largest \(topic.en) producers"),
                        period: period, by: rng.next() % 2 == 0 ? entityID(.organization) : nil, entries: entries))
            case 1:
                body = .event(
                    Event(
                        event: LocalizedText(ar: "مؤتمر \(topic.ar)", en: "the \(topic.en) conference"), date: date(),
                        place: rng.next() % 3 == 0 ? nil : entityID(.place)))
            case 2:
                body = .role(
                    Role(
                        person: entityID(.person),
                        role: LocalizedText(ar: "مدير شؤون \(topic.ar)", en: "Director of \(topic.en) Affairs"),
                        organization: rng.next() % 4 == 0 ? nil : entityID(.organization)))
                asOf = rng.next() % 2 == 0 ? date() : nil
            default:
                let size = 1 + Int(rng.next() % 5)
                var members: [SetMember] = []
                if rng.next() % 2 == 0 {
                    for _ in 0..<size {
                        let id = entityID(.country)
                        if !members.contains(.entity(id)) { members.append(.entity(id)) }
                    }
                } else {
                    for _ in 0..<size {
                        let item = word()
                        members.append(.text(LocalizedText(ar: "تعاون \(item.ar)", en: "\(item.en) cooperation")))
                    }
                }
                body = .set(
                    NamedSet(
                        set: LocalizedText(ar: "شركاء \(topic.ar)", en: "the \(topic.en) partners"), members: members))
            }
            facts.append(Fact(id: "f\(index)-\(topic.en.lowercased())", body: body, asOf: asOf, evidence: nil))
        }
        let article = Article(
            id: id, title: LocalizedText(ar: "مقال تجريبي", en: "Synthetic article"),
            published: PartialDate(year: 2024, month: 7), language: "ar")
        return ArticleModel(article: article, entities: entities, facts: facts)
    }
}
