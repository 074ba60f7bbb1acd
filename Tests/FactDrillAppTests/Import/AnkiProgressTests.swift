import FSRS
import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillApp

/// An Anki package's progress comes across card by card as Anki had it (`manifest.json`, what
/// Anki 26 said of each card of the fixture deck), and a re-import changes nothing.
final class AnkiProgressTests: XCTestCase {
    struct Manifest: Decodable {
        struct Memory: Decodable {
            var stability: Double
            var difficulty: Double
        }
        struct Review: Decodable {
            var ease: Int
            var time: Int
            var id: Int64
        }
        struct Card: Decodable {
            var key: String
            var guid: String
            var ord: Int
            var deck: String
            var type: Int
            var queue: Int
            var due: Int64
            var reps: Int
            var lapses: Int
            var memoryState: Memory?
            var revlog: [Review]
        }
        var crt: Int64
        var cards: [Card]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../FactDrillStoreTests/Fixtures/AnkiDeck").standardized

    func manifest() throws -> Manifest {
        try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: Self.folder.appendingPathComponent("manifest.json")))
    }

    /// A fresh database with the package imported at `now`.
    func imported(_ package: String, now: Date) throws -> (StudyDatabase, DeckImporter.Result) {
        let database = try StudyDatabase.inMemory()
        let result = try DeckImporter(database: database, clock: Clock(fixed: now))
            .importFile(Self.folder.appendingPathComponent(package).path)
        return (database, result)
    }

    func testEveryCardKeepsItsAnkiStateAndReviews() throws {
        let manifest = try manifest()
        let now = Date(timeIntervalSince1970: Double(manifest.crt) + 31 * 86_400)
        for package in ["deck-modern.apkg", "deck-legacy.apkg", "deck.colpkg"] {
            let (database, _) = try imported(package, now: now)
            var cards: [String: StoredCard] = [:]
            for deck in ["analyst", "analyst::arabic"] {
                for card in try database.cards(deck: deck) { cards[card.card.id] = card }
            }
            XCTAssertEqual(cards.count, 20, package)
            for expected in manifest.cards {
                let name = "\(package) \(expected.key)"
                let stored = try XCTUnwrap(cards["note-\(expected.guid).\(expected.ord)"], name)
                let schedule = stored.schedule
                let state: CardState? = [1: .learning, 2: .review, 3: .relearning][expected.type]
                XCTAssertEqual(schedule.state, state, name)
                XCTAssertEqual(schedule.reps, expected.reps, name)
                XCTAssertEqual(schedule.lapses, expected.lapses, name)
                XCTAssertEqual(stored.suspended, expected.queue == -1, name)
                XCTAssertEqual(stored.buriedUntil != nil, expected.queue == -2 || expected.queue == -3, name)
                if let memory = expected.memoryState {
                    XCTAssertEqual(schedule.stability ?? 0, memory.stability, accuracy: 1e-3, name)
                    XCTAssertEqual(schedule.difficulty ?? 0, memory.difficulty, accuracy: 1e-3, name)
                } else {
                    XCTAssertNil(schedule.stability, name)
                }
                switch expected.queue {
                case 1:  // a learning step within the day: Anki's own time
                    XCTAssertEqual(schedule.due.timeIntervalSince1970, Double(expected.due), accuracy: 0.5, name)
                case 2,
                    -1 where expected.type == 2:  // a review: its day, counted from the collection's creation
                    XCTAssertEqual(
                        schedule.due.timeIntervalSince1970, Double(manifest.crt + expected.due * 86_400), accuracy: 0.5,
                        name)
                default: break
                }
                let reviews = try database.reviews(card: stored.id)
                XCTAssertEqual(reviews.count, expected.revlog.count, name)
                XCTAssertEqual(reviews.map(\.rating.rawValue), expected.revlog.map(\.ease), name)
                XCTAssertEqual(reviews.map(\.durationMs), expected.revlog.map(\.time), name)
                XCTAssertEqual(
                    reviews.map { ($0.reviewedAt.timeIntervalSince1970 * 1000).rounded() },
                    expected.revlog.map { Double($0.id) }, name)
                XCTAssertTrue(reviews.allSatisfy { $0.kind == .imported }, name)
            }
        }
    }

    func testReimportingTheSamePackageChangesNothing() throws {
        let manifest = try manifest()
        let now = Date(timeIntervalSince1970: Double(manifest.crt) + 31 * 86_400)
        let (database, first) = try imported("deck-modern.apkg", now: now)
        XCTAssertTrue(first.note?.contains("progress of 20 cards and 43 reviews") == true, first.note ?? "")
        let before = try database.cards(deck: "analyst") + database.cards(deck: "analyst::arabic")
        let logBefore = try before.flatMap { try database.reviews(card: $0.id) }
        let again = try DeckImporter(database: database, clock: Clock(fixed: now.addingTimeInterval(86_400)))
            .importFile(Self.folder.appendingPathComponent("deck-legacy.apkg").path)
        XCTAssertEqual(again.report.added + again.report.updated + again.report.retired, 0)
        XCTAssertTrue(again.note?.contains("20 cards unchanged in Anki") == true, again.note ?? "")
        let after = try database.cards(deck: "analyst") + database.cards(deck: "analyst::arabic")
        XCTAssertEqual(after, before)
        XCTAssertEqual(try after.flatMap { try database.reviews(card: $0.id) }, logBefore)
    }
}

