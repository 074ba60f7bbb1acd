import FactDrillTestSupport
import XCTest

@testable import FactDrillKit

/// The generator's quality gate and the answer matcher read text through one normalizer: options
/// the gate lets through as different are never the same answer to the matcher.
final class GateMatcherAgreementTests: XCTestCase {
    /// Every pair of options of every choice and order card, in every language: the matcher never
    /// judges one a correct answer for the other, and typing an option's text names that option.
    func agreementProblems(_ deck: Deck) -> [String] {
        let matcher = AnswerMatcher()
        var problems: [String] = []
        for card in deck.cards {
            guard let choices = card.choices else { continue }
            let options = choices.map(\.allStrings)
            for language in deck.deck.languages {
                let texts = choices.map { $0[language] ?? "" }
                for (i, a) in texts.enumerated() {
                    for (j, b) in texts.enumerated() where i != j && matcher.judge(a, accepted: [b]) == .correct {
                        problems.append("\(card.id) [\(language)]: «\(a)» is taken for «\(b)»")
                    }
                    if matcher.judgeChoice(a, options: options, correct: i) != .correct {
                        problems.append("\(card.id) [\(language)]: «\(a)» does not name its own option")
                    }
                }
            }
        }
        return problems
    }

    func testTheSeedDecksOptionsAreDistinctAnswers() throws {
        let model = try ModelLoader.load(yaml: EmbeddedSeed.modelYAML, file: EmbeddedSeed.fileName)
        let deck = try QuestionGenerator().generate(model).deck
        XCTAssertGreaterThan(deck.cards.filter { $0.choices != nil }.count, 10)
        XCTAssertEqual(agreementProblems(deck), [])
    }

    func testRandomModelsOptionsAreDistinctAnswers() throws {
        var rng = SplitMix64(seed: 13)
        var checked = 0
        for index in 0..<60 {
            let facts = 1 + Int(rng.next() % 25)
            let entities = 8 + Int(rng.next() % 20)
            let model = SyntheticModel.make(seed: rng.next(), facts: facts, entities: entities, id: "m\(index)")
            let other = SyntheticModel.make(seed: rng.next(), facts: 6, entities: 8, id: "o\(index)")
            let deck = try QuestionGenerator().generate(model, others: [other]).deck
            let problems = agreementProblems(deck)
            XCTAssertEqual(problems, [], "model \(index)")
            if !problems.isEmpty { return }
            checked += deck.cards.filter { $0.choices != nil }.count
        }
        XCTAssertGreaterThan(checked, 300)
    }

    /// Names that differ only where the old gate normalization (TextKey) differed from the
    /// matcher's: an article, a rare letter form, a presentation form, an apostrophe, a space.
    static let sameAnswers: [(String, String)] = [
        ("الإمارات", "إمارات"), ("ٱلقدس", "القدس"), ("ٲلقدس", "القدس"), ("ایران", "إيران"),
        ("کوریا", "كوريا"), ("ﻛﻮﺭﻳﺎ", "كوريا"), ("وَالعَاشِرَة", "عاشرة"), ("Côte d'Ivoire", "Cote dIvoire"),
        ("U.S.", "US"), ("AT&T", "at and t"), ("The Hague", "Hague"), ("عبدالله", "عبد الله"),
        ("２０２２", "2022"), ("ﬁnland", "Finland"), ("للأمم", "الأمم"),
        // British and American spellings of one word.
        ("Minister of Defence", "Minister of Defense"), ("World Health Organisation", "World Health Organization"),
        ("Defence Programme", "Defense Program"), ("Kennedy Centre", "Kennedy Center"),
    ]

    func testTheGateRefusesOptionsTheMatcherTakesForOneAnother() {
        for (a, b) in Self.sameAnswers {
            XCTAssertEqual(AnswerMatcher().judge(a, accepted: [b]), .correct, "the matcher reads «\(a)» as «\(b)»")
            XCTAssertEqual(WordHashes.key(a), WordHashes.key(b), "«\(a)» and «\(b)»")
            let card = DeckCard(
                id: "x.c", fact: "x", kind: "role.title", format: .choice,
                prompt: LocalizedText(ar: "س؟", en: "Q?"), answer: LocalizedText(ar: "ج", en: a),
                accept: [a], choices: [LocalizedText(ar: "ج", en: a), LocalizedText(ar: "د", en: b)])
            XCTAssertEqual(
                QualityGate.problem(with: card, languages: ["ar", "en"]),
                "two options read the same in 'en'", "«\(a)» and «\(b)»")
        }
    }

    func testTheGateSeesAnAnswerInAPromptAsTheMatcherWould() {
        for (prompt, answer) in [
            ("أين تقع إمارات الخليج؟", "الإمارات"), ("What is in The Hague?", "Hague"),
            ("ما عاصمة ایران؟", "إيران"), ("ما عاصمة وبکوریا؟", "كوريا"),
        ] {
            let card = DeckCard(
                id: "x.t", fact: "x", kind: "event.place", format: .text,
                prompt: LocalizedText(ar: prompt, en: "Where?"),
                answer: LocalizedText(ar: answer, en: "X"), accept: [answer])
            XCTAssertNotNil(QualityGate.problem(with: card, languages: ["ar", "en"]), "«\(answer)» in «\(prompt)»")
        }
    }

    /// An entity of another installed model named like one of the model's own but for the article:
    /// the same entity to the matcher, so never offered as a wrong option beside it.
    func testANameDifferingByItsArticleIsNotADistractor() throws {
        let own = ArticleModel(
            article: Article(id: "gulf", title: LocalizedText(ar: "الخليج", en: "The Gulf"), language: "ar"),
            entities: [
                SampleModels.entity("uae", .country, "The Emirates", "الإمارات"),
                SampleModels.entity("omn", .country, "Oman", "عُمان"),
                SampleModels.entity("sipri", .organization, "SIPRI", "معهد ستوكهولم"),
            ],
            facts: [
                Fact(
                    id: "exporters",
                    body: .ranking(
                        Ranking(
                            ranking: LocalizedText(ar: "أكبر المصدرين", en: "the largest exporters"), by: "sipri",
                            // Tied, so that the multiple-choice form is asked.
                            entries: [RankingEntry(entity: "uae", rank: 1), RankingEntry(entity: "omn", rank: 1)])))
            ])
        let other = ArticleModel(
            article: Article(id: "trade", title: LocalizedText(ar: "التجارة", en: "Trade"), language: "en"),
            entities: [SampleModels.entity("emirates", .country, "Emirates", "إمارات")], facts: [])
        let deck = try QuestionGenerator().generate(own, others: [other]).deck
        let choice = try XCTUnwrap(deck.cards.first { $0.id == "exporters.holder-of-choice.1.omn" })
        XCTAssertFalse(choice.choices!.contains { $0["en"] == "Emirates" }, "\(choice.choices!)")
        XCTAssertEqual(agreementProblems(deck), [])
    }
}
