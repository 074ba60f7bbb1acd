import FSRS
import FactDrillKit
import XCTest

@testable import FactDrillStore

/// Writing an Anki package's progress: only cards whose Anki state is newer than the one
/// imported before change; their Anki history is replaced, factdrill's own answers stay.
final class AnkiProgressInstallTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_770_000_000)

    func deck() -> Deck {
        let cards = ["a", "b"].map { key in
            DeckCard(
                id: key, fact: key, kind: "note.basic", format: .text, prompt: LocalizedText(["en": "Q \(key)"]),
                answer: LocalizedText(["en": "A \(key)"]), accept: ["A \(key)"])
        }
        return Deck(deck: DeckInfo(id: "anki", title: LocalizedText(["en": "Anki"]), languages: ["en"]), cards: cards)
    }

    func progress(_ key: String, modified: Int64, stability: Double, reviews: Int) -> ImportedProgress {
        let card = AnkiCardProgress(
            deckID: "anki", cardKey: key, ankiID: key == "a" ? 1 : 2, guid: "g\(key)", ord: 0, modified: modified,
            type: 2, queue: 2, due: 10, interval: 5, factor: 2500, reps: reviews, lapses: 0, left: 0, data: "",
            reviews: [])
        let state = ScheduleState(
            state: .review, stability: stability, difficulty: 5, due: now.addingTimeInterval(86_400), lastReview: now,
            reps: reviews)
        let log = (0..<reviews).map { index in
            ImportedProgress.Review(
                reviewedAt: now.addingTimeInterval(Double(index - reviews) * 86_400), rating: .good, durationMs: 1000,
                scheduledDays: 1, before: state, after: state)
        }
        return ImportedProgress(card: card, schedule: state, suspended: false, buriedUntil: nil, reviews: log)
    }

    func install(_ database: StudyDatabase, _ items: [ImportedProgress]) throws -> AnkiProgressReport {
        try database.installAnkiPackage(
            [deck()], progress: items, notes: [], source: .file(path: "/x.apkg", contentHash: "h"), now: now
        ).anki
    }

    func testOnlyNewerAnkiStatesAreWritten() throws {
        let database = try StudyDatabase.inMemory()
        let first = try install(
            database,
            [
                progress("a", modified: 100, stability: 3, reviews: 2),
                progress("b", modified: 100, stability: 4, reviews: 1),
            ])
        XCTAssertEqual(first.applied, 2)
        XCTAssertEqual(first.reviews, 3)
        let cards = Dictionary(uniqueKeysWithValues: try database.cards(deck: "anki").map { ($0.card.id, $0) })
        // The analyst answers card b in factdrill.
        let b = try XCTUnwrap(cards["b"])
        try database.recordReview(
            NewReview(
                cardID: b.id, reviewedAt: now, rating: .good, verdict: .correct, response: "A b", durationMs: 900,
                before: b.schedule, after: b.schedule, scheduledDays: 3))
        // A newer package: card a changed in Anki, card b did not.
        let second = try install(
            database,
            [
                progress("a", modified: 200, stability: 9, reviews: 3),
                progress("b", modified: 100, stability: 8, reviews: 5),
            ])
        XCTAssertEqual(second.applied, 1)
        XCTAssertEqual(second.unchanged, 1)
        let after = Dictionary(uniqueKeysWithValues: try database.cards(deck: "anki").map { ($0.card.id, $0) })
        XCTAssertEqual(after["a"]?.schedule.stability, 9)
        XCTAssertEqual(try database.reviews(card: after["a"]!.id).count, 3, "Anki's history replaced, not added to")
        XCTAssertEqual(after["b"]?.schedule.stability, 4, "unchanged in Anki: factdrill's state kept")
        XCTAssertEqual(try database.reviews(card: b.id).map(\.kind), [.imported, .review])
    }
}
