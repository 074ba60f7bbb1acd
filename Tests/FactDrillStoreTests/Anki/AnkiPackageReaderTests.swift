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

    /// The one deck of a package that has one.
    func only(_ name: String) throws -> Deck {
        let result = try read(name)
        XCTAssertEqual(result.decks.count, 1, "\(name): \(result.decks.map(\.deck.id))")
        return try XCTUnwrap(result.decks.first)
    }

    func testGenankiBasicStripsHTMLAndKeepsTagsAndArabic() throws {
        let result = try read("genanki-basic")
        let deck = try only("genanki-basic")
        XCTAssertEqual(deck.deck.id, "geography")
        XCTAssertEqual(deck.deck.title["en"], "Geography")
        XCTAssertEqual(deck.cards.count, 4)
        XCTAssertEqual(result.report.notes, 4)

        let paris = try XCTUnwrap(card(deck, prompt: "Capital of France"))
        XCTAssertEqual(paris.answer.allStrings.first, "Paris")
        XCTAssertEqual(paris.accept, ["Paris"])
        XCTAssertEqual(paris.tags, ["geo", "europe"])
        XCTAssertEqual(paris.kind, "note.basic")
        XCTAssertTrue(paris.id.hasPrefix("note-") && paris.id.hasSuffix(".0"), paris.id)

        // A <br> is a line break, as Anki shows it.
        let ocean = try XCTUnwrap(card(deck, prompt: "Largest ocean on Earth\n(by area)"))
        XCTAssertEqual(ocean.answer.allStrings.first, "the Pacific & nothing else")

        let cairo = try XCTUnwrap(card(deck, prompt: "عاصمة مصر"))
        XCTAssertEqual(cairo.answer.allStrings.first, "القاهرة")
        XCTAssertEqual(Set(cairo.tags), ["عربي", "geo"])

        let sound = try XCTUnwrap(card(deck, prompt: "Who exported the most arms in 2019-2023? [sound: q.mp3]"))
        XCTAssertEqual(sound.answer.allStrings.first, "United States\n(SIPRI)")
        XCTAssertEqual(sound.accept.first, "United States (SIPRI)")
        XCTAssertEqual(deck.deck.languages, ["mul"], "Arabic and English notes: no language common to every card")
    }

    func testReversedNotesGiveTwoCards() throws {
        let deck = try only("genanki-reversed")
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
        let deck = try only("genanki-optional-reversed")
        XCTAssertEqual(
            deck.cards.map { $0.prompt.allStrings.first ?? "" }.sorted(), ["1949", "EU founded", "NATO founded"])
    }

    func testSubdecksAreDecksClozeAndCustomTypesAreCards() throws {
        let result = try read("genanki-two-decks")
        XCTAssertEqual(result.decks.map(\.deck.id), ["arms-trade::exporters", "arms-trade::importers"])
        XCTAssertEqual(
            result.decks.map { $0.deck.title.allStrings.first }, ["Arms Trade::Exporters", "Arms Trade::Importers"])
        XCTAssertEqual(result.report.ankiDecks, ["Arms Trade::Exporters", "Arms Trade::Importers"])
        XCTAssertEqual(result.report.notes, 5)
        XCTAssertEqual(result.report.skipped, [:])
        XCTAssertEqual(result.report.clozeCards, 1)
        let cards = result.decks.flatMap(\.cards)
        XCTAssertEqual(cards.count, 5)
        XCTAssertEqual(
            cards.first { $0.prompt.allStrings.contains("Second exporter 2019-2023") }?.answer.allStrings.first,
            "France")
        // The custom note type's template: the word, then its meaning and example.
        let vocab = try XCTUnwrap(cards.first { $0.prompt.allStrings.contains("سلاح") })
        XCTAssertEqual(vocab.kind, "note.template")
        XCTAssertTrue(vocab.accept.contains("weapon"), "\(vocab.accept)")
        let cloze = try XCTUnwrap(cards.first { $0.kind == "note.cloze" })
        XCTAssertTrue(cloze.prompt.allStrings.first?.contains("[...]") == true, "\(cloze.prompt)")
        XCTAssertTrue(result.report.summary.contains("1 cloze"), result.report.summary)
    }

    func testAnkiLegacyExportPrefersAnki21OverTheStub() throws {
        let result = try read("anki-legacy")
        let deck = try only("anki-legacy")
        XCTAssertEqual(deck.deck.title["en"], "Middle East")
        XCTAssertEqual(result.report.notes, 5)
        // Basic x2, reversed x2, optional reversed with an empty third field x1, type-in x1.
        XCTAssertEqual(deck.cards.count, 6)
        XCTAssertEqual(card(deck, prompt: "عاصمة الأردن")?.answer.allStrings.first, "عمّان")
        XCTAssertEqual(card(deck, prompt: "عاصمة الأردن")?.tags, ["عواصم"])
        XCTAssertEqual(card(deck, prompt: "السعودية")?.answer.allStrings.first, "Saudi Arabia")
        XCTAssertEqual(card(deck, prompt: "Capital of Lebanon")?.answer.allStrings.first, "Beirut")
        XCTAssertFalse(deck.cards.contains { $0.prompt.allStrings.contains { $0.contains("Please update") } })
    }

    func testIdsAreStableAcrossReads() throws {
        XCTAssertEqual(try only("anki-legacy").cards.map(\.id), try only("anki-legacy").cards.map(\.id))
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
