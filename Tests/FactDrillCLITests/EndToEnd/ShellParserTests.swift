import Foundation
import XCTest

/// The shell runs its lines through the same parser as the command line: the same options, the
/// same refusals, the same help.
final class ShellParserTests: XCTestCase {
    func testAnExportOptionThatDoesNotApplyIsRefusedInBothPlaces() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let direct = try runner.run(["export", "reviews", "--format", "csv"])
        XCTAssertNotEqual(direct.status, 0)
        XCTAssertTrue(direct.stderr.contains("Unknown option '--format'"), direct.stderr)
        XCTAssertNotEqual(try runner.run(["export", "deck"]).status, 0, "export deck needs --deck")
        XCTAssertNotEqual(
            try runner.run(["export", "apkg", "--deck", "nato-ip4-defense-industry"]).status, 0,
            "export apkg needs -o")

        let shell = try runner.run([], input: "export reviews --format csv\nexport apkg --deck x\ndecks\nquit\n")
        XCTAssertEqual(shell.status, 0, shell.stderr)
        XCTAssertTrue(shell.stdout.contains("Unknown option '--format'"), shell.stdout)
        XCTAssertTrue(shell.stdout.contains("Missing expected argument '--output <file.apkg>'"), shell.stdout)
        XCTAssertTrue(shell.stdout.contains("usage: export reviews"), shell.stdout)
        XCTAssertTrue(shell.stdout.contains("nato-ip4-defense-industry"), "the shell goes on to `decks`")
    }

    func testHelpInTheShellIsTheCommandsOwnHelp() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let shell = try runner.run([], input: "help export stats\nexport stats --help\nquit\n")
        let direct = try runner.run(["help", "export", "stats"])
        // The options block, from OPTIONS: to the end, is the same text in both places.
        let options = try XCTUnwrap(direct.stdout.range(of: "OPTIONS:")).lowerBound
        let block = String(direct.stdout[options...]).trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(block.contains("--format <format>"), block)
        XCTAssertEqual(
            shell.stdout.components(separatedBy: block).count, 3, "both shell lines show it:\n\(shell.stdout)")
    }

    func testTheShellKeepsItsDatabaseAndLanguage() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let result = try runner.run([], input: "study --db /tmp/elsewhere.sqlite\nlang en\nstudy\n:quit\nquit\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("--db /tmp/elsewhere.sqlite: not in the shell"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/elsewhere.sqlite"))
        let prompts = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.contains("[") }
        XCTAssertFalse(prompts.isEmpty, result.stdout)
        XCTAssertFalse(
            prompts.contains { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } },
            "after `lang en` questions are in English only:\n\(result.stdout)")
    }

    func testAnUnknownCommandSaysSoAndTheShellGoesOn() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let result = try runner.run([], input: "frobnicate\nundo\n--help\nquit\n")
        XCTAssertTrue(result.stdout.contains("unknown command 'frobnicate'; type help"), result.stdout)
        XCTAssertTrue(result.stdout.contains("nothing to undo"), result.stdout)
        // `--help` at the shell's prompt is its command list, as `help` is.
        XCTAssertTrue(result.stdout.contains("Commands (`help COMMAND`"), result.stdout)
        XCTAssertFalse(result.stdout.contains("usage: <subcommand>"), result.stdout)
    }
}
