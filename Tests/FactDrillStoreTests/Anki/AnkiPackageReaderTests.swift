import FactDrillKit
import XCTest

@testable import FactDrillStore

final class AnkiPackageReaderTests: XCTestCase {
    func fixture(_ name: String) throws -> URL {
        try XCTUnwrap(
            Bundle.module.url(forResource: name, withExtension: "apkg", subdirectory: "Fixtures"),
            "missing fixture \(name).apkg; run scripts/make-anki-fixtures")
    }

    func read(_ name: String) throws -> AnkiPackageReader.Result {
        try AnkiPackageReader.read(url: fixture(name))
    }

    func card(_ deck: Deck, prompt: String) -> DeckCard? {
        deck.cards.first { $0.prompt.allStrings.contains(prompt) }
    }

    func testGenankiBasicStripsHTMLAndKeepsTagsAndArabic() throws {
        let result = try read("genanki-basic")
        XCTAssertEqual(result.deck.deck.id, "geography")
        XCTAssertEqual(result.deck.deck.title["en"], "Geography")
        XCTAssertEqual(result.deck.cards.count, 4)
        XCTAssertEqual(result.report.notes, 4)

        let paris = try XCTUnwrap(card(result.deck, prompt: "Capital of France"))
        XCTAssertEqual(paris.answer.allStrings.first, "Paris")
        XCTAssertEqual(paris.accept, ["Paris"])
        XCTAssertEqual(paris.tags, ["geo", "europe"])
        XCTAssertEqual(paris.kind, "note.basic")
        XCTAssertTrue(paris.id.hasPrefix("note-") && paris.id.hasSuffix(".0"), paris.id)

        let ocean = try XCTUnwrap(card(result.deck, prompt: "Largest ocean on Earth (by area)"))
        XCTAssertEqual(ocean.answer.allStrings.first, "the Pacific & nothing else")

        let cairo = try XCTUnwrap(card(result.deck, prompt: "عاصمة مصر"))
        XCTAssertEqual(cairo.answer.allStrings.first, "القاهرة")
        XCTAssertEqual(Set(cairo.tags), ["عربي", "geo"])

        let sound = try XCTUnwrap(card(result.deck, prompt: "Who exported the most arms in 2019-2023?"))
        XCTAssertEqual(sound.answer.allStrings.first, "United States (SIPRI)")
        XCTAssertEqual(
            result.deck.deck.languages, ["mul"], "Arabic and English notes: no language common to every card")
    }

    func testReversedNotesGiveTwoCards() throws {
        let deck = try read("genanki-reversed").deck
        XCTAssertEqual(deck.cards.count, 4)
        let forward = try XCTUnwrap(card(deck, prompt: "book"))
        let backward = try XCTUnwrap(card(deck, prompt: "كتاب"))
        XCTAssertEqual(forward.answer.allStrings.first, "كتاب")
        XCTAssertEqual(backward.answer.allStrings.first, "book")
        XCTAssertEqual(backward.kind, "note.reversed")
        XCTAssertEqual(forward.fact, backward.fact)
        XCTAssertEqual(backward.id, forward.id.replacingOccurrences(of: ".0", with: ".1"))
    }

    func testOptionalReverseOnlyWhenThirdFieldIsFilled() throws {
        let deck = try read("genanki-optional-reversed").deck
        XCTAssertEqual(
            deck.cards.map { $0.prompt.allStrings.first ?? "" }.sorted(), ["1949", "EU founded", "NATO founded"])
    }

    func testTwoDecksClozeAndOtherTypes() throws {
        let result = try read("genanki-two-decks")
        XCTAssertEqual(result.deck.deck.title["en"], "Arms Trade")
        XCTAssertEqual(result.deck.deck.id, "arms-trade")
        XCTAssertEqual(result.report.ankiDecks, ["Arms Trade::Exporters", "Arms Trade::Importers"])
        XCTAssertEqual(result.report.notes, 5)
        XCTAssertEqual(result.report.skipped, [.cloze: 1])
        XCTAssertEqual(result.report.otherNotetypes, ["Vocabulary (Arabic)": 1])
        XCTAssertEqual(result.deck.cards.count, 4)
        XCTAssertEqual(card(result.deck, prompt: "Second exporter 2019-2023")?.answer.allStrings.first, "France")
        XCTAssertEqual(card(result.deck, prompt: "سلاح")?.answer.allStrings.first, "weapon")
        XCTAssertTrue(result.report.summary.contains("skipped 1 cloze"), result.report.summary)
    }

    func testAnkiLegacyExportPrefersAnki21OverTheStub() throws {
        let result = try read("anki-legacy")
        XCTAssertEqual(result.deck.deck.title["en"], "Middle East")
        XCTAssertEqual(result.report.notes, 5)
        // Basic x2, reversed x2, optional reversed with an empty third field x1, type-in x1.
        XCTAssertEqual(result.deck.cards.count, 6)
        XCTAssertEqual(card(result.deck, prompt: "عاصمة الأردن")?.answer.allStrings.first, "عمّان")
        XCTAssertEqual(card(result.deck, prompt: "عاصمة الأردن")?.tags, ["عواصم"])
        XCTAssertEqual(card(result.deck, prompt: "السعودية")?.answer.allStrings.first, "Saudi Arabia")
        XCTAssertEqual(card(result.deck, prompt: "Capital of Lebanon")?.answer.allStrings.first, "Beirut")
        XCTAssertFalse(result.deck.cards.contains { $0.prompt.allStrings.contains { $0.contains("Please update") } })
    }

    func testIdsAreStableAcrossReads() throws {
        XCTAssertEqual(try read("anki-legacy").deck.cards.map(\.id), try read("anki-legacy").deck.cards.map(\.id))
    }

    func testTemporaryFilesAreRemoved() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("factdrill-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        _ = try AnkiPackageReader(temporaryDirectory: temp).read(url: fixture("genanki-basic"))
        XCTAssertThrowsError(try AnkiPackageReader(temporaryDirectory: temp).read(url: fixture("bad-not-sqlite")))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temp.path), [])
    }
}
