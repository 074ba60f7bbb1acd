import FactDrillKit
import XCTest

@testable import FactDrillStore

final class AnkiPackageWriterTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func sampleDeck() -> Deck {
        let info = DeckInfo(
            id: "arms-trade", title: LocalizedText(ar: "تجارة السلاح", en: "Arms trade"),
            languages: ["ar", "en"])
        return Deck(
            deck: info,
            cards: [
                DeckCard(
                    id: "sipri.rank-of.kor", fact: "sipri", kind: "ranking.rank-of", format: .text,
                    prompt: LocalizedText(ar: "ما ترتيب كوريا الجنوبية؟", en: "What rank did South Korea hold?"),
                    answer: LocalizedText(ar: "العاشر", en: "10th"), accept: ["10"], tags: ["ranking", "sipri 2024"]),
                DeckCard(
                    id: "sipri.holder-of.1", fact: "sipri", kind: "ranking.holder-of", format: .choice,
                    prompt: LocalizedText(en: "Who was first? <R&D>"), answer: LocalizedText(en: "United States"),
                    accept: ["United States"],
                    choices: [LocalizedText(en: "France"), LocalizedText(ar: "الولايات المتحدة", en: "United States")]),
            ])
    }

    func writeAndRead(_ deck: Deck) throws -> AnkiPackageReader.Result {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("factdrill-\(UUID().uuidString).apkg")
        defer { try? FileManager.default.removeItem(at: url) }
        try AnkiPackageWriter.write(deck, to: url, now: now)
        return try AnkiPackageReader.read(url: url)
    }

    func testRoundTripThroughTheReader() throws {
        let result = try writeAndRead(sampleDeck())
        XCTAssertEqual(result.report.notes, 2)
        XCTAssertEqual(result.report.skipped, [:])
        XCTAssertEqual(result.decks[0].deck.title["ar"], "تجارة السلاح")
        let first = result.decks[0].cards[0]
        XCTAssertEqual(first.prompt.allStrings.first, "ما ترتيب كوريا الجنوبية؟\nWhat rank did South Korea hold?")
        XCTAssertEqual(first.answer.allStrings.first, "العاشر\n10th")
        XCTAssertEqual(first.tags, ["ranking", "sipri_2024"])
        let choice = result.decks[0].cards[1]
        XCTAssertEqual(
            choice.prompt.allStrings,
            ["Who was first? <R&D>\n\n1. France\n2. الولايات المتحدة / United States"])
        XCTAssertEqual(choice.answer.allStrings, ["United States"])
    }

    func testGuidsAreStableAcrossExports() throws {
        let first = try writeAndRead(sampleDeck()).decks[0].cards.map(\.id)
        var changed = sampleDeck()
        changed.cards.reverse()
        let second = try writeAndRead(changed).decks[0].cards.map(\.id)
        XCTAssertEqual(Set(first), Set(second))
        XCTAssertEqual(first.count, 2)
        XCTAssertNotEqual(AnkiPackageWriter.guid(deck: "a", card: "x"), AnkiPackageWriter.guid(deck: "b", card: "x"))
    }

    func testChecksumMatchesAnkisOwn() {
        // Values Anki stored in anki-legacy.apkg (notes.csum) for these first fields.
        XCTAssertEqual(AnkiPackageWriter.checksum("Capital of Jordan"), 811_826_073)
        XCTAssertEqual(AnkiPackageWriter.checksum("عاصمة الأردن"), 2_245_581_967)
    }

    func testFieldsEscapeHTML() {
        let card = sampleDeck().cards[1]
        let fields = AnkiPackageWriter.fields(of: card, languages: ["en"])
        XCTAssertTrue(
            fields.front.hasPrefix("Who was first? &lt;R&amp;D&gt;<br><br>1. France<br>2. United States / "),
            fields.front)
        XCTAssertEqual(AnkiPackageWriter.strippedField(fields.front).prefix(23), "Who was first? <R&D>1. ")
    }

    func testOverwritesAnExistingFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("factdrill-\(UUID().uuidString).apkg")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("old".utf8).write(to: url)
        try AnkiPackageWriter.write(sampleDeck(), to: url, now: now)
        XCTAssertEqual(try AnkiPackageReader.read(url: url).decks[0].cards.count, 2)
    }

    func testUnwritableTargetIsAClearError() {
        let url = URL(fileURLWithPath: "/nonexistent-folder/deck.apkg")
        XCTAssertThrowsError(try AnkiPackageWriter.write(sampleDeck(), to: url, now: now)) { error in
            guard case .cannotWrite(file: "deck.apkg", _) = error as? AnkiPackageError else {
                return XCTFail("got \(error)")
            }
        }
    }

    /// scripts/check-apkg-export sets FACTDRILL_EXPORT_APKG to get a package to import into Anki.
    func testExportForTheAnkiCheck() throws {
        let deck = sampleDeck()
        let target = ProcessInfo.processInfo.environment["FACTDRILL_EXPORT_APKG"]
        let url =
            target.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("factdrill-\(UUID().uuidString).apkg")
        defer { if target == nil { try? FileManager.default.removeItem(at: url) } }
        try AnkiPackageWriter.write(deck, to: url, now: now)
        let expected: [String: Any] = [
            "notes": deck.cards.count, "deck": "تجارة السلاح",
            "fronts": deck.cards.map { AnkiPackageWriter.fields(of: $0, languages: deck.deck.languages).front },
        ]
        try JSONSerialization.data(withJSONObject: expected).write(to: url.appendingPathExtension("json"))
        defer { if target == nil { try? FileManager.default.removeItem(at: url.appendingPathExtension("json")) } }
        XCTAssertEqual(try AnkiPackageReader.read(url: url).report.notes, deck.cards.count)
    }
}
