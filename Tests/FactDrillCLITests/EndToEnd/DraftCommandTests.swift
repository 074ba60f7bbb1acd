import Foundation
import XCTest

/// `factdrill draft` as a user runs it: from the command line and in the shell, and `import` of an
/// article's text pointing at it.
final class DraftCommandTests: XCTestCase {
    static let seedText = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "decks/nato-ip4-defense-industry.ar.txt")

    private func copySeed(to runner: BinaryRunner, as name: String = "article.ar.txt") throws -> String {
        let path = runner.directory.appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: Self.seedText.path, toPath: path)
        return path
    }

    func testDraftWritesAModelThatChecks() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let text = try copySeed(to: runner)
        let model = runner.directory.appendingPathComponent("out.article.yaml").path
        let result = try runner.run(["draft", text, "--published", "2024-07", "-o", model])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("drafted 1 ranking, "), result.stdout)
        // Arabic runs are wrapped in bidi isolates on the terminal; compare without them.
        let plain = String(
            result.stdout.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) }.map(Character.init))
        XCTAssertTrue(plain.contains("ranking: كوريا الجنوبية 10, أستراليا 16"), plain)
        let check = try runner.run(["check", model])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)

        let toStdout = try runner.run(["draft", text, "--published", "2024-07", "--explain"])
        XCTAssertEqual(toStdout.status, 0)
        XCTAssertTrue(toStdout.stdout.hasPrefix("# Drafted by `factdrill draft`"), toStdout.stdout)
        XCTAssertTrue(toStdout.stderr.contains("+ ranking.ordinal"), "the explanation goes to stderr")
    }

    func testBadInputIsRefusedClearly() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let text = try copySeed(to: runner)
        let badDate = try runner.run(["draft", text, "--published", "July 2024"])
        XCTAssertNotEqual(badDate.status, 0)
        XCTAssertTrue(badDate.stderr.contains("YYYY, YYYY-MM or YYYY-MM-DD"), badDate.stderr)
        let missing = try runner.run(["draft", runner.directory.appendingPathComponent("none.txt").path])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.hasPrefix("factdrill: "), missing.stderr)
    }

    func testImportOfAnArticleTextSuggestsDraft() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let text = try copySeed(to: runner)
        let result = try runner.run(["import", text])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("factdrill draft \(text)"), result.stderr)
    }

    func testShellDraftWritesBesideTheTextAndImports() throws {
        var runner = try BinaryRunner()
        defer { runner.cleanUp() }
        runner.environment["EDITOR"] = nil
        let text = try copySeed(to: runner, as: "ip4.ar.txt")
        let shell = try runner.run([], input: "draft \(text) --published 2024-07\ny\ndecks\nquit\n")
        XCTAssertEqual(shell.status, 0, shell.stderr)
        let model = runner.directory.appendingPathComponent("ip4.article.yaml").path
        XCTAssertTrue(FileManager.default.fileExists(atPath: model), shell.stdout)
        XCTAssertTrue(shell.stdout.contains("ip4.article.yaml: ip4: added"), "imported on «y»:\n\(shell.stdout)")
        XCTAssertTrue(shell.stdout.contains("\nip4 "), "`decks` lists it:\n\(shell.stdout)")
    }
}
