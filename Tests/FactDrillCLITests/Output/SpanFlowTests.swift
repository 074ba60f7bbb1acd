import XCTest

@testable import FactDrillCLI

/// Styled lines laid out in a width: whole pieces, indents, styles kept with their text.
final class SpanFlowTests: XCTestCase {
    private func text(_ lines: [[Span]]) -> [String] {
        lines.map { $0.map(\.text).joined() }
    }

    func testItemsThatFitStayOnOneLineAsGiven() {
        let items: [[Span]] = [["new 13"], ["learning 2"]]
        let lead = [Span.bold("Cards".padding(toLength: 12, withPad: " ", startingAt: 0))]
        let unlimited = SpanFlow.flow(items, separator: "  ", lead: lead, indent: 12, width: nil)
        XCTAssertEqual(unlimited, [lead + [Span("new 13"), Span("  "), Span("learning 2")]])
        XCTAssertEqual(SpanFlow.flow(items, separator: "  ", lead: lead, indent: 12, width: 30), unlimited)
    }

    func testItemsMoveWholeToIndentedLines() {
        let items: [[Span]] = ["new 20000", "learning 1000", "young 30000", "mature 48000", "(100000 in all)"]
            .map { [Span($0)] }
        let lines = text(SpanFlow.flow(items, separator: "  ", lead: ["Cards       "], indent: 12, width: 40))
        XCTAssertEqual(
            lines,
            [
                "Cards       new 20000  learning 1000",
                "            young 30000  mature 48000",
                "            (100000 in all)",
            ])
    }

    func testStylesStayWithTheirText() {
        let items: [[Span]] = [["young ", .green("85.0%"), " (17/20)"], ["mature ", .red("60.0%"), " (6/10)"]]
        let lines = SpanFlow.flow(items, separator: "  ", lead: [.bold("Retention   ")], indent: 12, width: 35)
        XCTAssertEqual(text(lines), ["Retention   young 85.0% (17/20)", "            mature 60.0% (6/10)"])
        XCTAssertEqual(lines[0].first, .bold("Retention   "))
        XCTAssertTrue(lines[0].contains(.green("85.0%")))
        XCTAssertTrue(lines[1].contains(.red("60.0%")))
    }

    func testWrapBreaksAtBlanksAndCutsLongWords() {
        let line: [Span] = [.bold("Reviews, last 12 weeks"), " (1000000 answers on 84 days, busiest 20000)"]
        let lines = text(SpanFlow.wrap(line, indent: 2, width: 30))
        XCTAssertEqual(lines, ["Reviews, last 12 weeks", "  (1000000 answers on 84 days,", "  busiest 20000)"])
        XCTAssertEqual(text(SpanFlow.wrap(["abcdefghijkl"], indent: 2, width: 5)), ["abcde", "  fgh", "  ijk", "  l"])
        for width in 1...10 {
            for wrapped in SpanFlow.wrap(["東京 abc كَتَبَ"], indent: 1, width: width) where width > 1 {
                XCTAssertLessThanOrEqual(SpanFlow.cells(wrapped), width)
            }
        }
    }

    func testWrapMeasuresSanitizedText() {
        let hostile: [Span] = ["a\u{1B}[31mb c"]
        XCTAssertEqual(SpanFlow.wrap(hostile, indent: 0, width: 4), [hostile])
        XCTAssertEqual(text(SpanFlow.wrap(hostile, indent: 0, width: 2)), ["ab", "c"])
    }
}