/// `export apkg` writes progress back: read again, the package gives the same cards, decks,
/// notes (guids, note types) and, card by card, the same state and review log.
final class AnkiExportRoundTripTests: XCTestCase {
    func testAnExportReadsBackAsTheImportedPackage() throws {
        let now = Date(timeIntervalSince1970: 1_770_300_000)
        let package = AnkiProgressTests.folder.appendingPathComponent("deck-modern.apkg")
        let original = try AnkiPackageReader.read(url: package)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("anki-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try StudyDatabase(path: folder.appendingPathComponent("f.sqlite").path)
        _ = try DeckImporter(database: database, clock: Clock(fixed: now)).importFile(package.path)
        let export = try database.ankiExport(deck: "analyst")
        XCTAssertEqual(export.decks.map(\.name), ["Analyst", "Analyst::Arabic"])
        XCTAssertEqual(export.media.map(\.name).sorted(), ["flag-egypt.png", "kitab.mp3"])
        let written = folder.appendingPathComponent("export.apkg")
        try AnkiPackageWriter.write(export, to: written, now: now)
        let back = try AnkiPackageReader.read(url: written)
        XCTAssertEqual(back.decks.map(\.deck.id), original.decks.map(\.deck.id))
        XCTAssertEqual(back.decks.map { Set($0.cards) }, original.decks.map { Set($0.cards) }, "the same cards")
        XCTAssertEqual(back.report.mediaFiles, 2)
        XCTAssertEqual(
            Set(back.anki.notes.map { "\($0.guid) \($0.notetype.name) \($0.fields)" }),
            Set(original.anki.notes.map { "\($0.guid) \($0.notetype.name) \($0.fields)" }))
        let before = Dictionary(uniqueKeysWithValues: original.anki.cards.map { ($0.cardKey, $0) })
        for card in back.anki.cards {
            let anki = try XCTUnwrap(before[card.cardKey], card.cardKey)
            XCTAssertEqual(card.ankiID, anki.ankiID, card.cardKey)
            XCTAssertEqual(card.type, anki.type, card.cardKey)
            XCTAssertEqual(card.queue, anki.queue, card.cardKey)
            XCTAssertEqual(card.reps, anki.reps, card.cardKey)
            XCTAssertEqual(card.lapses, anki.lapses, card.cardKey)
            XCTAssertEqual(card.reviews.map(\.ease), anki.reviews.map(\.ease), card.cardKey)
            XCTAssertEqual(card.reviews.map(\.durationMs), anki.reviews.map(\.durationMs), card.cardKey)
            let memory = AnkiProgressConverter.memoryState(card.data)
            let expected = AnkiProgressConverter.memoryState(anki.data)
            XCTAssertEqual(memory.stability ?? -1, expected.stability ?? -1, accuracy: 1e-3, card.cardKey)
            XCTAssertEqual(memory.difficulty ?? -1, expected.difficulty ?? -1, accuracy: 1e-3, card.cardKey)
        }
    }
}
