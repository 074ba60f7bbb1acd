import XCTest

@testable import FactDrillKit

/// The english-article and arabic-agreement review rules: what they flag, and that the generator
/// gives them nothing to flag.
final class LanguageReviewRuleTests: XCTestCase {
    func card(
        _ id: String, en: String = "Q?", ar: String = "س؟", answer: LocalizedText = LocalizedText(ar: "ج", en: "A"),
        choices: [LocalizedText]? = nil, kind: String = "ranking.higher"
    ) -> DeckCard {
        DeckCard(
            id: id, fact: "f", kind: kind, format: choices == nil ? .text : .choice,
            prompt: LocalizedText(ar: ar, en: en), answer: answer, accept: answer.allStrings, choices: choices,
            tags: [])
    }

    func deck(_ cards: [DeckCard]) -> Deck {
        Deck(deck: DeckInfo(id: "d", title: LocalizedText(ar: "ع", en: "T"), languages: ["ar", "en"]), cards: cards)
    }

    func flagged(_ rule: any DeckReviewRule.Type, _ cards: [DeckCard], model: ArticleModel? = nil) -> [String] {
        rule.flags(in: deck(cards), model: model).map(\.card)
    }

    func testEnglishArticleFlagsBareNamesAndPostsInACountry() {
        let cards = [
            card("bare-country", en: "What rank did United States hold?"),
            card(
                "bare-institute",
                en: "Which ranked first, according to Stockholm International Peace Research Institute?"),
            card(
                "with-the",
                en:
                    "What rank did the United States hold, according to the Stockholm International Peace Research Institute?"
            ),
            card("acronym", en: "Which ranked first, according to NATO and Nikkei Asia?"),
            card("inside-a-name", en: "What rank did the US National Security Council hold?"),
            card("post-in", en: "Who held the post of President in the United States?"),
            card("post-of", en: "Who held the post of President of the United States?"),
        ]
        XCTAssertEqual(flagged(EnglishArticleRule.self, cards), ["bare-country", "bare-institute", "post-in"])
        let model = LanguageModels.model()
        XCTAssertEqual(
            flagged(
                EnglishArticleRule.self, [card("model", en: "What rank did US National Security Council hold?")],
                model: model),
            ["model"], "the model's entities are checked with their inferred article")
        XCTAssertEqual(
            flagged(EnglishArticleRule.self, [card("gambia", en: "What rank did Gambia hold?")], model: model), [],
            "definite: false in the model")
        XCTAssertEqual(flagged(EnglishArticleRule.self, [card("gambia", en: "What rank did Gambia hold?")]), ["gambia"])
    }

    func testArabicAgreementFlagsTheKnownBadPatterns() {
        let countries = [
            LocalizedText(ar: "اليابان", en: "Japan"), LocalizedText(ar: "الولايات المتحدة", en: "United States"),
        ]
        let persons = [
            LocalizedText(ar: "جو بايدن", en: "Joe Biden"), LocalizedText(ar: "فوميو كيشيدا", en: "Fumio Kishida"),
        ]
        let cards = [
            card("two-countries", ar: "أيّ الاثنين جاء في مركز أعلى؟", choices: countries),
            card("two-persons", ar: "أيّ الاثنين جاء في مركز أعلى؟", choices: persons),
            card("two-countries-agreeing", ar: "أيّ الدولتين جاءت في مركز أعلى؟", choices: countries),
            card("one-of-states", ar: "اذكر واحداً من الدول التي تتعاون معها اليابان."),
            card("one-of-topics", ar: "اذكر واحداً من الموضوعات."),
            card(
                "employer-state", ar: "ما جهة عمل فوميو كيشيدا في منصب رئيس الوزراء؟", answer: countries[0],
                kind: "role.organization"),
            card(
                "employer-org", ar: "ما جهة عمل مايكل كاربنتر في منصب كبير المديرين؟",
                answer: LocalizedText(ar: "مجلس الأمن القومي الأمريكي", en: "US National Security Council"),
                kind: "role.organization"),
            card("post-fi", ar: "مَن كان يشغل منصب الرئيس في الولايات المتحدة؟"),
            card("post-annexed", ar: "مَن كان يشغل منصب رئيس الولايات المتحدة؟"),
            card("post-long", ar: "مَن كان يشغل منصب رئيس الوزراء في اليابان؟"),
            card("title-of-a-person", ar: "ما منصب ماكرون في فرنسا؟"),
        ]
        XCTAssertEqual(
            flagged(ArabicAgreementRule.self, cards, model: LanguageModels.model()),
            ["two-countries", "one-of-states", "employer-state", "post-fi", "post-long"])
    }

    func testTheGeneratorGivesTheLanguageRulesNothingToFlag() throws {
        let seed = try ModelLoader.load(yaml: EmbeddedSeed.modelYAML, file: EmbeddedSeed.fileName)
        for model in [seed, LanguageModels.model(), LanguageModels.model(published: nil)] {
            let deck = try QuestionGenerator().generate(model).deck
            for rule in [EnglishArticleRule.self, ArabicAgreementRule.self] as [any DeckReviewRule.Type] {
                let flags = rule.flags(in: deck, model: model)
                XCTAssertEqual(flags, [], "\(model.article.id): " + flags.map(\.message).joined(separator: "\n"))
            }
        }
        XCTAssertTrue(Set(DeckReview.ruleNames).isSuperset(of: ["english-article", "arabic-agreement"]))
    }
}
