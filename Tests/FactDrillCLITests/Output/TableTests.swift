import XCTest

@testable import FactDrillCLI

final class TableTests: XCTestCase {
    func testColumnsAlignWithARuleUnderTheHeader() {
        let table = Table(
            columns: [.init("Deck"), .init("Due", alignment: .right), .init("New", alignment: .right)],
            rows: [["capitals", "3", "20"], ["oil", "12", "0"]]
        )
        XCTAssertEqual(
            table.render(),
            [
                "Deck      Due  New",
                "------------------",
                "capitals    3   20",
                "oil        12    0",
            ])
    }

    func testArabicCellsArePaddedByTheirLetters() {
        let table = Table(
            columns: [.init("Deck"), .init("Due", alignment: .right)], rows: [["عواصم", "3"], ["كَتَبَ", "12"]])
        XCTAssertEqual(table.render(), ["Deck   Due", "----------", "عواصم    3", "كَتَبَ     12"])
    }

    func testMissingCellsAreEmptyAndLinesHaveNoTrailingBlanks() {
        let table = Table(
            columns: [.init("A"), .init("B")], rows: [["x"], ["longer", "y", "ignored"]], showsHeader: false)
        XCTAssertEqual(table.render(), ["x", "longer  y"])
    }

    func testCellsAreSanitizedBeforeTheyAreMeasured() {
        let table = Table(columns: [.init("A"), .init("B")], rows: [["a\u{1B}[31mb", "c"]], showsHeader: false)
        XCTAssertEqual(table.render(), ["ab  c"])
    }

    func testDisplayWidths() {
        XCTAssertEqual(DisplayWidth.of("Paris"), 5)
        XCTAssertEqual(DisplayWidth.of("باريس"), 5)
        XCTAssertEqual(DisplayWidth.of("كَتَبَ"), 3)
        XCTAssertEqual(DisplayWidth.of("東京"), 4)
        XCTAssertEqual(DisplayWidth.of("🌍"), 2)
        XCTAssertEqual(DisplayWidth.of("a\u{2068}b\u{2069}\u{200F}"), 2)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
    }

    func testWideCellsKeepColumnsAligned() {
        let table = Table(
            columns: [.init("City"), .init("N", alignment: .right)], rows: [["東京", "1"], ["Lima", "22"]],
            showsHeader: false)
        XCTAssertEqual(table.render(), ["東京   1", "Lima  22"])
    }
}
