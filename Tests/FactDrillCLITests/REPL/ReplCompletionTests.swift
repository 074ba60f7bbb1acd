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
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("models"), withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("nato.article.yaml"))
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(reader.complete("import \(folder.path)/n"), ["\(folder.path)/nato.article.yaml"])
        XCTAssertEqual(reader.complete("import \(folder.path)/m"), ["\(folder.path)/models/"])
    }
}
