import FactDrillKit
import FactDrillStore
import Foundation
import XCTest

/// `factdrill import` as a user runs it: every format, re-imports keeping progress, and a bad
/// file changing nothing.
final class ImportCommandTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func fixture(_ path: String) -> String {
        repository.appendingPathComponent(path).path
    }

    func testEachFormatImports() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let files = [
            ("Tests/FactDrillKitTests/Fixtures/anki-notes-plain.txt", "added 2"),
            ("Tests/FactDrillStoreTests/Fixtures/genanki-reversed.apkg", "added"),
            ("decks/nato-ip4-defense-industry.deck.json", "added 0, updated 0, retired 0 (49 unchanged)"),
        ]
        for (file, expected) in files {
            let result = try runner.run(["import", fixture(file)])
            XCTAssertEqual(result.status, 0, "\(file): \(result.stderr)")
            XCTAssertTrue(result.stdout.contains(expected), "\(file): \(result.stdout)")
        }
        let decks = try runner.run(["decks"])
        XCTAssertEqual(decks.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }.count, 2 + 3, decks.stdout)
    }

    /// A text file's fingerprint is worked out while its rows are read: it is the file's hash,
    /// as for the other formats, whose files are hashed at install.
    func testTheFingerprintOfATextFileIsItsHash() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let csv = runner.directory.appendingPathComponent("capitals.csv")
        try "#separator:comma\nCapital of Japan,Tokyo\nعاصمة الأردن,عمّان\n".write(
            to: csv, atomically: true, encoding: .utf8)
        let apkg = fixture("Tests/FactDrillStoreTests/Fixtures/genanki-reversed.apkg")
        for file in [csv.path, apkg] {
            let result = try runner.run(["import", file])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        let sources = try StudyDatabase(path: runner.databasePath).decks(now: Date()).map(\.source)
        for file in [csv.path, apkg] {
            let hash = FactDrillKit.ContentHash.of(try Data(contentsOf: URL(fileURLWithPath: file)))
            XCTAssertTrue(
                sources.contains(.file(path: URL(fileURLWithPath: file).standardizedFileURL.path, contentHash: hash)),
                "\(file): \(sources)")
        }
    }

    func testReimportingAnEditedModelKeepsTheProgressOfUnchangedCards() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let model = runner.directory.appendingPathComponent("nato.article.yaml")
        let original = try String(
            contentsOfFile: fixture("decks/nato-ip4-defense-industry.article.yaml"), encoding: .utf8)
        try original.write(to: model, atomically: true, encoding: .utf8)
        XCTAssertEqual(try runner.run(["import", model.path]).status, 0)
        // Study the first card (the SIPRI 10th question) correctly.
        XCTAssertEqual(try runner.run(["study"], input: "South Korea\n\n:quit\n").status, 0)
        // Edit Marles's defence role away and re-import: only that fact's cards go (its holder and
        // organization cards; its title is asked once, by his first post).
        let edited = original.replacingOccurrences(of: "id: marles-defence-role", with: "id: marles-defence-portfolio")
        XCTAssertNotEqual(edited, original)
        try edited.write(to: model, atomically: true, encoding: .utf8)
        let again = try runner.run(["import", model.path])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("added 2, updated 0, retired 2 (47 unchanged)"), again.stdout)
        let database = try StudyDatabase(path: runner.databasePath)
        let card = try XCTUnwrap(
            database.cardID(
                deck: "nato-ip4-defense-industry",
                key: "sipri-exporters-2019-2023.holder-of.10"
            ).flatMap { try database.card(id: $0) })
        XCTAssertEqual(card.schedule.reps, 1, "the studied card kept its progress")
    }

    func testABadFileIsRefusedWithItsNameAndChangesNothing() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        XCTAssertEqual(try runner.run(["decks"]).status, 0)
        XCTAssertEqual(try runner.run(["decks"]).status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: runner.databasePath))
        let bad = runner.directory.appendingPathComponent("broken.article.yaml")
        try "version: 1\narticle: {id: Bad Id}\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try runner.run(["import", bad.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("factdrill: \(bad.path):"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(bad.path):2:"), "the bad id on line 2 is named: \(result.stderr)")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: runner.databasePath)), before)
        let unknown = try runner.run(["import", runner.directory.appendingPathComponent("notes.docx").path])
        XCTAssertTrue(unknown.stderr.contains("cannot import this kind of file"), unknown.stderr)
    }
}

extension ImportCommandTests {
    /// A second article's deck draws on the installed seed: chronology across the two articles.
    func testAnImportedModelIsGeneratedWithTheOtherInstalledModels() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let model = runner.directory.appendingPathComponent("hague.article.yaml")
        try """
        version: 1
        article: {id: nato-hague-2025, title: {ar: "قمة لاهاي", en: "The Hague summit"}, language: en, published: 2025-06}
        entities:
          - {id: hague, type: place, name: {ar: "لاهاي", en: "The Hague"}}
        facts:
          - id: hague-summit
            type: event
            event: {ar: "قمة الناتو في لاهاي", en: "the NATO summit in The Hague"}
            date: 2025-06-24
            place: hague
        """.write(to: model, atomically: true, encoding: .utf8)
        let result = try runner.run(["import", model.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let database = try StudyDatabase(path: runner.databasePath)
        let keys = try database.cards(deck: "nato-hague-2025").map(\.card.id)
        XCTAssertTrue(
            keys.contains { $0.hasPrefix("hague-summit.earlier.") && $0.contains("@nato-ip4-defense-industry") },
            "\(keys)")
        XCTAssertEqual(
            Set(try database.installedModels(except: nil).keys), ["nato-ip4-defense-industry", "nato-hague-2025"])
    }
}
