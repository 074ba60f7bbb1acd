import XCTest

@testable import FactDrillKit

/// One right answer in the reader's eyes, and plausible options: singular posts only for "who
/// holds", one title card per person and place, posts the organization's kind has, options
/// without order words or odd forms, countries of the members' region.
final class QuestionOptionsTests: XCTestCase {
    typealias S = QuestionSelectionTests

    static func role(
        _ id: String, _ person: String, en: String, ar: String, at organization: String?, unique: Bool? = nil
    )
        -> Fact
    {
        Fact(
            id: id,
            body: .role(
                Role(person: person, role: LocalizedText(ar: ar, en: en), organization: organization, unique: unique)))
    }

    static let people = [
        SampleModels.entity("lee", .person, "Lee Min", "لي مين"),
        SampleModels.entity("ali", .person, "Ali Saleh", "علي صالح"),
        SampleModels.entity("kim", .person, "Kim Soo", "كيم سو"),
    ]
    static let institute = SampleModels.entity(
        "iiss", .organization, "the Institute for Strategic Studies", "معهد الدراسات الاستراتيجية")
    static let japan = SampleModels.entity("jpn", .country, "Japan", "اليابان")

    func generate(_ model: ArticleModel) throws -> GenerationResult {
        try QuestionGenerator().generate(model, others: [])
    }

    func testTheLexiconTellsSingularPostsFromPluralOnes() {
        let singular = [
            ("Prime Minister", "رئيس الوزراء"), ("Minister for Defence", "وزير الدفاع"),
            ("Senior Director for Europe", "كبير مديري شؤون أوروبا"), ("Director of the Centre", "مدير المركز"),
            ("Secretary General", "الأمين العام"), ("Deputy Prime Minister", "نائب رئيس الوزراء"),
            ("Ambassador to Japan", "سفير لدى اليابان"), ("Editor-in-Chief", "رئيس التحرير"),
        ]
        for (en, ar) in singular {
            XCTAssertEqual(PostLexicon.isSingular(LocalizedText(ar: ar, en: en)), true, en)
        }
        let plural = [
            ("Senior Researcher", "باحث أول"), ("Research Fellow", "زميل باحث"), ("Adviser", "مستشار"),
            ("Member of Parliament", "عضو البرلمان"), ("Professor of Politics", "أستاذ العلوم السياسية"),
            ("Senior Adviser to the President", "كبير مستشاري الرئيس"),
        ]
        for (en, ar) in plural {
            XCTAssertEqual(PostLexicon.isSingular(LocalizedText(ar: ar, en: en)), false, en)
        }
        XCTAssertNil(
            PostLexicon.isSingular(LocalizedText(ar: "نائب المدير", en: "Deputy Director")), "decided by no word")
        XCTAssertNil(PostLexicon.isSingular(LocalizedText(ar: "وزير", en: "Minister")), "a minister of what?")
        XCTAssertEqual(PostLexicon.isSingular(LocalizedText(en: "National Security Adviser")), true)
    }

    func testWhoHoldsIsAskedOnlyOfSingularPostsOrWhenTheModelSaysUnique() throws {
        let facts = [
            Self.role("lee-researcher", "lee", en: "Senior Researcher", ar: "باحث أول", at: "iiss"),
            Self.role(
                "ali-analyst", "ali", en: "Analyst of the Gulf", ar: "محلل شؤون الخليج", at: "iiss", unique: true),
            Self.role("kim-director", "kim", en: "Director", ar: "مدير", at: "iiss", unique: false),
        ]
        let model = S.model(entities: Self.people + [Self.institute], facts: facts)
        let result = try generate(model)
        let holders = result.deck.cards.filter { $0.questionKind == .roleHolder }.map(\.id)
        XCTAssertEqual(holders, ["ali-analyst.holder"], "unique: true and unique: false override the lexicon")
        let skipped = try XCTUnwrap(result.report.first?.skipped.first { $0.kind == .roleHolder })
        XCTAssertTrue(skipped.reason.contains("unique: true"), skipped.reason)
        XCTAssertEqual(DeckReview.flags(in: result.deck, model: model).filter { $0.rule == "non-unique-holder" }, [])
    }

    func testTwoPostsOfOnePersonAtOnePlaceGetOneTitleCard() throws {
        let facts = [
            Self.role("lee-dpm", "lee", en: "Deputy Prime Minister", ar: "نائب رئيس الوزراء", at: "jpn"),
            Self.role("lee-defence", "lee", en: "Minister for Defence", ar: "وزير الدفاع", at: "jpn"),
            Self.role("ali-pm", "ali", en: "Prime Minister", ar: "رئيس الوزراء", at: "jpn"),
        ]
        let model = S.model(entities: Self.people + [Self.japan], facts: facts)
        let result = try generate(model)
        let titles = result.deck.cards.filter { $0.questionKind == .roleTitle }
        XCTAssertEqual(titles.map(\.id), ["lee-dpm.title", "ali-pm.title"])
        XCTAssertFalse(titles[0].choices!.contains { $0["en"] == "Minister for Defence" }, "the other right answer")
        let skipped = try XCTUnwrap(result.report[1].skipped.first { $0.kind == .roleTitle })
        XCTAssertTrue(skipped.reason.contains("lee-dpm"), skipped.reason)
        XCTAssertEqual(DeckReview.flags(in: result.deck, model: model), [])
    }

