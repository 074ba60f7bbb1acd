import FSRS
import FactDrillKit
import Foundation
import GRDB
import XCTest

@testable import FactDrillStore

final class InstallDeckTests: XCTestCase {
    func testFirstInstallAddsEveryCardAsNewDueNow() throws {
        let db = try StudyDatabase.inMemory()
        let report = try db.installDeck(
            Fixture.deck("d", keys: ["a", "b", "c"]), source: Fixture.source(), now: Fixture.day0)
        XCTAssertEqual(report, InstallReport(added: 3, updated: 0, unchanged: 0, retired: 0))
        let cards = try db.cards(deck: "d")
        XCTAssertEqual(cards.map(\.card.id), ["a", "b", "c"])
        XCTAssertEqual(cards.map(\.card), ["a", "b", "c"].map { Fixture.card($0) }, "content round-trips")
        for card in cards {
            XCTAssertEqual(card.schedule, ScheduleState.newCard(due: Fixture.day0))
            XCTAssertFalse(card.suspended)
            XCTAssertNil(card.buriedUntil)
            XCTAssertEqual(card.factID, "f1")
        }
    }

    func testCardWithChoicesAndRejectRoundTrips() throws {
        let db = try StudyDatabase.inMemory()
        let card = DeckCard(
            id: "c", fact: "f", kind: "set.odd-one-out", format: .choice,
            prompt: LocalizedText(ar: "أي؟", en: "Which?"), answer: LocalizedText(ar: "ب", en: "B"),
            accept: ["B"], choices: [LocalizedText(ar: "أ", en: "A"), LocalizedText(ar: "ب", en: "B")],
            evidence: nil, tags: [], reject: ["A"])
        try db.installDeck(
            Fixture.deck("d", [card]), source: .embedded(name: "seed", contentHash: "h"), now: Fixture.day0)
        XCTAssertEqual(try db.stored("d", "c").card, card)
    }

    func testReinstallKeepsProgressUpdatesAddsAndRetires() throws {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(Fixture.deck("d", keys: ["a", "b", "c"]), source: Fixture.source(), now: Fixture.day0)
        let progress = Fixture.review(due: Fixture.at(days: 5), intervalDays: 5, reps: 2)
        try db.setSchedule("d", "a", progress)
        try db.setSchedule("d", "c", progress)
        let idA = try db.stored("d", "a").id
        let logBefore = try db.reviews(card: try db.stored("d", "c").id)

        // Edit a's text, keep b as it is, drop c, add d.
        let edited = Fixture.deck(
            "d", [Fixture.card("a", prompt: "Edited question?"), Fixture.card("b"), Fixture.card("d")])
        let report = try db.installDeck(edited, source: Fixture.source("v2.deck.json"), now: Fixture.at(days: 1))
        XCTAssertEqual(report, InstallReport(added: 1, updated: 1, unchanged: 1, retired: 1))

        let a = try db.stored("d", "a")
        XCTAssertEqual(a.id, idA, "same row")
        XCTAssertEqual(a.card.prompt["en"], "Edited question?")
        XCTAssertEqual(a.schedule, progress, "progress kept")
        XCTAssertEqual(try db.stored("d", "d").schedule, ScheduleState.newCard(due: Fixture.at(days: 1)))
        let c = try db.stored("d", "c")
        XCTAssertTrue(c.retired)
        XCTAssertEqual(try db.reviews(card: c.id), logBefore, "history of a retired card kept")
        XCTAssertEqual(try db.cards(deck: "d").map(\.card.id), ["a", "b", "d"])
        let summary = try XCTUnwrap(try db.deck(id: "d", now: Fixture.at(days: 1)))
        XCTAssertEqual(summary.total, 3)
        XCTAssertEqual(summary.retired, 1)
        XCTAssertEqual(summary.source, Fixture.source("v2.deck.json"))
        XCTAssertEqual(summary.installedAt, Fixture.day0)
        XCTAssertEqual(summary.updatedAt, Fixture.at(days: 1))

        // c comes back: same row and progress, counted as updated; an identical import changes nothing.
        let back = Fixture.deck("d", keys: ["a", "b", "c", "d"].map { $0 })
        var full = back
        full.cards[0] = Fixture.card("a", prompt: "Edited question?")
        XCTAssertEqual(
            try db.installDeck(full, source: Fixture.source(), now: Fixture.at(days: 2)),
            InstallReport(added: 0, updated: 1, unchanged: 3, retired: 0))
        XCTAssertEqual(try db.stored("d", "c").schedule, progress)
        XCTAssertFalse(try db.stored("d", "c").retired)
        XCTAssertEqual(
            try db.installDeck(full, source: Fixture.source(), now: Fixture.at(days: 3)),
            InstallReport(added: 0, updated: 0, unchanged: 4, retired: 0))
    }

