import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillApp

/// Imports driven without a terminal: progress through a callback, errors as `AppError`.
final class DeckImporterTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("deck-importer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ data: Data) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    func testADeckFileIsInstalledWithProgressAndItsFingerprint() throws {
        let path = try write("test.deck.json", try DeckFile.encode(EngineFixtures.deck()))
        let database = try StudyDatabase.inMemory()
        var progress: [Int] = []
        let result = try DeckImporter(database: database, clock: Clock(fixed: EngineFixtures.start))
            .importFile(path) { done, total in
                XCTAssertEqual(total, 4)
                progress.append(done)
            }
        XCTAssertEqual(result.deckID, "test-deck")
        XCTAssertEqual(result.report.added, 4)
        XCTAssertNil(result.note)
        XCTAssertEqual(progress.first, 0)
        XCTAssertEqual(progress.last, 4)
        XCTAssertEqual(DeckImporter.describe(result.report), "added 4, updated 0, retired 0")
        let installed = try database.requireDeck("test-deck", now: EngineFixtures.start)
        XCTAssertEqual(installed.source.contentHash, try DeckImporter.fingerprint(path))
        XCTAssertFalse(installed.source.contentHash.isEmpty)
    }

    func testTheContentHashMayComeFromTheCaller() throws {
        let path = try write("test.deck.json", try DeckFile.encode(EngineFixtures.deck()))
        let database = try StudyDatabase.inMemory()
        let importer = DeckImporter(database: database, clock: Clock(fixed: EngineFixtures.start))
        _ = try importer.install(try DeckImporter.load(path), from: path, contentHash: { "given" })
        XCTAssertEqual(try database.requireDeck("test-deck", now: EngineFixtures.start).source.contentHash, "given")
    }

    func testFilesThatCannotBeImportedAreRefusedBeforeAnythingIsWritten() throws {
        let database = try StudyDatabase.inMemory()
        let importer = DeckImporter(database: database, clock: Clock(fixed: EngineFixtures.start))
        let notes = try write("notes.pdf", Data("x".utf8))
        XCTAssertThrowsError(try importer.importFile(notes)) { error in
            XCTAssertEqual(error as? AppError, .unsupportedFile(path: notes))
        }
        let missing = folder.appendingPathComponent("missing.deck.json").path
        XCTAssertThrowsError(try importer.importFile(missing)) { error in
            XCTAssertEqual(error as? AppError, .unreadable(path: missing, reason: "no such file"))
        }
        XCTAssertThrowsError(try importer.importFile(folder.path + "/")) { error in
            XCTAssertNotNil(error as? AppError)
        }
        XCTAssertEqual(try database.decks(now: EngineFixtures.start).count, 0)
    }

    func testABadClockInTheEnvironmentSaysWhatToUse() throws {
        XCTAssertEqual(
            try Clock.from(environment: ["FACTDRILL_NOW": "2024-07-09T10:00:00Z"]).now(), EngineFixtures.start)
        XCTAssertThrowsError(try Clock.from(environment: ["FACTDRILL_NOW": "yesterday"])) { error in
            guard case .badEnvironment(let name, _, let hint) = error as? AppError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(name, "FACTDRILL_NOW")
            XCTAssertTrue(hint.contains("ISO 8601"))
        }
    }
}
