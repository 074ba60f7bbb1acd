import ArgumentParser
import XCTest

@testable import FactDrillCLI
@testable import FactDrillKit

final class CheckCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("factdrill-check-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private let valid = """
        version: 1
        article: {id: a, title: {ar: "عنوان", en: Title}, language: ar}
        entities:
          - {id: kor, type: country, name: {ar: "كوريا", en: Korea}}
          - {id: aus, type: country, name: {ar: "أستراليا", en: Australia}}
        facts:
          - {id: r, type: ranking, ranking: {ar: "ترتيب", en: ranking}, entries: [{entity: kor, rank: 10}]}
          - {id: e1, type: event, event: {ar: "قمة", en: summit}, date: 2022}
          - {id: e2, type: event, event: {ar: "قمة", en: summit}, date: 2023}

        """

    private func write(_ text: String, _ name: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func check(_ arguments: [String]) throws -> (lines: [String], ok: Bool) {
        let parsed = try FactDrillCommand.parseAsRoot(["check"] + arguments)
        let command = try XCTUnwrap(parsed as? CheckCommand)
        var lines: [String] = []
        let ok = command.check { lines.append($0) }
        return (lines, ok)
    }

    func testValidFileGetsOneSummaryLine() throws {
        let file = try write(valid, "good.article.yaml")
        let result = try check([file])
        XCTAssertTrue(result.ok)
        XCTAssertEqual(result.lines, ["\(file): ok: 2 entities, 3 facts (1 ranking, 2 events)"])
    }

    func testProblemsAreListedForEachFileAndTheRunFails() throws {
        let good = try write(valid, "good.article.yaml")
        let bad = try write(
            valid.replacingOccurrences(of: "date: 2022", with: "date: 2022-13")
                .replacingOccurrences(of: "rank: 10", with: "rank: 0"), "bad.article.yaml")
        let missing = directory.appendingPathComponent("missing.article.yaml").path
        let result = try check([good, bad, missing])
        XCTAssertFalse(result.ok)
        XCTAssertEqual(result.lines.count, 4, result.lines.joined(separator: "\n"))
        XCTAssertTrue(result.lines[0].hasPrefix("\(good): ok: "))
        XCTAssertTrue(result.lines[1].hasPrefix("\(bad):7:"), result.lines[1])
        XCTAssertTrue(result.lines[1].contains("rank 0 is below 1"))
        XCTAssertTrue(result.lines[2].hasPrefix("\(bad):8:"), result.lines[2])
        XCTAssertTrue(result.lines[2].contains("month must be 1-12"))
        XCTAssertEqual(result.lines[3], "\(missing): cannot read: no such file")
    }

    func testRunExitsWithOneWhenAFileHasAProblem() throws {
        let bad = try write("version: 3\n", "bad.article.yaml")
        let command = try XCTUnwrap(try FactDrillCommand.parseAsRoot(["check", bad]) as? CheckCommand)
        XCTAssertThrowsError(try command.run()) { error in
            XCTAssertEqual((error as? ExitCode)?.rawValue, 1)
        }
        let good = try write(valid, "good.article.yaml")
        XCTAssertNoThrow(try XCTUnwrap(try FactDrillCommand.parseAsRoot(["check", good]) as? CheckCommand).run())
    }

    func testFileNamesWithControlCharactersAreEscaped() throws {
        let path = directory.appendingPathComponent("x\u{1B}[2J.yaml").path
        let result = try check([path])
        XCTAssertFalse(result.lines[0].unicodeScalars.contains { $0.value == 0x1B })
        XCTAssertTrue(result.lines[0].contains("\\u{1B}[2J"))
    }

    func testNeedsAFile() {
        XCTAssertThrowsError(try FactDrillCommand.parseAsRoot(["check"]))
    }

    func testPlurals() {
        XCTAssertEqual(CheckCommand.counted(1, "ranking"), "1 ranking")
        XCTAssertEqual(CheckCommand.counted(2, "ranking"), "2 rankings")
        XCTAssertEqual(CheckCommand.counted(1, "entity"), "1 entity")
        XCTAssertEqual(CheckCommand.counted(0, "entity"), "0 entities")
        XCTAssertEqual(CheckCommand.counted(23, "entity"), "23 entities")
    }
}

final class GlobalOptionPlacementTests: XCTestCase {
    func testSharedOptionsMayComeBeforeTheCommand() {
        XCTAssertEqual(
            FactDrillCommand.globalOptionsMoved(["--db", "x.sqlite", "stats", "d"]), ["stats", "--db", "x.sqlite", "d"])
        XCTAssertEqual(
            FactDrillCommand.globalOptionsMoved(["--no-bidi-marks", "study"]), ["study", "--no-bidi-marks"])
        XCTAssertEqual(
            FactDrillCommand.globalOptionsMoved(["--db", "x.sqlite"]), ["--db", "x.sqlite"],
            "the REPL takes them as they are")
        XCTAssertEqual(FactDrillCommand.globalOptionsMoved(["stats", "--db", "x"]), ["stats", "--db", "x"])
    }
}
