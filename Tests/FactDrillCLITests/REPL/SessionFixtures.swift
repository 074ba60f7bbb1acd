import FSRS
import FactDrillApp
import FactDrillKit
import FactDrillStore
import Foundation

@testable import FactDrillCLI

/// A small bilingual deck and a terminal session harness (scripted reader, captured console) over
/// an in-memory database, for the study driver's tests.
enum SessionFixtures {
    static let start = Date(timeIntervalSince1970: 1_720_519_200)  // 2024-07-09T10:00:00Z

    static func textCard(
        _ id: String, fact: String, en: String, ar: String, answer: LocalizedText,
        accept: [String], reject: [String] = []
    ) -> DeckCard {
        DeckCard(
            id: id, fact: fact, kind: "ranking.rank-of", format: .text,
            prompt: LocalizedText(ar: ar, en: en), answer: answer, accept: accept,
            evidence: "وبحسب معهد ستوكهولم", tags: ["ranking"], reject: reject)
    }

    /// Four cards: two of one fact (siblings), one of another, one multiple choice.
    static func deck(id: String = "test-deck", extraCard: DeckCard? = nil) -> Deck {
        var cards = [
            textCard(
                "sipri.rank-of.kor", fact: "sipri", en: "What rank did South Korea hold?",
                ar: "ما مركز كوريا الجنوبية؟", answer: LocalizedText(ar: "العاشر", en: "10th"),
                accept: ["10", "10th", "tenth", "العاشر"]),
            textCard(
                "sipri.rank-of.aus", fact: "sipri", en: "What rank did Australia hold?",
                ar: "ما مركز أستراليا؟", answer: LocalizedText(ar: "السادس عشر", en: "16th"),
                accept: ["16", "16th", "sixteenth", "السادس عشر"]),
            textCard(
                "madrid.place", fact: "madrid", en: "Where was the 2022 NATO summit held?",
                ar: "أين عقدت قمة الناتو عام 2022؟", answer: LocalizedText(ar: "مدريد", en: "Madrid"),
                accept: ["Madrid", "مدريد"], reject: ["Vilnius", "فيلنيوس"]),
            DeckCard(
                id: "carpenter.title", fact: "carpenter", kind: "role.title", format: .choice,
                prompt: LocalizedText(ar: "ما منصب مايكل كاربنتر؟", en: "What role does Michael Carpenter hold?"),
                answer: LocalizedText(ar: "كبير مديري شؤون أوروبا", en: "Senior Director for Europe"),
                accept: ["Senior Director for Europe", "كبير مديري شؤون أوروبا"],
                choices: [
                    LocalizedText(ar: "وزير الدفاع", en: "Minister of Defence"),
                    LocalizedText(ar: "كبير مديري شؤون أوروبا", en: "Senior Director for Europe"),
                    LocalizedText(ar: "رئيس الوزراء", en: "Prime Minister"),
                ],
                tags: ["role"]),
        ]
        if let extraCard { cards.append(extraCard) }
        return Deck(
            deck: DeckInfo(id: id, title: LocalizedText(ar: "اختبار", en: "Test"), languages: ["ar", "en"]),
            cards: cards)
    }

    /// A database with the test deck installed.
    static func database(deck: Deck = deck()) throws -> StudyDatabase {
        let database = try StudyDatabase.inMemory()
        _ = try database.installDeck(deck, source: .embedded(name: "test", contentHash: "0"), now: start)
        return database
    }

    /// Runs one session over `lines` and returns its summary and everything it printed.
    static func run(
        _ lines: [String], database: StudyDatabase, at now: Date = start,
        configure: (inout StudySession.Settings) -> Void = { _ in }
    ) throws
        -> (summary: StudySession.Summary, output: [String], reader: ScriptedLineReader)
    {
        var settings = StudySession.Settings()
        settings.languages = ["en"]
        configure(&settings)
        let reader = ScriptedLineReader(lines: lines)
        let sink = CapturingOutputSink()
        let driver = StudyDriver(
            database: database, schedulers: SchedulerSet(try Scheduler(enableFuzzing: false)), reader: reader,
            console: Console(sink: sink, settings: .plain), clock: Clock(fixed: now), settings: settings,
            random: SplitMix64(seed: 7))
        let summary = try driver.run()
        return (summary, sink.outLines, reader)
    }
}

extension StudyDatabase {
    /// Every answer logged, oldest first; only those of the card with `cardKey` when given.
    func reviews(cardKey: String?) throws -> [ReviewLogEntry] {
        var entries: [ReviewLogEntry] = []
        try forEachReview(deck: nil) { entry in
            if cardKey == nil || entry.cardKey == cardKey { entries.append(entry) }
        }
        return entries
    }

    /// The card of `deck` with the deck file's id `key`.
    func storedCard(deck: String, key: String) throws -> StoredCard? {
        try cardID(deck: deck, key: key).flatMap { try card(id: $0) }
    }
}
