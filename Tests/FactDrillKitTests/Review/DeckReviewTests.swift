import XCTest

@testable import FactDrillKit

/// Each review rule on a deck written to trigger it, and the seed model's deck with no flag.
final class DeckReviewTests: XCTestCase {
    private func text(_ en: String) -> LocalizedText { LocalizedText(en: en) }

    private func card(
        _ id: String, fact: String = "f", _ kind: QuestionKind, prompt: String, answer: String,
        choices: [String]? = nil, accept: [String]? = nil
    ) -> DeckCard {
        DeckCard(
            id: id, fact: fact, kind: kind.rawValue, format: choices == nil ? .text : .choice, prompt: text(prompt),
            answer: text(answer), accept: accept ?? [answer], choices: choices?.map(text))
    }

    private func deck(_ cards: [DeckCard]) -> Deck {
        Deck(deck: DeckInfo(id: "d", title: text("D"), languages: ["en"]), cards: cards)
    }

    private func rules(_ deck: Deck, model: ArticleModel? = nil) -> [String] {
        DeckReview.flags(in: deck, model: model).map { "\($0.card) \($0.rule)" }
    }

    func testTheRulesAreListedOnce() {
        for name in [
            "duplicate-prompt", "order-giveaway", "odd-form", "ranking-cards", "role-distractor", "non-unique-holder",
        ] {
            XCTAssertEqual(DeckReview.ruleNames.filter { $0 == name }.count, 1, name)
        }
    }

    func testDuplicatePromptWithDifferentAnswers() {
        let prompt = "What post did Richard Marles hold in Australia?"
        let flagged = deck([
            card("a", .roleHolder, prompt: prompt, answer: "Deputy Prime Minister"),
            card("b", .roleHolder, prompt: prompt, answer: "Minister for Defence"),
        ])
        XCTAssertEqual(rules(flagged), ["b duplicate-prompt"])
        let same = deck([
            card("a", .roleHolder, prompt: prompt, answer: "Deputy Prime Minister"),
            card("b", .roleHolder, prompt: prompt + " ", answer: "deputy prime minister"),
        ])
        XCTAssertEqual(rules(same), [], "the same answer is no clash")
        let earlier = "Which of these two events came first?"
        let otherEvents = deck([
            card("a", .eventEarlier, prompt: earlier, answer: "A", choices: ["A", "B"]),
            card("b", .eventEarlier, prompt: earlier, answer: "C", choices: ["C", "D"]),
        ])
        XCTAssertEqual(rules(otherEvents), [], "options tell the two questions apart")
        let offered = deck([
            card(
                "a", .roleTitle, prompt: prompt, answer: "Deputy Prime Minister",
                choices: ["Deputy Prime Minister", "X"]),
            card(
                "b", .roleTitle, prompt: prompt, answer: "Minister for Defence",
                choices: ["Minister for Defence", "Deputy Prime Minister"]),
        ])
        XCTAssertEqual(rules(offered), ["b duplicate-prompt"])
        let tied = "Which of these ranked 1st by gold medals?"
        let apartOptions = deck([
            card("a", .rankingHolderOf, prompt: tied, answer: "China", choices: ["China", "Japan"]),
            card("b", .rankingHolderOf, prompt: tied, answer: "United States", choices: ["United States", "France"]),
        ])
        XCTAssertEqual(rules(apartOptions), ["b duplicate-prompt"], "one question read twice, two answers")
    }

    func testOrderGiveaway() {
        let first = "the first summit"
        let second = "the second summit"
        let flagged = deck([
            card("e", .eventEarlier, prompt: "Which came first?", answer: first, choices: [second, first]),
            DeckCard(
                id: "o", fact: "f", kind: QuestionKind.eventOrder.rawValue, format: .order, prompt: text("Order"),
                answer: text("…"), accept: ["3 1 2"], choices: [second, "the talks", first].map(text)),
        ])
        XCTAssertEqual(rules(flagged), ["e order-giveaway", "o order-giveaway"])
        let misleading = deck([
            card("e", .eventEarlier, prompt: "Which came first?", answer: second, choices: [second, first])
        ])
        XCTAssertEqual(rules(misleading), [], "order words against the true order give nothing away")
    }

    func testOddForm() {
        let flagged = deck([
            card(
                "s", .setOddOneOut, prompt: "Which is not one?", answer: "maritime security",
                choices: ["co-development", "maritime security", "co-production", "co-sustainment"])
        ])
        XCTAssertEqual(rules(flagged), ["s odd-form"])
        let oneWord = deck([
            card(
                "s", .setOddOneOut, prompt: "Which is not one?", answer: "technical standards",
                choices: ["ships", "technical standards", "aircraft", "munitions"])
        ])
        XCTAssertEqual(rules(oneWord), ["s odd-form"])
        let fine = deck([
            card(
                "s", .setOddOneOut, prompt: "Which is not one?", answer: "aircraft",
                choices: ["ships", "tanks", "aircraft", "munitions"])
        ])
        XCTAssertEqual(rules(fine), [])
    }

    func testRankingCardsPerEntry() {
        let model = QuestionSelectionTests.model(
            entities: [SampleModels.entity("kor", .country, "South Korea", "كوريا الجنوبية")],
            facts: [
                Fact(
                    id: "top",
                    body: .ranking(
                        Ranking(
                            ranking: LocalizedText(ar: "ق", en: "list"), entries: [RankingEntry(entity: "kor", rank: 1)]
                        )))
            ])
        let cards = (1...4).map { card("top.\($0)", fact: "top", .rankingRankOf, prompt: "p\($0)", answer: "1st") }
        XCTAssertEqual(rules(deck(cards), model: model), ["top.1 ranking-cards"])
        XCTAssertEqual(rules(deck(Array(cards.prefix(3))), model: model), [])
        XCTAssertEqual(rules(deck(cards)), [], "the rule needs the model")
    }

    func testRoleDistractorAndNonUniqueHolder() {
        let model = QuestionSelectionTests.model(
            entities: QuestionOptionsTests.people + [QuestionOptionsTests.institute],
            facts: [
                QuestionOptionsTests.role("lee-role", "lee", en: "Senior Researcher", ar: "باحث أول", at: "iiss")
            ])
        let cards = [
            card("lee-role.holder", fact: "lee-role", .roleHolder, prompt: "Who?", answer: "Lee Min"),
            card(
                "lee-role.title", fact: "lee-role", .roleTitle, prompt: "What post?", answer: "Senior Researcher",
                choices: ["Senior Researcher", "Prime Minister", "Director"]),
        ]
        XCTAssertEqual(
            rules(deck(cards), model: model), ["lee-role.holder non-unique-holder", "lee-role.title role-distractor"])
    }

    func testTheSeedModelsDeckHasNoFlag() throws {
        let model = try ModelLoader.load(yaml: EmbeddedSeed.modelYAML, file: EmbeddedSeed.fileName)
        let deck = try QuestionGenerator().generate(model).deck
        XCTAssertEqual(DeckReview.flags(in: deck, model: model), [])
        XCTAssertFalse(deck.cards.contains { $0.id == "marles-defence-role.title" }, "asked once, by the first post")
        XCTAssertFalse(deck.cards.contains { $0.id == "carpenter-fpc-remarks.place" }, "where remarks were made")
        let odd = try XCTUnwrap(deck.cards.first { $0.id == "ip4-partners.odd-one-out" })
        XCTAssertNotEqual(odd.answer["en"], "Russia", "not of the partners' region")
    }
}
