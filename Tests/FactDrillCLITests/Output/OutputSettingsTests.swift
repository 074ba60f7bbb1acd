import XCTest

@testable import FactDrillCLI

final class OutputSettingsTests: XCTestCase {
    private func color(_ environment: [String: String], stdin: Bool = true, stdout: Bool = true) -> Bool {
        OutputSettings.detect(environment: environment, stdinIsTTY: stdin, stdoutIsTTY: stdout).color
    }

    func testColourOnATerminalWithoutNoColor() {
        XCTAssertTrue(color(["TERM": "xterm-256color"]))
        XCTAssertTrue(color([:]))
    }

    func testNoColorWithAValueTurnsColourOff() {
        XCTAssertFalse(color(["NO_COLOR": "1"]))
        XCTAssertFalse(color(["NO_COLOR": "false"]))
    }

    func testEmptyNoColorCountsAsUnset() {
        XCTAssertTrue(color(["NO_COLOR": ""]))
    }

    func testNoColourUnlessBothStreamsAreTerminals() {
        XCTAssertFalse(color([:], stdout: false))
        XCTAssertFalse(color([:], stdin: false))
    }

    func testDumbTerminalGetsNoColour() {
        XCTAssertFalse(color(["TERM": "dumb"]))
    }

    func testBidiMarksFollowTheSwitch() {
        XCTAssertTrue(OutputSettings.detect(environment: [:], stdinIsTTY: false, stdoutIsTTY: false).bidiMarks)
        XCTAssertFalse(
            OutputSettings.detect(environment: [:], stdinIsTTY: true, stdoutIsTTY: true, bidiMarks: false).bidiMarks)
    }

    func testATerminalIsMeasuredWithColumnsAsTheFallback() {
        XCTAssertEqual(OutputSettings.Width.detect(environment: [:], stdoutIsTTY: true), .terminal(fallback: 80))
        XCTAssertEqual(
            OutputSettings.Width.detect(environment: ["COLUMNS": "132"], stdoutIsTTY: true),
            .terminal(fallback: 132))
        let settings = OutputSettings.detect(environment: ["COLUMNS": "100"], stdinIsTTY: true, stdoutIsTTY: true)
        XCTAssertEqual(settings.width, .terminal(fallback: 100))
    }

    func testAPipeIsNotCutUnlessColumnsIsSet() {
        XCTAssertEqual(OutputSettings.Width.detect(environment: [:], stdoutIsTTY: false), .unlimited)
        XCTAssertEqual(OutputSettings.Width.detect(environment: ["COLUMNS": "100"], stdoutIsTTY: false), .columns(100))
        XCTAssertNil(OutputSettings.Width.unlimited.current)
        XCTAssertEqual(OutputSettings.Width.columns(100).current, 100)
    }

    func testBadColumnsIsIgnored() {
        for value in ["", "0", "-5", "wide", "80x"] {
            XCTAssertEqual(OutputSettings.Width.detect(environment: ["COLUMNS": value], stdoutIsTTY: false), .unlimited)
            XCTAssertEqual(
                OutputSettings.Width.detect(environment: ["COLUMNS": value], stdoutIsTTY: true),
                .terminal(fallback: 80))
        }
    }

    func testAFileHasNoTerminalSize() throws {
        let path = NSTemporaryDirectory() + "width-\(UUID().uuidString)"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        XCTAssertNil(OutputSettings.Width.terminalColumns(of: handle.fileDescriptor))
        XCTAssertEqual(OutputSettings.Width.terminal(fallback: 77).current.map { $0 > 0 }, true)
    }
}
