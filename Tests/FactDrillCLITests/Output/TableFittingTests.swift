import XCTest

@testable import FactDrillCLI

/// Tables fitted to 40, 80 and 120 cells: text cut with `…`, numbers whole, panels when even
/// cut text leaves no room, rules never longer than the width.
final class TableFittingTests: XCTestCase {
    private let longEnglish =
        "In 2019-2023, which country ranked 10th among the world's largest arms exporters, "
        + "according to the Stockholm International Peace Research Institute?"
    private let longArabic =
        "خلال الفترة 2019-2023، أيّ دولة جاءت في المركز العاشر "
        + "في قائمة أكبر مصدري الأسلحة في العالم؟"

    private func hardest() -> Table {
        var table = Table(
            columns: [
                .init("Deck"), .init("Prompt"), .init("Lapses", alignment: .right), .init("Reviews", alignment: .right),
                .init("R now", alignment: .right),
            ], cellLimit: 200)
        table.addRow(["nato-ip4-defense-industry", longEnglish, "12", "48", "43.2%"])
        table.addRow(["mideast", longArabic, "3", "1234567", "-"])
        table.addRow(["東京-deck", "短い", "0", "9", "99.9%"])
        return table
    }

    func testEveryLineFitsAndNumbersStayWhole() {
        for width in [40, 80, 120] {
            let lines = hardest().render(width: width)
            let shown = lines.joined(separator: "\n")
            for line in lines {
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "width \(width):\n\(shown)")
            }
            for number in ["12", "48", "43.2%", "1234567", "99.9%", "Lapses", "Reviews", "R now"] {
                XCTAssertTrue(lines.contains { $0.contains(number) }, "\(number) at width \(width):\n\(shown)")
            }
        }
    }

    func testAt120OnlyTheLongPromptsAreCut() {
        let lines = hardest().render(width: 120)
        XCTAssertEqual(lines.count, 5)
        XCTAssertEqual(lines[1], String(repeating: "-", count: 120))
        XCTAssertTrue(lines[2].hasPrefix("nato-ip4-defense-industry  In 2019-2023, which country ranked 10th among"))
        XCTAssertTrue(lines[2].contains("…"))
        XCTAssertTrue(lines[2].hasSuffix("12       48  43.2%"))
        XCTAssertTrue(lines[4].hasPrefix("東京-deck                  短い"))
        // The cut Arabic prompt keeps its ellipsis inside the right-to-left run (RLM after it).
        XCTAssertTrue(lines[3].contains("…\u{200F}"), lines[3])
    }

    func testCutTextEndsAtACharacterBoundary() {
        // Harakat stay on their letters; the blank before the cut goes.
        let cut = DisplayWidth.truncate("كَتَبَ الولدُ الدرسَ", toWidth: 6)
        XCTAssertEqual(cut, "كَتَبَ ا…\u{200F}")
        XCTAssertEqual(DisplayWidth.of(cut), 6)
        XCTAssertEqual(DisplayWidth.truncate("كَتَبَ الولدُ الدرسَ", toWidth: 5), "كَتَبَ…\u{200F}")
        XCTAssertEqual(DisplayWidth.truncate("東京都庁", toWidth: 4), "東…")
        XCTAssertEqual(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2), "e\u{301}…")
        XCTAssertEqual(DisplayWidth.truncate("word and more", toWidth: 6), "word…")
        XCTAssertEqual(DisplayWidth.truncate("fits", toWidth: 4), "fits")
        XCTAssertEqual(DisplayWidth.truncate("abc", toWidth: 0), "")
    }

    func testNarrowTablesSplitIntoPanelsThatRepeatTheKeyColumn() {
        var table = Table(columns: [.init("Deck")] + (1...6).map { .init("Column \($0)", alignment: .right) })
        table.addRow(["capitals"] + (1...6).map { "\($0 * 1000)" })
        table.addRow(["عواصم الدول"] + (1...6).map { "\($0)" })
        XCTAssertEqual(
            table.render(width: 41),
            [
                "Deck         Column 1  Column 2  Column 3",
                "-----------------------------------------",
                "capitals         1000      2000      3000",
                "عواصم الدول         1         2         3",
                "",
                "Deck         Column 4  Column 5  Column 6",
                "-----------------------------------------",
                "capitals         4000      5000      6000",
                "عواصم الدول         4         5         6",
            ])
        let kinds = table.lines(width: 41).map(\.kind)
        XCTAssertEqual(kinds, [.header, .rule, .row, .row, .blank, .header, .rule, .row, .row])
    }

    func testTheKeyColumnIsCutWhenThatSavesAPanel() {
        var table = Table(columns: [.init("Deck")] + (1...6).map { .init("Column \($0)", alignment: .right) })
        table.addRow(["عواصم الدول العربية"] + (1...6).map { "\($0)" })
        XCTAssertEqual(
            table.render(width: 40),
            [
                "Deck        Column 1  Column 2  Column 3",
                "----------------------------------------",
                "عواصم الد…\u{200F}         1         2         3",
                "",
                "Deck        Column 4  Column 5  Column 6",
                "----------------------------------------",
                "عواصم الد…\u{200F}         4         5         6",
            ])
    }

    func testTextColumnsAreCutRightmostFirstDownToTheirMinimum() {
        var table = Table(columns: [.init("Deck"), .init("Title"), .init("Due", alignment: .right)])
        table.addRow(["nato-ip4-defense-industry", "NATO Industrial Capacity Expansion Pledge", "7"])
        XCTAssertEqual(
            table.render(width: 60),
            [
                "Deck                       Title                         Due",
                "------------------------------------------------------------",
                "nato-ip4-defense-industry  NATO Industrial Capacity Ex…    7",
            ])
        XCTAssertEqual(
            table.render(width: 40),
            [
                "Deck                       Title     Due",
                "----------------------------------------",
                "nato-ip4-defense-industry  NATO In…    7",
            ])
        // Past the minimum (8 cells) the key column is cut too.
        XCTAssertEqual(
            table.render(width: 30),
            [
                "Deck             Title     Due",
                "------------------------------",
                "nato-ip4-defen…  NATO In…    7",
            ])
        // Below both minimums the numbers move to a panel of their own; the text shares what is left.
        XCTAssertEqual(
            table.render(width: 16),
            [
                "Deck     Title",
                "----------------",
                "nato-i…  NATO I…",
                "",
                "Deck         Due",
                "----------------",
                "nato-ip4-d…    7",
            ])
    }

    func testBarsAreClippedAndDisappearBeforeNumbersMove() {
        var table = Table(columns: [.init("Type"), .init("Answers", alignment: .right), .init("", overflow: .clip)])
        table.addRow(["ranking", "20", String(repeating: "█", count: 20)])
        XCTAssertEqual(
            table.render(width: 30),
            [
                "Type     Answers  ████████████", "------------------------------",
                "ranking       20  ████████████",
            ].enumerated().map { index, line in
                index == 0 ? "Type     Answers" : line
            })
        XCTAssertEqual(table.render(width: 17), ["Type     Answers", "----------------", "ranking       20"])
    }

    func testUnlimitedWidthKeepsEveryCell() {
        let lines = hardest().render()
        XCTAssertTrue(lines[2].contains(longEnglish))
        XCTAssertTrue(lines[3].contains(longArabic))
        XCTAssertEqual(lines[1].count, DisplayWidth.of(lines[2]))
    }

    func testTinyWidthsNeitherCrashNorLengthenRules() {
        for width in 1...12 {
            for line in hardest().lines(width: width) where line.kind == .rule {
                XCTAssertLessThanOrEqual(line.text.count, width)
            }
        }
    }

    func testTheConsoleFitsTablesToItsWidthAndKeepsArabicIsolated() {
        let sink = CapturingOutputSink()
        let console = Console(sink: sink, settings: OutputSettings(color: true, width: .columns(80)))
        console.table(hardest())
        let lines = TerminalSafety.removingStyleSequences(sink.out).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5)
        for line in lines {
            XCTAssertLessThanOrEqual(DisplayWidth.of(line), 80, line)
        }
        XCTAssertTrue(sink.out.hasPrefix("\u{1B}[1mDeck"), "the titles are bold")
        // The cut Arabic prompt is one isolated run, its ellipsis inside: FSI … … RLM PDI.
        XCTAssertTrue(sink.out.contains("\u{2068}خلال"), sink.out)
        XCTAssertTrue(sink.out.contains("…\u{200F}\u{2069}"), sink.out)
    }
}