    func testOnePostAtTwoOrganizationsIsOneCardAcceptingEach() throws {
        let college = SampleModels.entity("college", .organization, "the Defence College", "كلية الدفاع")
        let facts = [
            Self.role("lee-iiss", "lee", en: "Professor", ar: "أستاذ", at: "iiss"),
            Self.role("lee-college", "lee", en: "Professor", ar: "أستاذ", at: "college"),
        ]
        let model = S.model(entities: Self.people + [Self.institute, college], facts: facts)
        let result = try generate(model)
        let cards = result.deck.cards.filter { $0.questionKind == .roleOrganization }
        XCTAssertEqual(cards.map(\.id), ["lee-iiss.organization"])
        XCTAssertTrue(cards[0].accept.contains("the Defence College") && cards[0].accept.contains("كلية الدفاع"))
        XCTAssertTrue(cards[0].answer["en"]!.contains("the Institute for Strategic Studies"))
        XCTAssertTrue(cards[0].answer["en"]!.contains("the Defence College"))
        let skipped = try XCTUnwrap(result.report[1].skipped.first { $0.kind == .roleOrganization })
        XCTAssertTrue(skipped.reason.contains("lee-iiss"), skipped.reason)
        XCTAssertEqual(DeckReview.flags(in: result.deck, model: model), [])
    }

    func testTitleOptionsArePostsTheOrganizationsKindHas() throws {
        let facts = [
            Self.role("lee-director", "lee", en: "Director of Studies", ar: "مدير الدراسات", at: "iiss"),
            Self.role("ali-pm", "ali", en: "Prime Minister", ar: "رئيس الوزراء", at: "jpn"),
            Self.role("kim-fellow", "kim", en: "Senior Fellow", ar: "زميل أول", at: "iiss"),
        ]
        let model = S.model(entities: Self.people + [Self.institute, Self.japan], facts: facts)
        let result = try generate(model)
        let director = try XCTUnwrap(result.deck.cards.first { $0.id == "lee-director.title" })
        let offered = Set(director.choices!.compactMap { $0["en"] })
        XCTAssertTrue(offered.contains("Senior Fellow"))
        for post in ["Prime Minister", "Minister of Defence", "Secretary General", "Chief of the General Staff"] {
            XCTAssertFalse(offered.contains(post), "\(post) at an institute")
        }
        let pm = try XCTUnwrap(result.deck.cards.first { $0.id == "ali-pm.title" })
        XCTAssertFalse(pm.choices!.contains { $0["en"] == "Senior Fellow" || $0["en"] == "Director of Studies" })
        XCTAssertEqual(DeckReview.flags(in: result.deck, model: model), [])
        XCTAssertEqual(OrganizationKind.of(Self.institute), .institute)
        XCTAssertEqual(
            OrganizationKind.of(SampleModels.entity("c", .organization, "the Security Council", "مجلس")), .council)
        XCTAssertEqual(OrganizationKind.of(Self.japan), .state)
    }

    func testAMonarchsPostIsNeverOfferedForAnotherPost() throws {
        let facts = [
            Self.role("lee-king", "lee", en: "King", ar: "الملك", at: "jpn"),
            Self.role("ali-pm", "ali", en: "Prime Minister", ar: "رئيس الوزراء", at: "jpn"),
            Self.role("kim-fm", "kim", en: "Foreign Minister", ar: "وزير الخارجية", at: "jpn"),
        ]
        let result = try generate(S.model(entities: Self.people + [Self.japan], facts: facts))
        for id in ["ali-pm.title", "kim-fm.title"] {
            let card = try XCTUnwrap(result.deck.cards.first { $0.id == id })
            XCTAssertFalse(card.choices!.contains { $0["en"] == "King" || $0["ar"] == "الملك" }, id)
            XCTAssertFalse(card.choices!.contains { $0["en"] == "Spokesperson" }, "\(id): no spokesperson for a state")
        }
        XCTAssertEqual(PostFamily.of(LocalizedText(ar: "الملك", en: "King")), .monarchy)
    }

