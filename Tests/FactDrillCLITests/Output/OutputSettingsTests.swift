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
}
