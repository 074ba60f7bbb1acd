import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillApp

/// Anki subdecks are decks of their own: importing one never changes another deck, and a deck
/// is studied with its subdecks.
final class AnkiSubdeckTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("anki-subdecks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A package of one Anki deck named `path` (written by factdrill's own Anki writer).
    private func package(_ path: String, words: [(String, String)]) throws -> String {
        let cards = words.map { front, back in
            DeckCard(
                id: front, fact: front, kind: "note.basic", format: .text, prompt: LocalizedText(["en": front]),
                answer: LocalizedText(["en": back]), accept: [back])
        }
        let deck = Deck(deck: DeckInfo(id: "x", title: LocalizedText(["en": path]), languages: ["en"]), cards: cards)
        let url = folder.appendingPathComponent("\(ImportedDeck.slug(path)).apkg")
        try AnkiPackageWriter.write(deck, to: url, now: EngineFixtures.start)
        return url.path
    }

    func testImportingOneSubdeckNeverChangesAnother() throws {
        let database = try StudyDatabase.inMemory()
        let importer = DeckImporter(database: database, clock: Clock(fixed: EngineFixtures.start))
        let arabic = try importer.importFile(
            try package("Languages::Arabic", words: [("book", "كتاب"), ("pen", "قلم")]))
        XCTAssertEqual(arabic.decks.map(\.id), ["languages::arabic"])
        let arabicCards = try database.cards(deck: "languages::arabic")
        let french = try importer.importFile(try package("Languages::French", words: [("book", "livre")]))
        XCTAssertEqual(french.decks.map(\.id), ["languages::french"])
        XCTAssertEqual(french.report.retired, 0)
        // The Arabic deck is as it was: same cards, none retired.
        XCTAssertEqual(try database.cards(deck: "languages::arabic"), arabicCards)
        XCTAssertEqual(try database.cards(deck: "languages::french").count, 1)
        // Both are studied under their parent.
        let now = EngineFixtures.start
        let limits = DailyLimits(newCards: 100, reviews: 100)
        XCTAssertEqual(try database.studyQueue(deck: "languages", now: now, dayStart: now, limits: limits).new.count, 3)
        XCTAssertEqual(
            try database.studyQueue(deck: "languages::french", now: now, dayStart: now, limits: limits).new.count, 1)
    }
}
