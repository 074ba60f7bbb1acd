import XCTest

@testable import FactDrillKit

/// Which questions the generator asks of a fact, and which it leaves out: `ask:`, rankings of at
/// most three cards an entry, no place for statements, dates no finer than the evidence.
final class QuestionSelectionTests: XCTestCase {
    static let article = Article(
        id: "synthetic", title: LocalizedText(ar: "مقال", en: "Article"), published: SampleModels.date("2024-07"),
        language: "en")

    static func model(entities: [Entity] = [], facts: [Fact]) -> ArticleModel {
        ArticleModel(article: article, entities: entities, facts: facts)
    }

    static func event(
        _ id: String, en: String, ar: String, date: String, place: String? = nil, evidence: String? = nil,
        ask: [QuestionKind]? = nil
    ) -> Fact {
        Fact(
            id: id,
            body: .event(
                Event(
                    event: LocalizedText(ar: ar, en: en), date: SampleModels.date(date), place: place)),
            evidence: evidence, ask: ask)
    }

    static let washington = SampleModels.entity("washington", .place, "Washington", "واشنطن")

    func generate(_ model: ArticleModel) throws -> GenerationResult {
        try QuestionGenerator().generate(model, others: [])
    }

    func testAFiveEntryRankingMakesAtMostThreeCardsPerEntry() throws {
        let countries = [
            ("fra", "France", "فرنسا"), ("deu", "Germany", "ألمانيا"), ("ita", "Italy", "إيطاليا"),
            ("esp", "Spain", "إسبانيا"), ("pol", "Poland", "بولندا"),
        ]
        let model = Self.model(
            entities: countries.map { SampleModels.entity($0.0, .country, $0.1, $0.2) },
            facts: [
                Fact(
                    id: "spenders",
                    body: .ranking(
                        Ranking(
                            ranking: LocalizedText(ar: "أكبر المنفقين", en: "the largest spenders"),
                            entries: countries.enumerated().map { RankingEntry(entity: $1.0, rank: $0 + 1) })))
            ])
        let cards = try generate(model).deck.cards
        XCTAssertLessThanOrEqual(cards.count, 3 * countries.count, cards.map(\.id).joined(separator: "\n"))
        XCTAssertEqual(cards.filter { $0.questionKind == .rankingHolderOf }.count, 5)
        XCTAssertTrue(cards.filter { $0.questionKind == .rankingHolderOf }.allSatisfy { $0.format == .text })
        XCTAssertEqual(cards.filter { $0.questionKind == .rankingRankOf }.count, 5)
        XCTAssertEqual(cards.filter { $0.questionKind == .rankingHigher }.count, 4, "adjacent pairs only")
        XCTAssertEqual(DeckReview.flags(in: try generate(model).deck, model: model), [])
    }

    func testAskLimitsTheQuestionsToThoseItNames() throws {
        let model = Self.model(
            entities: [Self.washington],
            facts: [
                Self.event(
                    "summit", en: "the alliance summit", ar: "قمة الحلف", date: "2024-07-09", place: "washington",
                    ask: [.eventPlace])
            ])
        let result = try generate(model)
        XCTAssertEqual(result.deck.cards.map(\.id), ["summit.place"])
        let skipped = try XCTUnwrap(result.report.first?.skipped.first { $0.kind == .eventDate })
        XCTAssertTrue(skipped.reason.contains("ask: names only place"), skipped.reason)
    }

    func testNoPlaceQuestionForAStatementUnlessAskNamesIt() throws {
        let remarks = Self.event(
            "remarks", en: "the minister's remarks to the press", ar: "تصريحات الوزير للصحافة", date: "2024-07",
            place: "washington")
        let result = try generate(Self.model(entities: [Self.washington], facts: [remarks]))
        XCTAssertEqual(result.deck.cards.map(\.id), ["remarks.date"])
        let skipped = try XCTUnwrap(result.report.first?.skipped.first { $0.kind == .eventPlace })
        XCTAssertTrue(skipped.reason.contains("statement"), skipped.reason)

        var asked = remarks
        asked.ask = [.eventDate, .eventPlace]
        let named = try generate(Self.model(entities: [Self.washington], facts: [asked]))
        XCTAssertEqual(named.deck.cards.map(\.id), ["remarks.date", "remarks.place"])

        let summit = Self.event(
            "summit", en: "the alliance summit", ar: "قمة الحلف", date: "2024-07", place: "washington")
        let event = try generate(Self.model(entities: [Self.washington], facts: [summit]))
        XCTAssertEqual(event.deck.cards.map(\.id), ["summit.date", "summit.place"])
    }

