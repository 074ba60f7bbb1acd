import FactDrillApp
import FactDrillStore
import Foundation
import XCTest

@testable import FactDrillCLI

final class ReplCompletionTests: XCTestCase {
    func testCompletesCommandsDeckIdsLanguagesAndPaths() throws {
        let database = try SessionFixtures.database()
        let reader = ScriptedLineReader(lines: [])
        reader.completer = ReplCompletion.completer(database: database, clock: Clock(fixed: SessionFixtures.start))
        XCTAssertEqual(reader.complete("stu"), ["study"])
        XCTAssertEqual(reader.complete("study te"), ["test-deck"])
        XCTAssertEqual(reader.complete("lang "), ["ar", "en", "both"])
        XCTAssertEqual(reader.complete("answer :h"), [":hint", ":help"])

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fd-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("models"), withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("nato.article.yaml"))
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(reader.complete("import \(folder.path)/n"), ["\(folder.path)/nato.article.yaml"])
        XCTAssertEqual(reader.complete("import \(folder.path)/m"), ["\(folder.path)/models/"])
    }

    func testCompletionFollowsTheParserAndTheFormatRegistry() throws {
        let database = try SessionFixtures.database()
        let reader = ScriptedLineReader(lines: [])
        reader.completer = ReplCompletion.completer(database: database, clock: Clock(fixed: SessionFixtures.start))
        // Every command the shell's parser knows, aliases included, and only those.
        XCTAssertEqual(Set(reader.complete("")), Set(ShellCommand.names))
        XCTAssertEqual(reader.complete("ex"), ["export", "exit"])
        XCTAssertEqual(reader.complete("export "), ["stats", "reviews", "deck", "apkg"])
        XCTAssertEqual(reader.complete("export stats --format "), ["table", "csv", "json", "html"])
        XCTAssertEqual(reader.complete("export deck --deck te"), ["test-deck"])
        XCTAssertEqual(reader.complete("help exp"), ["export"])

        // After `import`: folders and files some import format claims, nothing else.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fd-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.deck.json", "b.CSV", "c.apkg", "d.pdf", "e.json", "f.article.yml"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        XCTAssertEqual(
            reader.complete("import \(folder.path)/").map { ($0 as NSString).lastPathComponent },
            ["a.deck.json", "b.CSV", "c.apkg", "f.article.yml"])
    }
}
