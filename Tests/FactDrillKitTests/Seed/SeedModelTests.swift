import XCTest

@testable import FactDrillKit

/// The seed model loads, and states the article's key facts exactly.
final class SeedModelTests: XCTestCase {
    private var model: ArticleModel!

    override func setUpWithError() throws {
        model = try ModelLoader.load(yaml: EmbeddedSeed.modelYAML, file: "seed")
    }

    // MARK: - Lookups

    private func fact(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> Fact {
        try XCTUnwrap(model.facts.first { $0.id == id }, "the seed has no fact \(id)", file: file, line: line)
    }

    private func ranking(_ id: String) throws -> Ranking {
        guard case .ranking(let ranking) = try fact(id).body else { throw Mismatch(id, "ranking") }
        return ranking
    }

    private func event(_ id: String) throws -> Event {
        guard case .event(let event) = try fact(id).body else { throw Mismatch(id, "event") }
        return event
    }

    private func set(_ id: String) throws -> NamedSet {
        guard case .set(let set) = try fact(id).body else { throw Mismatch(id, "set") }
        return set
    }

    /// Every role fact, with the fact's `as_of`.
    private var roles: [(role: Role, asOf: PartialDate?)] {
        model.facts.compactMap { fact in
            guard case .role(let role) = fact.body else { return nil }
            return (role, fact.asOf)
        }
    }

    private struct Mismatch: Error, CustomStringConvertible {
        let description: String
        init(_ id: String, _ type: String) { description = "fact \(id) is not a \(type)" }
    }

    private func date(_ text: String) throws -> PartialDate {
        try XCTUnwrap(PartialDate(text))
    }

    // MARK: - Shape

    func testArticleMetadata() throws {
        XCTAssertEqual(model.version, 1)
        XCTAssertEqual(model.article.id, "nato-ip4-defense-industry")
        XCTAssertEqual(model.article.language, "ar")
        XCTAssertEqual(model.article.textFile, EmbeddedSeed.articleFileName)
        XCTAssertEqual(model.article.published, try date("2024-07"))
        XCTAssertEqual(model.article.published?.precision, .month, "the publication day is not known")
        XCTAssertNotNil(model.article.title["ar"])
        XCTAssertNotNil(model.article.title["en"])
    }

    func testCountsOfEntitiesAndFactsByType() {
        let entityCounts = Dictionary(grouping: model.entities, by: \.type).mapValues(\.count)
        // `other`: three regions and two set members with aliases (disinformation, munitions).
        XCTAssertEqual(entityCounts, [.country: 11, .person: 4, .organization: 6, .place: 3, .other: 5])
        let factCounts = Dictionary(grouping: model.facts, by: \.typeName).mapValues(\.count)
        XCTAssertEqual(factCounts, ["ranking": 1, "event": 6, "role": 6, "set": 7])
    }

    // MARK: - Ranking

    func testSIPRIRanksSouthKorea10thAndAustralia16th() throws {
        let exporters = try ranking("sipri-exporters-2019-2023")
        XCTAssertEqual(exporters.by, "sipri")
        XCTAssertEqual(exporters.period, Period("2019-2023"))
        XCTAssertEqual(exporters.ranking["en"], "the world's largest arms exporters")
        XCTAssertEqual(
            Set(exporters.entries), [RankingEntry(entity: "kor", rank: 10), RankingEntry(entity: "aus", rank: 16)])
        XCTAssertEqual(model.entity("kor")?.name["en"], "South Korea")
        XCTAssertEqual(model.entity("kor")?.name["ar"], "كوريا الجنوبية")
        XCTAssertEqual(model.entity("aus")?.name["ar"], "أستراليا")
        XCTAssertTrue(model.entity("sipri")?.names(in: "en").contains("SIPRI") ?? false)
    }

    // MARK: - Events

    func testSummitsOfMadridVilniusAndTheOpeningOf2024() throws {
        let madrid = try event("madrid-summit-2022")
        XCTAssertEqual(madrid.date, try date("2022"))
        XCTAssertEqual(madrid.place, "madrid")
        XCTAssertEqual(Set(madrid.participants), ["jpn", "kor", "aus", "nzl"])

        let vilnius = try event("vilnius-summit-2023")
        XCTAssertEqual(vilnius.date, try date("2023"), "\"last year\" is 2023")
        XCTAssertEqual(vilnius.place, "vilnius")

        let opening = try event("nato-summit-2024-opening")
        XCTAssertEqual(opening.date, try date("2024-07-09"), "the summit \"opens Tuesday\": 9 July 2024")
        XCTAssertEqual(model.entity("madrid")?.type, .place)
        XCTAssertEqual(model.entity("vilnius")?.name["ar"], "فيلنيوس")
    }

    func testRelativeDatesResolveAgainstJuly2024() throws {
        XCTAssertEqual(try event("nato-ip4-meeting-2024").date, try date("2024-07-11"), "\"Thursday next\"")
        XCTAssertEqual(try event("us-japan-industrial-forum-2024").date, try date("2024-06"), "\"last June\"")
        let remarks = try event("carpenter-fpc-remarks")
        XCTAssertEqual(remarks.date, try date("2024-07"), "the day of the remarks is not stated")
        XCTAssertEqual(remarks.place, "washington")
    }

    func testEventsAreInTheArticlesOrderOfTime() throws {
        let ids = [
            "madrid-summit-2022", "vilnius-summit-2023", "us-japan-industrial-forum-2024",
            "nato-summit-2024-opening", "nato-ip4-meeting-2024",
        ]
        let dates = try ids.map { try event($0).date }
        for (earlier, later) in zip(dates, dates.dropFirst()) {
            XCTAssertTrue(earlier.isCertainlyBefore(later), "\(earlier) should come before \(later)")
        }
    }

    // MARK: - Roles

    func testTheFourPeopleAndTheirRoles() throws {
        let expected: [(person: String, name: String, role: String, organization: String?)] = [
            ("carpenter", "Michael Carpenter", "Senior Director for Europe", "us-nsc"),
            ("kishida", "Fumio Kishida", "Prime Minister", "jpn"),
            ("simon", "Luis Simón", "Director of the Centre for Security, Diplomacy and Strategy (CSDS)", "bsog"),
            ("marles", "Richard Marles", "Deputy Prime Minister", "aus"),
            ("marles", "Richard Marles", "Minister for Defence", "aus"),
            ("marles", "Richard Marles", "Australia's representative at the NATO summit", nil),
        ]
        XCTAssertEqual(roles.count, expected.count)
        for item in expected {
            XCTAssertEqual(model.entity(item.person)?.type, .person)
            XCTAssertEqual(model.entity(item.person)?.name["en"], item.name)
            let match = roles.first { $0.role.person == item.person && $0.role.role["en"] == item.role }
            XCTAssertEqual(match?.role.organization, item.organization, "\(item.name): \(item.role)")
            XCTAssertEqual(match?.asOf, try date("2024-07"), "\(item.name): \(item.role)")
        }
        // Names without a leading "the": English articles are the generator's to add.
        XCTAssertEqual(model.entity("us-nsc")?.name["en"], "US National Security Council")
        XCTAssertEqual(model.entity("bsog")?.name["en"], "Brussels School of Governance")
        XCTAssertFalse(model.entities.contains { $0.name["en"]?.hasPrefix("the ") ?? false })
    }

    func testArabicRolesFollowTheText() {
        let arabic = Dictionary(grouping: roles, by: { $0.role.person }).mapValues {
            $0.compactMap { $0.role.role["ar"] }
        }
        XCTAssertEqual(arabic["carpenter"], ["كبير مديري شؤون أوروبا"])
        XCTAssertEqual(arabic["kishida"], ["رئيس الوزراء"])
        XCTAssertEqual(
            Set(arabic["marles"] ?? []), ["نائب رئيس الوزراء", "وزير الدفاع", "ممثل أستراليا في قمة حلف شمال الأطلسي"])
    }

    // MARK: - Sets

    /// A set's members by language: a text member's text, an entity member's name.
    private func members(of id: String, in language: LanguageCode) throws -> Set<String> {
        Set(
            try set(id).members.compactMap { member -> String? in
                switch member {
                case .text(let text): return text[language]
                case .entity(let entity): return model.entity(entity)?.name[language]
                }
            })
    }

    func testTopicsOfTheEarlierTalks() throws {
        XCTAssertEqual(
            try members(of: "earlier-talk-topics", in: "en"),
            [
                "cyber defence", "new technology", "maritime security", "climate change",
                "countering disinformation",
            ])
        let topics = try set("earlier-talk-topics")
        XCTAssertTrue(topics.members.contains(.text(LocalizedText(ar: "الأمن البحري", en: "maritime security"))))
        // The model spells «تغيّر» (the text's «تغّير» is a typo, kept only in the evidence).
        XCTAssertTrue(try members(of: "earlier-talk-topics", in: "ar").contains("تغيّر المناخ"))
        // The disinformation topic is an entity, so that Carpenter's wording is accepted too.
        XCTAssertTrue(topics.members.contains(.entity("counter-disinformation")))
        XCTAssertTrue(model.entity("counter-disinformation")?.names(in: "ar").contains("مكافحة التضليل") ?? false)
    }

    func testSetsOfCountries() throws {
        XCTAssertEqual(Set(try set("ip4-partners").members), Set(["jpn", "kor", "aus", "nzl"].map(SetMember.entity)))
        XCTAssertEqual(Set(try set("fighter-jet-partners").members), [.entity("gbr"), .entity("ita")])
        XCTAssertEqual(try members(of: "us-japan-forum-equipment", in: "en"), ["munitions", "ships", "aircraft"])
        XCTAssertTrue(model.entity("munitions")?.names(in: "en").contains("ammunition") ?? false)
    }

    // MARK: - Quality

    func testEveryFactQuotesTheArticleVerbatim() throws {
        for fact in model.facts {
            let evidence = try XCTUnwrap(fact.evidence, "\(fact.id) has no evidence")
            XCTAssertTrue(
                Array(EmbeddedSeed.articleText.utf8).contains(subsequence: Array(evidence.utf8)),
                "\(fact.id): its evidence is not a sentence of the article")
        }
    }

    func testEveryNameIsInArabicAndEnglish() {
        for entity in model.entities {
            XCTAssertFalse(entity.name["ar"]?.isEmpty ?? true, "\(entity.id) has no Arabic name")
            XCTAssertFalse(entity.name["en"]?.isEmpty ?? true, "\(entity.id) has no English name")
        }
    }

    func testNoNameOrAliasNamesTwoEntities() {
        var owners: [String: Set<String>] = [:]
        for entity in model.entities {
            for name in entity.allNames { owners[name.lowercased(), default: []].insert(entity.id) }
        }
        XCTAssertEqual(owners.filter { $0.value.count > 1 }, [:])
        XCTAssertFalse(
            model.entity("kor")?.allNames.contains { $0 == "Korea" || $0 == "كوريا" } ?? true,
            "\"Korea\" could name North Korea too")
    }
}

extension Array where Element: Equatable {
    /// Whether `subsequence` occurs in this array as a contiguous run.
    fileprivate func contains(subsequence: [Element]) -> Bool {
        guard !subsequence.isEmpty, subsequence.count <= count else { return subsequence.isEmpty }
        return (0...(count - subsequence.count)).contains { start in
            self[start..<(start + subsequence.count)].elementsEqual(subsequence)
        }
    }
}