    func testTheDateIsAskedNoFinerThanTheEvidenceStatesIt() throws {
        func answer(_ date: String, _ evidence: String?, ask: [QuestionKind]? = nil) throws -> String? {
            let fact = Self.event(
                "summit", en: "the alliance summit", ar: "قمة الحلف", date: date, evidence: evidence, ask: ask)
            return try generate(Self.model(facts: [fact])).deck.cards.first { $0.id == "summit.date" }?.answer["en"]
        }
        XCTAssertEqual(try answer("2024-07-09", "The summit opens on Tuesday."), "July 2024")
        XCTAssertEqual(try answer("2024-07-09", "The summit opens on 9 July."), "9 July 2024")
        XCTAssertEqual(try answer("2024-07-09", "تفتتح القمة في 9 يوليو"), "9 July 2024")
        XCTAssertEqual(try answer("2024-07-09", "opens on 2024-07-09"), "9 July 2024", "09 is the day 9")
        XCTAssertEqual(try answer("2024-07-09", nil), "9 July 2024", "without evidence, the model's precision")
        XCTAssertEqual(try answer("2024-07-09", "on Tuesday", ask: [.eventDate]), "9 July 2024", "ask: names the date")
        XCTAssertEqual(try answer("2024-07", "The summit opened last month."), "2024")
        XCTAssertEqual(try answer("2024-07", "The summit opened in July."), "July 2024")
        XCTAssertEqual(try answer("2024-07", "افتتحت القمة في تموز"), "July 2024")
        XCTAssertEqual(try answer("2022", "The summit of last year."), "2022")
    }

    func testTwoEventsOfOneNameGetNoDateOrPlaceQuestion() throws {
        let facts = [
            Self.event("summit-2022", en: "the annual summit", ar: "القمة السنوية", date: "2022", place: "washington"),
            Self.event("summit-2023", en: "The annual summit", ar: "القمة السنوية", date: "2023"),
        ]
        let model = Self.model(entities: [Self.washington], facts: facts)
        let result = try generate(model)
        XCTAssertFalse(result.deck.cards.contains { $0.questionKind == .eventDate || $0.questionKind == .eventPlace })
        let reasons = result.report.flatMap(\.skipped).map(\.reason)
        XCTAssertEqual(reasons.filter { $0.contains("same name") }.count, 3, "\(reasons)")
        XCTAssertEqual(DeckReview.flags(in: result.deck, model: model), [])
    }

    func testTwoSetsOfOneNameAreAskedOnce() throws {
        func text(_ en: String, _ ar: String) -> SetMember { .text(LocalizedText(ar: ar, en: en)) }
        let name = LocalizedText(ar: "الموضوعات", en: "the topics")
        let facts = [
            Fact(id: "a", body: .set(NamedSet(set: name, members: [text("cyber", "سيبراني"), text("space", "فضاء")]))),
            Fact(id: "b", body: .set(NamedSet(set: name, members: [text("energy", "طاقة"), text("water", "مياه")]))),
        ]
        let model = Self.model(facts: facts)
        let result = try generate(model)
        XCTAssertEqual(result.deck.cards.filter { $0.questionKind == .setMember }.map(\.id), ["a.member"])
        let reason = try XCTUnwrap(result.report[1].skipped.first { $0.kind == .setMember }?.reason)
        XCTAssertTrue(reason.contains("a.member asks the same question"), reason)
        XCTAssertEqual(DeckReview.flags(in: result.deck, model: model).filter { $0.rule == "duplicate-prompt" }, [])
    }
}
