import XCTest

@testable import FactDrillKit

/// The test-side quality checker catches what it must, so that its silence over generated decks means something.
final class QualityCheckerTests: XCTestCase {
    func testTheCheckerCatchesBrokenCards() throws {
        let model = SampleModels.natoIP4
        var deck = try QuestionGenerator().generate(model).deck
        let checker = QualityChecker(model: model, others: [])
        XCTAssertEqual(checker.problems(deck), [])

        let holder = deck.cards.firstIndex { $0.id == "sipri-exporters-2019-2023.holder-of.10" }!
        deck.cards[holder].prompt["en"] = "Did South Korea rank 10th?"
        let choice = deck.cards.firstIndex { $0.id == "sipri-exporters-2019-2023.holder-of-choice.16.aus" }!
        deck.cards[choice].choices![0] = LocalizedText(ar: "اليابان", en: "Japan")  // the other holder of rank 16
        let title = deck.cards.firstIndex { $0.id == "stoltenberg-sg.title" }!
        deck.cards[title].choices![0] = LocalizedText(
            ar: "رئيس مجلس شمال الأطلسي", en: "Chair of the North Atlantic Council")
        deck.cards.append(deck.cards[0])

        let problems = checker.problems(deck)
        XCTAssertTrue(
            problems.contains { $0.hasPrefix("sipri-exporters-2019-2023.holder-of.10: prompt contains") }, "\(problems)"
        )
        XCTAssertTrue(
            problems.contains { $0.hasPrefix("sipri-exporters-2019-2023.holder-of-choice.16.aus: correct options") },
            "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("stoltenberg-sg.title: correct options") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasSuffix("duplicate id") }, "\(problems)")
    }

    func testTheGeneratorsGateRefusesWhatTheCheckerWouldFlag() {
        let leaking = DeckCard(
            id: "x.date", fact: "x", kind: "event.date", format: .text,
            prompt: LocalizedText(ar: "ما تاريخ قمة ٢٠٢٢؟", en: "When was the summit?"),
            answer: LocalizedText(ar: "2022", en: "2022"), accept: ["2022"])
        XCTAssertNotNil(
            QualityGate.problem(with: leaking, languages: ["ar", "en"]), "Arabic-Indic digits are the same year")
        let clitic = DeckCard(
            id: "x.place", fact: "x", kind: "event.place", format: .text,
            prompt: LocalizedText(ar: "ما مكان القمة التابعة للأمم المتحدة؟", en: "Where?"),
            answer: LocalizedText(ar: "الأمم المتحدة", en: "UN"), accept: ["الأمم المتحدة"])
        XCTAssertNotNil(QualityGate.problem(with: clitic, languages: ["ar", "en"]), "ل + ال contracts to لل")
        var twice = DeckCard(
            id: "x.c", fact: "x", kind: "role.title", format: .choice, prompt: LocalizedText(ar: "س؟", en: "Q?"),
            answer: LocalizedText(ar: "أ", en: "A"), accept: ["A"],
            choices: [LocalizedText(ar: "أ", en: "A"), LocalizedText(ar: "ب", en: "a")])
        XCTAssertNotNil(QualityGate.problem(with: twice, languages: ["ar", "en"]), "options equal after normalization")
        twice.choices = [LocalizedText(ar: "أ", en: "A"), LocalizedText(ar: "ب", en: "B")]
        XCTAssertNil(QualityGate.problem(with: twice, languages: ["ar", "en"]))
        twice.choices = [LocalizedText(ar: "ج", en: "C"), LocalizedText(ar: "ب", en: "B")]
        XCTAssertNotNil(QualityGate.problem(with: twice, languages: ["ar", "en"]), "answer not among options")
    }
}
