import XCTest

@testable import FactDrillCLI

final class LineReaderTests: XCTestCase {
    func testScriptedReaderReturnsEachLineThenEndOfInputForEver() {
        let reader = ScriptedLineReader(lines: ["study", "باريس"])
        XCTAssertEqual(reader.readLine(prompt: "> "), .line("study"))
        XCTAssertEqual(reader.readLine(prompt: "answer: "), .line("باريس"))
        XCTAssertEqual(reader.readLine(prompt: "> "), .endOfInput)
        XCTAssertEqual(reader.readLine(prompt: "> "), .endOfInput)
        XCTAssertEqual(reader.prompts, ["> ", "answer: ", "> ", "> "])
    }

    func testScriptedReaderReplaysInterruptionsAndRecordsHistory() {
        let reader = ScriptedLineReader(inputs: [.line("st"), .interrupted, .endOfInput, .line("never")])
        XCTAssertEqual(reader.readLine(prompt: ""), .line("st"))
        XCTAssertEqual(reader.readLine(prompt: ""), .interrupted)
        XCTAssertEqual(reader.readLine(prompt: ""), .endOfInput)
        XCTAssertEqual(reader.pendingCount, 1)
        reader.addHistory("study")
        XCTAssertEqual(reader.history, ["study"])
    }

    func testCompletionKeepsCleanCandidatesExtendingTheWord() {
        let reader = ScriptedLineReader(lines: [])
        reader.completer = { line, word in
            line.hasPrefix("study ")
                ? ["seed", "seed", "evil\u{1B}[2J", "seed-نفط", "other"] : ["study", "stats", "quit"]
        }
        XCTAssertEqual(reader.complete("st"), ["study", "stats"])
        XCTAssertEqual(reader.complete("study se"), ["seed", "seed-نفط"])
        XCTAssertEqual(reader.complete("study e"), [])
        XCTAssertEqual(reader.complete("study "), ["seed", "seed-نفط", "other"])
    }

    func testPipedReaderReturnsLinesThenEndOfInput() {
        var lines = ["study", "", "quit"][...]
        let reader = PipedLineReader(showsPrompt: false, read: { lines.popFirst() })
        XCTAssertEqual(reader.readLine(prompt: "> "), .line("study"))
        XCTAssertEqual(reader.readLine(prompt: "> "), .line(""))
        XCTAssertEqual(reader.readLine(prompt: "> "), .line("quit"))
        XCTAssertEqual(reader.readLine(prompt: "> "), .endOfInput)
    }

    func testStandardReaderIsReadlineOnlyWhenBothStreamsAreTerminals() {
        XCTAssertTrue(LineReaders.standard(historyFile: nil, stdinIsTTY: false, stdoutIsTTY: true) is PipedLineReader)
        XCTAssertTrue(LineReaders.standard(historyFile: nil, stdinIsTTY: true, stdoutIsTTY: false) is PipedLineReader)
        XCTAssertTrue(LineReaders.standard(historyFile: nil, stdinIsTTY: true, stdoutIsTTY: true) is ReadlineLineReader)
    }

    func testPromptEscapesAreMarkedInvisibleForReadline() {
        XCTAssertEqual(
            ReadlineLineReader.markInvisible("\u{1B}[36mfactdrill\u{1B}[0m> "),
            "\u{1}\u{1B}[36m\u{2}factdrill\u{1}\u{1B}[0m\u{2}> "
        )
        XCTAssertEqual(ReadlineLineReader.markInvisible("plain> "), "plain> ")
    }

    func testLocaleDecodesUTF8AfterConfiguring() {
        TerminalLocale.configure()
        XCTAssertTrue(TerminalLocale.characterTypeIsUTF8())
    }

    func testHistoryFileKeepsCommandsWithoutBlanksOrRepeats() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "factdrill-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("nested/history")
        let reader = ReadlineLineReader(historyFile: file, historyLimit: 3)
        for line in ["study", "", "  ", "study", "decks", "stats عواصم", "lang ar"] { reader.addHistory(line) }
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "decks\nstats عواصم\nlang ar\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o600)

        let next = ReadlineLineReader(historyFile: file, historyLimit: 3)
        next.addHistory("lang ar")
        next.addHistory("quit")
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "stats عواصم\nlang ar\nquit\n")
    }
}
