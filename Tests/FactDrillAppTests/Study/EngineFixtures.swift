import FSRS
import FactDrillKit
import FactDrillStore
import Foundation

@testable import FactDrillApp

/// A small bilingual deck over an in-memory database, and sessions on it with no reader and no
/// console: the engine driven by plain calls.
enum EngineFixtures {
    static let start = Date(timeIntervalSince1970: 1_720_519_200)  // 2024-07-09T10:00:00Z

    static func textCard(
        _ id: String, fact: String, en: String, answer: LocalizedText, accept: [String],
        reject: [String] = []
    ) -> DeckCard {
        DeckCard(
            id: id, fact: fact, kind: "ranking.rank-of", format: .text,
            prompt: LocalizedText(ar: "؟", en: en), answer: answer, accept: accept,
            evidence: nil, tags: ["ranking"], reject: reject)
    }

    /// Four cards: two of one fact (siblings), one of another, one multiple choice.
    static func deck() -> Deck {
        let cards = [
            textCard(
                "sipri.kor", fact: "sipri", en: "What rank did South Korea hold?",
                answer: LocalizedText(ar: "العاشر", en: "10th"), accept: ["10", "10th", "tenth", "العاشر"]),
            textCard(
                "sipri.aus", fact: "sipri", en: "What rank did Australia hold?",
                answer: LocalizedText(ar: "السادس عشر", en: "16th"), accept: ["16", "16th", "sixteenth"]),
            textCard(
                "madrid.place", fact: "madrid", en: "Where was the 2022 NATO summit held?",
                answer: LocalizedText(ar: "مدريد", en: "Madrid"), accept: ["Madrid", "مدريد"]),
            DeckCard(
                id: "carpenter.title", fact: "carpenter", kind: "role.title", format: .choice,
                prompt: LocalizedText(en: "What role does Michael Carpenter hold?"),
                answer: LocalizedText(en: "Senior Director for Europe"),
                accept: ["Senior Director for Europe"],
                choices: [
                    LocalizedText(en: "Minister of Defence"),
                    LocalizedText(en: "Senior Director for Europe"), LocalizedText(en: "Prime Minister"),
                ],
                tags: ["role"]),
        ]
        return Deck(
            deck: DeckInfo(id: "test-deck", title: LocalizedText(en: "Test"), languages: ["en"]),
            cards: cards)
    }

    /// A database with `deck` installed.
    static func database(deck: Deck = deck()) throws -> StudyDatabase {
        let database = try StudyDatabase.inMemory()
        _ = try database.installDeck(deck, source: .embedded(name: "test", contentHash: "0"), now: start)
        return database
    }

    /// A session over `database` in English, fuzz off, seeded; `configure` changes its settings.
    static func session(
        _ database: StudyDatabase,
        configure: (inout StudySession.Settings) -> Void = { _ in }
    ) throws -> StudySession {
        var settings = StudySession.Settings()
        settings.languages = ["en"]
        configure(&settings)
        return StudySession(
            database: database, scheduler: try Scheduler(enableFuzzing: false), settings: settings,
            random: SplitMix64(seed: 7))
    }

    /// The answer log, oldest first.
    static func log(_ database: StudyDatabase) throws -> [ReviewLogEntry] {
        var entries: [ReviewLogEntry] = []
        try database.forEachReview(deck: nil) { entries.append($0) }
        return entries
    }
}
