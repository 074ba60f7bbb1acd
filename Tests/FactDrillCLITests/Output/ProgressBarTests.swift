import XCTest

@testable import FactDrillCLI

final class ProgressBarTests: XCTestCase {
    func testTheBarShowsTheShareDoneInTwentyCells() {
        XCTAssertEqual(
            ProgressBar.line(label: "importing x.csv", done: 45_000, total: 100_000),
            "importing x.csv  [#########           ]  45%  45,000/100,000 cards")
        XCTAssertEqual(ProgressBar.line(label: "l", done: 7, total: 7), "l  [####################] 100%  7/7 cards")
    }

    /// A file name is data: its escape sequences and controls never reach the terminal.
    func testAFileNameWithEscapesAndControlsIsPrintedSafely() {
        let line = ProgressBar.line(
            label: "importing evil\u{1B}[31mred\u{1B}]0;title\u{07}\u{8}.csv", done: 1, total: 2)
        XCTAssertTrue(TerminalText.isClean(line), line.debugDescription)
        XCTAssertFalse(
            line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, line.debugDescription)
        XCTAssertTrue(line.hasPrefix("importing evilred"), line)
    }

    /// A bar wider than the terminal wraps, and `\r` then redraws on a new line each time.
    func testTheLabelIsCutToFitTheTerminal() {
        let label = "importing " + String(repeating: "very-long-file-name-", count: 3) + "قائمة.csv"
        XCTAssertEqual(
            ProgressBar.line(label: label, done: 45_000, total: 100_000, width: 120),
            ProgressBar.line(label: label, done: 45_000, total: 100_000))
        let normal = ProgressBar.line(label: label, done: 45_000, total: 100_000, width: 80)
        XCTAssertEqual(normal, "importing very-long-file-na…  [#########           ]  45%  45,000/100,000 cards")
        XCTAssertEqual(DisplayWidth.of(normal), 79)
        let narrow = ProgressBar.line(label: label, done: 45_000, total: 100_000, width: 40)
        XCTAssertEqual(narrow, "importing v…  45%  45,000/100,000 cards")
    }
}
