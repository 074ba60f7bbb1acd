import FSRS
import FactDrillKit
import Foundation
import XCTest

@testable import FactDrillStore

/// Fixed dates, deck builders and temporary directories for the store tests.
enum Fixture {
    /// 2026-01-10 00:00:00 UTC: the start of "today" in most tests.
    static let day0 = Date(timeIntervalSince1970: 1_768_003_200)
    static let hour = 3600.0
    static let day = 86_400.0

    /// A date `days` days and `hours` hours after `day0`.
    static func at(days: Double = 0, hours: Double = 0) -> Date {
        day0.addingTimeInterval(days * day + hours * hour)
    }

    static func card(
        _ key: String, fact: String = "f1", kind: String = "ranking.rank-of",
        prompt: String? = nil
    ) -> DeckCard {
        DeckCard(
            id: key, fact: fact, kind: kind, format: .text,
            prompt: LocalizedText(ar: "سؤال \(key)", en: prompt ?? "Question \(key)?"),
            answer: LocalizedText(ar: "جواب", en: "Answer"), accept: ["answer", "جواب"],
            evidence: "Evidence for \(key).", tags: ["t"])
    }

    static func deck(_ id: String, _ cards: [DeckCard]) -> Deck {
        Deck(
            deck: DeckInfo(id: id, title: LocalizedText(ar: "عنوان", en: "Title \(id)"), languages: ["ar", "en"]),
            cards: cards)
    }

    static func deck(_ id: String, keys: [String]) -> Deck {
        deck(id, keys.map { card($0) })
    }

    static func source(_ name: String = "test.deck.json") -> DeckSource {
        .file(path: "/decks/\(name)", contentHash: "hash-\(name)")
    }

    /// A schedule in review state with a given interval, due at `due`.
    static func review(due: Date, intervalDays: Double, stability: Double = 10, reps: Int = 3, lapses: Int = 0)
        -> ScheduleState
    {
        ScheduleState(
            state: .review, stability: stability, difficulty: 5, due: due,
            lastReview: due.addingTimeInterval(-intervalDays * day), reps: reps, lapses: lapses)
    }

    /// A review moving `card` from its current schedule to `after`.
    static func answer(
        _ card: StoredCard, at date: Date, rating: Rating = .good, after: ScheduleState,
        kind: ReviewKind = .review, session: Int64? = nil, verdict: Verdict = .correct,
        durationMs: Int = 4000
    ) -> NewReview {
        NewReview(
            cardID: card.id, sessionID: session, reviewedAt: date, rating: rating, verdict: verdict,
            response: "answer", durationMs: durationMs, before: card.schedule, after: after,
            scheduledDays: after.due.timeIntervalSince(date) / day, kind: kind)
    }
}

/// A temporary directory removed at the end of the test.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("factdrill-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

extension StudyDatabase {
    /// The stored card with key `key` in `deck` (fails the test when missing).
    func stored(_ deck: String, _ key: String, file: StaticString = #filePath, line: UInt = #line) throws -> StoredCard
    {
        let id = try XCTUnwrap(try cardID(deck: deck, key: key), "no card \(key)", file: file, line: line)
        return try XCTUnwrap(try card(id: id), file: file, line: line)
    }

    /// Sets a card's schedule directly, as a review from `before` to `schedule` at the schedule's last review.
    func setSchedule(_ deck: String, _ key: String, _ schedule: ScheduleState) throws {
        let card = try stored(deck, key)
        try recordReview(Fixture.answer(card, at: schedule.lastReview ?? Fixture.at(days: -30), after: schedule))
    }
}
