import FactDrillTestSupport
import XCTest

@testable import FactDrillKit

/// The generator over hand-written models: which questions it asks, how, and what it refuses.
final class QuestionGeneratorTests: XCTestCase {
    let model = SampleModels.natoIP4
    let other = SampleModels.otherArticle

    func generate(_ model: ArticleModel? = nil, others: [ArticleModel]? = nil, options: GenerationOptions = .init())
        throws -> GenerationResult
    {
        try QuestionGenerator(options: options).generate(model ?? self.model, others: others ?? [other])
    }

    func card(_ id: String, in result: GenerationResult, file: StaticString = #filePath, line: UInt = #line) throws
        -> DeckCard
    {
        try XCTUnwrap(result.deck.cards.first { $0.id == id }, "no card \(id)", file: file, line: line)
    }

    func testEveryKindIsAskedAndAllRulesHold() throws {
        let result = try generate()
        let kinds = Set(result.deck.cards.map(\.questionKind))
        for kind in QuestionKind.generated {
            XCTAssertTrue(kinds.contains(kind), "no \(kind) card")
        }
        XCTAssertTrue(result.deck.cards.contains { $0.questionKind == .rankingHolderOf && $0.format == .choice })
        XCTAssertEqual(QualityChecker(model: model, others: [other]).problems(result.deck), [])
        XCTAssertEqual(result.deck.deck.languages, ["ar", "en"])
        XCTAssertEqual(result.deck.deck.id, "nato-ip4")
        XCTAssertEqual(result.report.map(\.fact), model.facts.map(\.id))
    }

    func testRankOfReadsNaturallyWithPeriodAndPublisher() throws {
        let card = try card("sipri-exporters-2019-2023.rank-of.kor", in: try generate())
        XCTAssertEqual(
            card.prompt["en"],
            "In 2019-2023, what rank did South Korea hold among the world's largest arms exporters, according to SIPRI?"
        )
        XCTAssertEqual(
            card.prompt["ar"],
            "خلال الفترة 2019-2023، ما مركز كوريا الجنوبية في قائمة أكبر مصدري الأسلحة في العالم، وفقاً لمعهد ستوكهولم الدولي لأبحاث السلام؟"
        )
        XCTAssertEqual(card.answer, LocalizedText(ar: "العاشر", en: "10th"))
        for form in ["10", "١٠", "10th", "tenth", "العاشر", "العاشرة"] {
            XCTAssertTrue(card.accept.contains(form), form)
        }
    }

    func testASharedRankIsNotAskedAsTypedButAsChoiceWithoutTheOtherHolder() throws {
        let result = try generate()
        XCTAssertFalse(result.deck.cards.contains { $0.id == "sipri-exporters-2019-2023.holder-of.16" })
        let skipped = result.report[0].skipped.filter { $0.kind == .rankingHolderOf }
        XCTAssertEqual(skipped.count, 1)
        XCTAssertTrue(skipped[0].reason.contains("shared by aus, jpn"), skipped[0].reason)
        let aus = try card("sipri-exporters-2019-2023.holder-of-choice.16.aus", in: result)
        XCTAssertFalse(aus.choices!.contains { $0["en"] == "Japan" })
        XCTAssertEqual(aus.choices!.count, 4)
        XCTAssertEqual(try card("sipri-exporters-2019-2023.holder-of.10", in: result).answer["en"], "South Korea")
    }

    func testHigherPairsNeverCompareTiedEntries() throws {
        let higher = try generate().deck.cards.filter { $0.kind == "ranking.higher" }
        XCTAssertEqual(
            higher.map(\.id).sorted(),
            ["sipri-exporters-2019-2023.higher.aus.kor", "sipri-exporters-2019-2023.higher.isr.kor"])
        XCTAssertEqual(higher.first { $0.id.hasSuffix("aus.kor") }?.answer["en"], "South Korea")
    }

    func testDatesAreAskedAtTheModelsPrecisionInBothDigitForms() throws {
        let result = try generate()
        let year = try card("madrid-summit.date", in: result)
        XCTAssertEqual(
            year.prompt["en"], "In what year did the first NATO summit attended together by the IP4 leaders take place?"
        )
        XCTAssertEqual(year.accept, ["2022", "٢٠٢٢"])
        let month = try card("vilnius-summit.date", in: result)
        XCTAssertEqual(month.answer, LocalizedText(ar: "يوليو 2023", en: "July 2023"))
        for form in ["July 2023", "2023-07", "يوليو 2023", "تموز 2023", "يوليو ٢٠٢٣"] {
            XCTAssertTrue(month.accept.contains(form), form)
        }
        let day = try card("washington-summit.date", in: result)
        XCTAssertEqual(day.answer["en"], "9 July 2024")
        XCTAssertTrue(day.accept.contains("2024-07-09"))
    }

    func testChronologyComparesOnlyCertainlyOrderedEvents() throws {
        let result = try generate(others: [])
        let ids = result.deck.cards.filter { $0.kind.hasPrefix("event.") }.map(\.id)
        // 2023 and 2023-07 cannot be ordered: no card pairs them.
        XCTAssertFalse(ids.contains { $0.contains("partnership-talks") && $0.contains("vilnius-summit") })
        XCTAssertTrue(ids.contains("madrid-summit.earlier.vilnius-summit"))
        let order = try card("madrid-summit.order.partnership-talks.washington-summit", in: result)
        XCTAssertEqual(order.format, .order)
        XCTAssertEqual(order.choices?.count, 3)
        XCTAssertNotEqual(order.accept, ["1 2 3"], "the options are shown out of order")
    }

    func testCrossArticleChronologyIsOwnedByThisModelsEvent() throws {
        let result = try generate()
        let card = try card("madrid-summit.earlier.aukus-signed@aukus", in: result)
        XCTAssertEqual(card.fact, "madrid-summit")
        XCTAssertEqual(card.answer["en"], "the signing of the AUKUS pact")
        XCTAssertFalse(result.deck.cards.contains { $0.fact.hasPrefix("aukus") })
    }

    func testRolesSayWhenTheyHoldAndNeverOfferAnotherPostOfThePerson() throws {
        let result = try generate()
        let holder = try card("carpenter-role.holder", in: result)
        XCTAssertEqual(
            holder.prompt["en"],
            "As of July 2024, who held the post of Senior Director for Europe at the US National Security Council?")
        XCTAssertEqual(
            holder.prompt["ar"],
            "حتى يوليو 2024، مَن كان يشغل منصب كبير مديري شؤون أوروبا في مجلس الأمن القومي الأمريكي؟")
        XCTAssertTrue(holder.reject?.contains("Jens Stoltenberg") ?? false)
        let title = try card("stoltenberg-sg.title", in: result)
        XCTAssertFalse(title.choices!.contains { $0["en"] == "Chair of the North Atlantic Council" })
        XCTAssertEqual(title.choices!.count, 4)
        XCTAssertEqual(try card("stoltenberg-chair.organization", in: result).answer["en"], "NATO")
    }

    func testTwoHoldersOfOnePostAtOneTimeSkipTheTypedHolderQuestion() throws {
        var model = self.model
        model.entities.append(SampleModels.entity("rutte", .person, "Mark Rutte", "مارك روته"))
        model.facts.append(
            Fact(
                id: "rutte-sg",
                body: .role(
                    Role(
                        person: "rutte", role: LocalizedText(ar: "الأمين العام", en: "Secretary General"),
                        organization: "nato"))))
        let result = try generate(model)
        XCTAssertFalse(result.deck.cards.contains { $0.id == "stoltenberg-sg.holder" || $0.id == "rutte-sg.holder" })
        XCTAssertTrue(result.report.first { $0.fact == "rutte-sg" }!.skipped.contains { $0.kind == .roleHolder })
        XCTAssertNotNil(result.deck.cards.first { $0.id == "rutte-sg.title" })
    }

    func testSetsAcceptEveryMemberAndOfferANonMemberOfTheSameKind() throws {
        let result = try generate()
        let member = try card("ip4-members.member", in: result)
        for name in ["Japan", "كوريا", "ROK", "New Zealand"] { XCTAssertTrue(member.accept.contains(name), name) }
        XCTAssertFalse(member.reject?.contains("Japan") ?? true)
        let odd = try card("earlier-talk-topics.odd-one-out", in: result)
        XCTAssertEqual(
            odd.answer["en"], "artificial intelligence",
            "a topic of another set that is not a member; disinformation, one word among options of two, stands out")
        let countries = try card("ip4-members.odd-one-out", in: result)
        let world = Set(
            WorldNames.countries.map(\.en) + model.entities.filter { $0.type == .country }.map { $0.name["en"]! })
        XCTAssertTrue(world.contains(countries.answer["en"]!))
    }

    func testAnAnswerInItsOwnPromptIsSkippedAndReported() throws {
        var model = self.model
        model.facts.append(
            Fact(
                id: "madrid-2022",
                body: .event(
                    Event(
                        event: LocalizedText(ar: "قمة مدريد 2022", en: "the 2022 Madrid summit"),
                        date: SampleModels.date("2022"), place: "madrid"))))
        let result = try generate(model)
        XCTAssertFalse(result.deck.cards.contains { $0.id == "madrid-2022.date" || $0.id == "madrid-2022.place" })
        let skipped = result.report.last!.skipped
        XCTAssertEqual(Set(skipped.map(\.kind)), [.eventDate, .eventPlace])
        XCTAssertTrue(skipped[0].reason.contains("own answer"), skipped[0].reason)
    }

    func testOneLanguageOnly() throws {
        let result = try generate(options: GenerationOptions(languages: ["en"]))
        XCTAssertEqual(result.deck.deck.languages, ["en"])
        XCTAssertTrue(result.deck.cards.allSatisfy { $0.prompt.languages == ["en"] && $0.answer.languages == ["en"] })
        XCTAssertTrue(result.deck.cards.allSatisfy { $0.choices?.allSatisfy { $0.languages == ["en"] } ?? true })
    }

    func testAMissingTranslationNamesFactAndField() throws {
        var model = self.model
        model.facts[1] = Fact(
            id: "madrid-summit",
            body: .event(Event(event: LocalizedText(en: "the summit"), date: SampleModels.date("2022"))))
        model.entities[0].name = LocalizedText(en: "South Korea")
        XCTAssertThrowsError(try generate(model)) { error in
            guard case GenerationError.missingText(let missing) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(missing.contains(.init(fact: "madrid-summit", field: "event", language: "ar")))
            XCTAssertTrue(
                missing.contains(
                    .init(fact: "sipri-exporters-2019-2023", field: "entries[0].entity (kor) name", language: "ar")))
            XCTAssertTrue(error.localizedDescription.contains("fact 'madrid-summit': event has no 'ar' text"))
        }
        XCTAssertNoThrow(try generate(model, options: GenerationOptions(languages: ["en"])))
    }

    func testUnsupportedLanguageAndUnknownEntityAreErrors() throws {
        XCTAssertThrowsError(try generate(options: GenerationOptions(languages: ["fr"]))) { error in
            XCTAssertEqual(error as? GenerationError, .unsupportedLanguage("fr"))
        }
        var model = self.model
        model.facts.append(
            Fact(id: "ghost", body: .role(Role(person: "nobody", role: LocalizedText(ar: "س", en: "x")))))
        XCTAssertThrowsError(try generate(model)) { error in
            XCTAssertEqual(error as? GenerationError, .unknownEntity(fact: "ghost", field: "person", id: "nobody"))
        }
    }

    func testTooFewEntitiesBorrowDistractorsFromOtherModelsAndTheWorld() throws {
        let article = Article(id: "tiny", title: LocalizedText(ar: "ص", en: "T"), language: "en")
        // A tie, so that "which of these" is asked (a rank of one holder is asked typed only).
        let tiny = ArticleModel(
            article: article,
            entities: [
                SampleModels.entity("aus", .country, "Australia", "أستراليا"),
                SampleModels.entity("kor", .country, "South Korea", "كوريا الجنوبية"),
            ],
            facts: [
                Fact(
                    id: "top",
                    body: .ranking(
                        Ranking(
                            ranking: LocalizedText(ar: "أكبر المصدرين", en: "the top exporters"),
                            entries: [RankingEntry(entity: "aus", rank: 1), RankingEntry(entity: "kor", rank: 1)])))
            ])
        let choice = try card("top.holder-of-choice.1.aus", in: try generate(tiny))
        XCTAssertEqual(choice.choices?.count, 4)
        XCTAssertEqual(
            Set(choice.choices!.compactMap { $0["en"] }), ["Australia", "New Zealand", "United Kingdom", "France"],
            "the answer's sub-region first (New Zealand), then the other model's countries before the built-in ones")
        let alone = try card("top.holder-of-choice.1.aus", in: try generate(tiny, others: []))
        XCTAssertEqual(alone.choices?.count, 4)
        XCTAssertEqual(
            alone.choices!.filter { $0["en"] == "Australia" }.count, 1, "the built-in Australia is the same entity")
        XCTAssertTrue(alone.choices!.contains { $0["en"] == "New Zealand" })
        XCTAssertFalse(alone.choices!.contains { $0["en"] == "South Korea" }, "the other holder of the rank")
        XCTAssertTrue(alone.choices!.allSatisfy { option in WorldNames.countries.contains { $0.en == option["en"] } })
    }

    func testTheOrderOfInstalledModelsDoesNotMatter() throws {
        let third = SyntheticModel.make(seed: 5, facts: 12, entities: 10, id: "zeta")
        let a = try DeckFile.encode(generate(others: [other, third]).deck)
        let b = try DeckFile.encode(generate(others: [third, other]).deck)
        XCTAssertEqual(a, b)
    }

    func testAnEventNamedLikeAnotherAtAnotherDateIsNotCompared() throws {
        var twin = other
        twin.facts.append(
            Fact(
                id: "other-vilnius",
                body: .event(
                    Event(
                        event: LocalizedText(ar: "قمة الناتو في ليتوانيا", en: "The NATO summit in Lithuania"),
                        date: SampleModels.date("2025")))))
        let ids = try generate(others: [twin]).deck.cards.map(\.id)
        XCTAssertFalse(
            ids.contains { $0.contains("vilnius-summit") && ($0.contains(".earlier.") || $0.contains(".order.")) },
            "\(ids)")
        XCTAssertTrue(ids.contains("vilnius-summit.date"))
    }
}