    func testSameCardKeyInTwoDecksIsTwoCards() throws {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(Fixture.deck("d1", keys: ["a"]), source: Fixture.source(), now: Fixture.day0)
        try db.installDeck(Fixture.deck("d2", keys: ["a"]), source: Fixture.source(), now: Fixture.day0)
        XCTAssertNotEqual(try db.stored("d1", "a").id, try db.stored("d2", "a").id)
        XCTAssertEqual(try db.decks(now: Fixture.day0).map(\.id), ["d1", "d2"])
    }

    func testFailingInstallLeavesTheDatabaseUnchanged() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("t.sqlite")
        let db = try StudyDatabase(path: path)
        try db.installDeck(Fixture.deck("d", keys: ["a", "b"]), source: Fixture.source(), now: Fixture.day0)
        let snapshot = try dump(db)

        // Re-import of d that edits a, adds c, then hits a duplicate id late: all or nothing.
        let bad = Fixture.deck(
            "d", [Fixture.card("a", prompt: "Changed?"), Fixture.card("c"), Fixture.card("x"), Fixture.card("c")])
        XCTAssertThrowsError(try db.installDeck(bad, source: Fixture.source("bad"), now: Fixture.at(days: 1))) {
            error in
            XCTAssertEqual(error as? StoreError, .duplicateCardID(deck: "d", cardID: "c", index: 3))
            XCTAssertTrue((error as? StoreError)?.errorDescription?.contains("card 4 has the id c") ?? false)
        }
        // A new deck failing leaves no deck row either.
        XCTAssertThrowsError(
            try db.installDeck(Fixture.deck("e", keys: ["a", "a"]), source: Fixture.source(), now: Fixture.day0))
        XCTAssertThrowsError(
            try db.installDeck(Fixture.deck("", keys: ["a"]), source: Fixture.source(), now: Fixture.day0))
        XCTAssertEqual(try dump(db), snapshot)
    }

    /// A content hash given late is stored before the commit; one that cannot be worked out
    /// rolls the install back.
    func testAContentHashGivenLateIsStoredOrRollsBack() throws {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(
            Fixture.deck("d", keys: ["a"]), source: Fixture.source(), now: Fixture.day0, model: nil,
            contentHash: { "late-hash" })
        XCTAssertEqual(try db.decks(now: Fixture.day0).first?.source.contentHash, "late-hash")
        struct Unreadable: Error {}
        XCTAssertThrowsError(
            try db.installDeck(
                Fixture.deck("d", keys: ["a", "b"]), source: Fixture.source(),
                now: Fixture.at(days: 1), model: nil, contentHash: { throw Unreadable() }))
        XCTAssertEqual(try db.cards(deck: "d").map(\.card.id), ["a"], "nothing of the failed install stays")
        XCTAssertEqual(try db.decks(now: Fixture.day0).first?.source.contentHash, "late-hash")
    }

    func testDeckSummaryCountsStates() throws {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(
            Fixture.deck("d", keys: ["n1", "n2", "l", "r", "s", "b"]), source: Fixture.source(), now: Fixture.day0)
        try db.setSchedule(
            "d", "l",
            ScheduleState(
                state: .learning, step: 0, stability: 1, difficulty: 5, due: Fixture.at(hours: 1),
                lastReview: Fixture.day0, reps: 1))
        try db.setSchedule("d", "r", Fixture.review(due: Fixture.at(hours: 3), intervalDays: 3))
        try db.setSchedule("d", "b", Fixture.review(due: Fixture.at(hours: 1), intervalDays: 3))
        try db.bury(cardID: try db.stored("d", "b").id, until: Fixture.at(days: 1))
        try db.suspend(cardID: try db.stored("d", "s").id)
        let summary = try XCTUnwrap(try db.decks(now: Fixture.at(hours: 2)).first)
        XCTAssertEqual(
            [summary.total, summary.new, summary.learning, summary.review, summary.suspended, summary.dueNow],
            [6, 2, 1, 2, 1, 1])
        XCTAssertEqual(summary.title["en"], "Title d")
        XCTAssertEqual(summary.languages, ["ar", "en"])
        XCTAssertEqual(try JSONDecoder().decode(DeckSummary.self, from: JSONEncoder().encode(summary)), summary)
    }

    /// Every row of every table, as text.
    private func dump(_ db: StudyDatabase) throws -> [String] {
        try db.writer.read { db in
            var lines: [String] = []
            for table in ["decks", "cards", "card_schedule", "review_log", "sessions"] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") {
                    lines.append("\(table) \(row)")
                }
            }
            return lines
        }
    }
}
