import FactDrillKit
import XCTest

@testable import FactDrillStore

final class AnkiPackageMalformedTests: XCTestCase {
    func fixture(_ name: String) throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "apkg", subdirectory: "Fixtures"))
    }

    func readError(_ name: String, reader: AnkiPackageReader = AnkiPackageReader()) throws -> AnkiPackageError {
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "apkg", subdirectory: "Fixtures"))
        do {
            let result = try reader.read(url: url)
            XCTFail("\(name) imported \(result.report.cards) cards")
            throw XCTSkip("no error")
        } catch let error as AnkiPackageError {
            return error
        }
    }

    func testNotZip() throws {
        let error = try readError("bad-not-zip")
        XCTAssertEqual(error, .notZip(file: "bad-not-zip.apkg"))
        XCTAssertEqual(error.localizedDescription, "bad-not-zip.apkg: not an Anki package (not a zip archive)")
    }

    func testTruncatedZip() throws {
        XCTAssertEqual(try readError("bad-truncated"), .damagedZip(file: "bad-truncated.apkg"))
    }

    func testZipSlipAndAbsolutePathsAreRefused() throws {
        XCTAssertEqual(try readError("bad-zip-slip"), .unsafeEntry(file: "bad-zip-slip.apkg", entry: "../../evil.txt"))
        XCTAssertEqual(
            try readError("bad-absolute-path"),
            .unsafeEntry(file: "bad-absolute-path.apkg", entry: "/tmp/evil.txt"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/evil.txt"))
    }

    func testDeclaredBombIsRefusedBeforeExtraction() throws {
        let error = try readError("bad-zip-bomb")
        guard case .compressionBomb(_, "collection.anki2", _) = error else {
            return XCTFail("expected a bomb error, got \(error)")
        }
        // Without the ratio check, the declared total alone is over the limit.
        let lenient = AnkiPackageReader(limits: .init(maxRatio: .max))
        XCTAssertEqual(
            try readError("bad-zip-bomb", reader: lenient),
            .tooLarge(file: "bad-zip-bomb.apkg", bytes: 0xFFFF_FFF0 + 2, limit: 512_000_000))
    }

    func testExtractionStopsWhenAnEntryInflatesPastItsDeclaredSize() throws {
        XCTAssertEqual(
            try readError("bad-lying-size"),
            .sizeMismatch(file: "bad-lying-size.apkg", entry: "collection.anki2"))
    }

    func testExtractionStopsAtTheTotalLimit() throws {
        let tight = AnkiPackageReader(limits: .init(maxTotalBytes: 10_000))
        let error = try readError("genanki-basic", reader: tight)
        guard case .tooLarge = error else { return XCTFail("expected tooLarge, got \(error)") }
    }

    func testZipWithoutCollection() throws {
        XCTAssertEqual(try readError("bad-no-collection"), .noCollection(file: "bad-no-collection.apkg"))
    }

    func testCollectionThatIsNotSQLite() throws {
        let error = try readError("bad-not-sqlite")
        XCTAssertEqual(error, .notSQLite(file: "bad-not-sqlite.apkg", entry: "collection.anki2"))
        XCTAssertEqual(
            error.localizedDescription,
            "bad-not-sqlite.apkg: collection.anki2 is not an SQLite database; export the package from Anki again")
    }

    func testDamagedOrForeignDatabases() throws {
        for name in ["bad-damaged-db", "bad-not-anki-db"] {
            let error = try readError(name)
            guard case .malformedCollection(file: "\(name).apkg", let reason) = error else {
                XCTFail("\(name): expected malformedCollection, got \(error)")
                continue
            }
            XCTAssertFalse(reason.isEmpty)
        }
    }

    func testTodaysFormatReadsAsTheLegacyOne() throws {
        // The same deck exported by Anki with and without "Support older Anki versions".
        let modern = try AnkiPackageReader.read(url: fixture("anki-new-format"))
        let legacy = try AnkiPackageReader.read(url: fixture("anki-legacy"))
        XCTAssertEqual(modern.decks, legacy.decks)
        XCTAssertEqual(modern.report, legacy.report)
    }

    func testMissingFile() throws {
        let url = URL(fileURLWithPath: "/nonexistent/deck.apkg")
        XCTAssertThrowsError(try AnkiPackageReader.read(url: url)) { error in
            guard case .cannotRead(file: "deck.apkg", _) = error as? AnkiPackageError else {
                return XCTFail("got \(error)")
            }
        }
    }
}
