import Foundation
import XCTest

/// The REPL driven through a pipe, as `printf 'study\n…\nquit\n' | factdrill` does.
final class PipedSessionTests: XCTestCase {
    func testAFreshDatabaseOpensOnTheSeedDeckAndASessionIsStudied() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let answers = Array(repeating: "10\n\n", count: 5).joined()
        let result = try runner.run([], input: "study\n" + answers + ":quit\ndecks\nquit\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Created"), result.stdout)
        XCTAssertTrue(result.stdout.contains("nato-ip4-defense-industry"), result.stdout)
        XCTAssertTrue(result.stdout.contains("[1/20]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Session done: 5 answered"), result.stdout)
        XCTAssertFalse(result.stdoutBytes.contains(0x1B), "no escape sequences when stdout is not a terminal")
        // The answers are kept: a second run sees 15 new cards left today.
        let again = try runner.run(["decks"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertFalse(again.stdout.contains("Created"))
    }

    func testStudyInArabicShowsArabicPrompts() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["study", "--lang", "ar"], input: "٣\n\n:quit\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        let promptLine = try XCTUnwrap(
            result.stdout.split(separator: "\n").first { $0.hasPrefix("  ") && !$0.contains("[") })
        XCTAssertTrue(promptLine.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }, String(promptLine))
    }

    func testAnUnknownDeckIsAClearErrorOnStderr() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["study", "no-such-deck"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("factdrill: no deck 'no-such-deck'"), result.stderr)
    }

    func testABadClockIsRefusedWithTheFormatToUse() throws {
        var runner = try BinaryRunner()
        defer { runner.cleanUp() }
        runner.environment["FACTDRILL_NOW"] = "yesterday"
        let result = try runner.run(["decks"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("FACTDRILL_NOW"), result.stderr)
        XCTAssertTrue(result.stderr.contains("ISO 8601"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.databasePath), "nothing is created")
    }
}

extension PipedSessionTests {
    func testTheShellExportsOnItsOwnDatabase() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let out = runner.directory.appendingPathComponent("seed.deck.json").path
        let result = try runner.run(
            [], input: "export deck --deck nato-ip4-defense-industry -o \(out)\nexport nonsense\nquit\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("wrote \(out)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("usage: export"), "a bad export prints its usage and the shell goes on")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out))
    }
}
