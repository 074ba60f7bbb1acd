import XCTest

@testable import FactDrillKit

final class AnkiTextReaderFixtureTests: XCTestCase {
    func read(_ name: String) throws -> AnkiTextReader.Result {
        let url = try XCTUnwrap(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
            "missing fixture \(name); run scripts/make-anki-fixtures")
        return try AnkiTextReader.parse(Data(contentsOf: url), file: name)
    }

    func card(_ deck: Deck, prompt: String) -> DeckCard? {
        deck.cards.first { $0.prompt.allStrings.contains(prompt) }
    }

    func testAnkisOwnExportWithEveryColumn() throws {
        let result = try read("anki-notes-full.txt")
        let deck = result.deck
        XCTAssertEqual(result.rows, 5)
        XCTAssertEqual(deck.deck.title["en"], "Middle East")
        XCTAssertEqual(deck.deck.id, "middle-east")
        // Basic x2, reversed x2, optional reversed (empty third field) x1, type-in x1.
        XCTAssertEqual(deck.cards.count, 6)
        XCTAssertEqual(card(deck, prompt: "Capital of Jordan")?.answer.allStrings.first, "Amman")
        XCTAssertEqual(card(deck, prompt: "Capital of Jordan")?.tags, ["capitals"])
        XCTAssertEqual(card(deck, prompt: "عاصمة الأردن")?.answer.allStrings.first, "عمّان")
        XCTAssertEqual(card(deck, prompt: "عاصمة الأردن")?.tags, ["عواصم"])
        XCTAssertEqual(card(deck, prompt: "السعودية")?.answer.allStrings.first, "Saudi Arabia")
        XCTAssertEqual(card(deck, prompt: "السعودية")?.kind, "note.reversed")
        XCTAssertEqual(card(deck, prompt: "Capital of Lebanon")?.answer.allStrings.first, "Beirut")
        XCTAssertNil(card(deck, prompt: "العراق"), "the optional reverse needs a third field")
        XCTAssertEqual(deck.deck.languages, ["mul"], "Arabic and English notes: no language common to every card")
    }

    func testAnkisPlainExport() throws {
        let deck = try read("anki-notes-plain.txt").deck
        XCTAssertEqual(deck.deck.id, "anki-notes-plain")
        XCTAssertEqual(deck.cards.map { $0.accept }, [["Amman"], ["عمّان"]])
        XCTAssertEqual(deck.cards.map(\.tags), [["capitals"], ["عواصم"]])
    }

    func testHandWrittenEdgeCases() throws {
        let result = try read("edge-cases.csv")
        let deck = result.deck
        XCTAssertEqual(result.rows, 5)
        XCTAssertEqual(result.duplicatesUpdated, 1)
        XCTAssertEqual(deck.cards.count, 4)
        let france = try XCTUnwrap(card(deck, prompt: "Capital of France"))
        XCTAssertEqual(france.answer.allStrings.first, "Paris (updated)", "the last row with the same front wins")
        XCTAssertEqual(france.tags, ["geo"])
        XCTAssertEqual(deck.cards.first?.id, france.id, "an updated note keeps its place")
        XCTAssertEqual(
            card(deck, prompt: "He said \"hello\", then left")?.answer.allStrings.first, "a quote over two lines")
        XCTAssertEqual(card(deck, prompt: "عاصمة مصر")?.answer.allStrings.first, "القاهرة")
        XCTAssertEqual(card(deck, prompt: "Comma, inside")?.answer.allStrings.first, "yes, it is")
    }

    func testHeadersHTMLColumnsAndDeck() throws {
        let deck = try read("headers.txt").deck
        XCTAssertEqual(deck.deck.title["en"], "Arms Trade")
        XCTAssertEqual(deck.deck.id, "arms-trade")
        let korea = try XCTUnwrap(
            card(deck, prompt: "What rank did South Korea hold? (SIPRI)"), "\(deck.cards.map(\.prompt))")
        XCTAssertEqual(korea.answer.allStrings.first, "10th place")
        XCTAssertEqual(korea.tags, ["imported", "arabic", "ranking"])
        let top = try XCTUnwrap(card(deck, prompt: "<Top> exporter & AB"))
        XCTAssertEqual(top.answer.allStrings.first, "الولايات المتحدة")
        XCTAssertEqual(top.tags, ["imported", "arabic"])
    }

    func testSeparatorGuessing() throws {
        XCTAssertEqual(
            try read("guess-tab.tsv").deck.cards.first?.answer.allStrings.first, "back, with comma; and semicolon")
        XCTAssertEqual(try read("guess-semicolon.csv").deck.cards.first?.answer.allStrings.first, "back, with comma")
    }
}