    func testChronologyNeverOffersEventsWhoseNamesStateTheirOrder() throws {
        let facts = [
            S.event("first", en: "the first partnership summit", ar: "القمة الأولى للشراكة", date: "2020"),
            S.event("second", en: "the second partnership summit", ar: "القمة الثانية للشراكة", date: "2021"),
            S.event("talks", en: "the maritime talks", ar: "المحادثات البحرية", date: "2022"),
            S.event("forum", en: "the inaugural industry forum", ar: "منتدى الصناعة الافتتاحي", date: "2023"),
        ]
        let model = S.model(facts: facts)
        let cards = try generate(model).deck.cards.filter {
            $0.questionKind == .eventEarlier || $0.questionKind == .eventOrder
        }
        XCTAssertFalse(cards.isEmpty)
        for card in cards {
            let names = Set((card.choices ?? []).compactMap { $0["en"] })
            XCTAssertFalse(
                names.contains("the first partnership summit") && names.contains("the second partnership summit"),
                card.id)
        }
        XCTAssertTrue(
            cards.contains { $0.questionKind == .eventOrder }, "first, talks, forum: two of rank 1 tell nothing")
        XCTAssertEqual(
            DeckReview.flags(
                in: Deck(deck: DeckInfo(id: "d", title: LocalizedText(en: "d"), languages: ["en"]), cards: cards),
                model: model), [])
        XCTAssertNotNil(
            OptionGiveaway.orderProblem(chronological: [
                LocalizedText(en: "the first summit"), LocalizedText(en: "the second summit"),
            ]))
        XCTAssertNil(
            OptionGiveaway.orderProblem(chronological: [
                LocalizedText(en: "the second summit"), LocalizedText(en: "the first summit"),
            ]))
        XCTAssertNotNil(
            OptionGiveaway.orderProblem(chronological: [
                LocalizedText(ar: "القمة الأولى"), LocalizedText(ar: "القمة الثالثة"),
            ]))
    }

    func testAnOddOneOutDoesNotStandOutByForm() throws {
        func text(_ en: String, _ ar: String) -> SetMember { .text(LocalizedText(ar: ar, en: en)) }
        let facts = [
            Fact(
                id: "joint-work",
                body: .set(
                    NamedSet(
                        set: LocalizedText(ar: "أعمال مشتركة", en: "kinds of joint work"),
                        members: [
                            text("co-development", "التطوير المشترك"), text("co-production", "الإنتاج المشترك"),
                            text("co-sustainment", "الاستدامة المشتركة"),
                        ]))),
            Fact(
                id: "topics",
                body: .set(
                    NamedSet(
                        set: LocalizedText(ar: "موضوعات", en: "topics"),
                        members: [text("maritime security", "الأمن البحري"), text("co-financing", "التمويل المشترك")]))),
        ]
        let model = S.model(facts: facts)
        let result = try generate(model)
        let odd = try XCTUnwrap(result.deck.cards.first { $0.id == "joint-work.odd-one-out" })
        XCTAssertEqual(odd.answer["en"], "co-financing", "maritime security lacks the “co” all the others share")
        XCTAssertEqual(DeckReview.flags(in: result.deck, model: model), [])

        var lone = facts
        lone[1] = Fact(
            id: "topics",
            body: .set(
                NamedSet(
                    set: LocalizedText(ar: "موضوعات", en: "topics"),
                    members: [text("maritime security", "الأمن البحري"), text("climate change", "تغير المناخ")])))
        let skipped = try generate(S.model(facts: lone))
        XCTAssertNil(skipped.deck.cards.first { $0.id == "joint-work.odd-one-out" })
        let reason = try XCTUnwrap(skipped.report[0].skipped.first { $0.kind == .setOddOneOut }?.reason)
        XCTAssertTrue(reason.contains("stands out by form"), reason)
    }

    func testCountryOptionsComeFromTheAnswersRegion() throws {
        let members = [
            SampleModels.entity("jpn", .country, "Japan", "اليابان"),
            SampleModels.entity("kor", .country, "South Korea", "كوريا الجنوبية"),
            SampleModels.entity("aus", .country, "Australia", "أستراليا"),
            SampleModels.entity("nzl", .country, "New Zealand", "نيوزيلندا"),
            SampleModels.entity("mng", .country, "Mongolia", "منغوليا"),
        ]
        let set = Fact(
            id: "partners",
            body: .set(
                NamedSet(
                    set: LocalizedText(ar: "الشركاء", en: "the partners"),
                    members: members.prefix(4).map { .entity($0.id) })))
        let result = try generate(S.model(entities: members, facts: [set]))
        let odd = try XCTUnwrap(result.deck.cards.first { $0.id == "partners.odd-one-out" })
        let area = CountryRegions.area(of: SampleModels.entity("x", .country, odd.answer["en"]!, odd.answer["ar"]!))
        XCTAssertEqual(area?.subRegion, "Eastern Asia", "\(odd.answer) is not of the members' sub-region")
        XCTAssertEqual(CountryRegions.area(of: members[0])?.region, "Asia")
        XCTAssertEqual(CountryRegions.area(of: members[3])?.subRegion, "Australia and New Zealand")
    }
}
