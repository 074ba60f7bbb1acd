import FactDrillApp
import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillCLI

/// The terminal view of `stats` on hand-made figures.
final class StatsRendererTests: XCTestCase {
    private func plainLines(_ stats: Stats, unicode: Bool, language: String = "en", barWidth: Int = 30) -> [String] {
        let sink = CapturingOutputSink()
        let console = Console(sink: sink, settings: OutputSettings(color: false, bidiMarks: false))
        for line in StatsRenderer(unicode: unicode, language: language, barWidth: barWidth).lines(stats) {
            console.line(line)
        }
        return sink.outLines
    }

    func testSummaryLinesAreExact() {
        let lines = plainLines(StatsFixture.stats(), unicode: false)
        XCTAssertEqual(
            Array(lines.prefix(8)),
            [
                "Stats: all decks (2)",
                "",
                "Cards       new 13  learning 2  young 7  mature 5  suspended 1  (28 in all)",
                "Due         today 8  tomorrow 4  this week 20",
                "Today       12 reviews (2 again), 3 practice, 4m 12s",
                "Retention   young 85.0% (17/20)  mature 90.0% (9/10)  last 30 days",
                "Recall now  87.7% average over 14 cards",
                "Streak      5 days (studied today)",
            ])
    }

    func testForecastBarsUseEighthsOrHashes() {
        let stats = StatsFixture.stats(forecast: [8, 4, 1, 0, 2, 2, 3])
        let unicode = plainLines(stats, unicode: true, barWidth: 4)
        XCTAssertTrue(unicode.contains("Sat 10 (today) ████ 8"), unicode.joined(separator: "\n"))
        XCTAssertTrue(unicode.contains("Sun 11         ██   4"))
        XCTAssertTrue(unicode.contains("Mon 12         ▌    1"))
        XCTAssertTrue(unicode.contains("Tue 13              0"))
        XCTAssertTrue(unicode.contains("Fri 16         █▌   3"))
        let ascii = plainLines(stats, unicode: false, barWidth: 4)
        XCTAssertTrue(ascii.contains("Sat 10 (today) #### 8"), ascii.joined(separator: "\n"))
        XCTAssertTrue(ascii.contains("Mon 12         #    1"))
        XCTAssertTrue(ascii.contains("Fri 16         ##   3"))
    }

    func testHeatmapIsAWeekdayGrid() throws {
        // Sun 4 Jan … Sat 10 Jan: 0, 1, 2, 3, 4, 0, 8 answers (levels 0 1 1 2 2 0 4).
        let ascii = plainLines(StatsFixture.stats(heatmap: [0, 1, 2, 3, 4, 0, 8]), unicode: false)
        let start = try XCTUnwrap(ascii.firstIndex { $0.hasPrefix("Reviews, last 1 weeks") })
        XCTAssertEqual(ascii[start], "Reviews, last 1 weeks (18 answers on 5 days, busiest 8)")
        XCTAssertEqual(
            Array(ascii[(start + 1)...(start + 9)]),
            [
                "    4 Jan", "Mon    ::", "Tue    ::", "Wed    --", "Thu    --", "Fri    ..", "Sat    ##", "Sun ..",
                "    less .. :: -- == ## more",
            ])
        let unicode = plainLines(StatsFixture.stats(heatmap: [0, 1, 2, 3, 4, 0, 8]), unicode: true)
        XCTAssertTrue(unicode.contains("Sat    ██"))
        XCTAssertTrue(unicode.contains("Wed    ▒▒"))
        XCTAssertTrue(unicode.contains("    less ·· ░░ ▒▒ ▓▓ ██ more"))
    }

    func testHeatmapLevels() {
        XCTAssertEqual((0...8).map { StatsRenderer.level($0, most: 8) }, [0, 1, 1, 2, 2, 3, 3, 4, 4])
        XCTAssertEqual(StatsRenderer.level(0, most: 0), 0)
        XCTAssertEqual(StatsRenderer.level(1, most: 1000), 1)
    }

    func testASCIIModeWritesOnlyASCII() {
        let text = StatsRenderer(unicode: false).text(StatsFixture.stats(title: LocalizedText(en: "Middle East")))
        XCTAssertTrue(text.contains("Hardest cards"))
        XCTAssertTrue(text.contains("#"))
        XCTAssertEqual(text.unicodeScalars.filter { $0.value > 0x7F }.count, 0, text)
    }

    func testUnicodeModeUsesBlocks() {
        let text = StatsRenderer(unicode: true).text(StatsFixture.stats())
        XCTAssertTrue(text.contains("█"))
        XCTAssertTrue(text.contains("░░"))
        XCTAssertFalse(text.contains("##"))
    }

    func testTablesStayAlignedWithArabicText() throws {
        let lines = plainLines(
            StatsFixture.stats(arabicPrompt: "ما الدولةُ التي حلّت ثالثةً؟"), unicode: true,
            language: "ar")
        let start = try XCTUnwrap(lines.firstIndex(of: "Hardest cards"))
        let table = Array(lines[(start + 1)...(start + 3)])
        XCTAssertTrue(table[2].contains("ما الدولةُ"))
        // The last column is right-aligned: every line of the table ends at the same cell.
        XCTAssertEqual(Set(table.map(DisplayWidth.of)).count, 1, table.joined(separator: "\n"))
        let decks = try XCTUnwrap(lines.firstIndex(of: "Decks: cards and due"))
        XCTAssertEqual(Set(lines[(decks + 1)...(decks + 4)].map(DisplayWidth.of)).count, 1)
    }

    func testDeckTablesAreExact() throws {
        let lines = plainLines(StatsFixture.stats(), unicode: false)
        let activity = try XCTUnwrap(lines.firstIndex(of: "Decks: today, retention and recall"))
        XCTAssertEqual(
            Array(lines[(activity + 1)...(activity + 4)]),
            [
                "Deck     Reviews  Again  Practice    Time      Ret young    Ret mature  Avg R",
                "-----------------------------------------------------------------------------",
                "mideast       12      2         3  4m 12s  85.0% (17/20)  90.0% (9/10)  87.7%",
                "empty          0      0         0      0s              -             -      -",
            ])
        let byDeck = try XCTUnwrap(lines.firstIndex(of: "Accuracy by deck and type (answers)"))
        XCTAssertEqual(
            Array(lines[(byDeck + 1)...(byDeck + 4)]),
            [
                "Deck          event     ranking",
                "-------------------------------",
                "mideast  60.0% (10)  95.0% (20)",
                "empty             -           -",
            ])
    }

    func testAccuracyNamesTheWeakestType() {
        let lines = plainLines(StatsFixture.stats(), unicode: false)
        XCTAssertTrue(lines.contains("Weakest: event (60.0% of 10 answers)"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("event") && $0.contains("60.0%") && $0.hasSuffix("############") })
    }

    func testHostileDeckTextCannotReachTheTerminal() {
        let stats = StatsFixture.stats(
            title: LocalizedText(en: "\u{1B}]0;owned\u{07}Deck\u{1B}[2J"),
            prompt: "Who\u{1B}[31m ranked\u{08}\u{202E} 3rd?")
        let sink = CapturingOutputSink()
        let console = Console(sink: sink, settings: OutputSettings(color: true, bidiMarks: true))
        for line in StatsRenderer(unicode: true).lines(stats) { console.line(line) }
        let visible = TerminalSafety.removingStyleSequences(sink.out)
        XCTAssertEqual(TerminalSafety.forbiddenScalars(in: visible, allowLineFeeds: true, allowIsolates: true), [])
        XCTAssertTrue(visible.contains("Who ranked␈ 3rd?"))
    }

    func testOneDeckHasNoDeckTables() throws {
        let db = try SampleHistory.build(days: 30, cardsPerDeck: 12)
        let stats = try db.stats(deck: "energy", now: StatsFixture.at(hours: 10), dayStart: StatsFixture.day0)
        let lines = plainLines(stats, unicode: false)
        XCTAssertEqual(lines.first, "Stats: deck energy - Energy")
        XCTAssertFalse(lines.contains { $0.hasPrefix("Decks") || $0.hasPrefix("Accuracy by deck") })
        XCTAssertTrue(lines.contains("Due forecast, next 7 days"))
        XCTAssertTrue(lines.allSatisfy { !$0.hasPrefix("mideast") })
    }

    func testEmptyDatabaseSaysSo() throws {
        let db = try StudyDatabase.inMemory()
        let stats = try db.stats(deck: nil, now: StatsFixture.at(hours: 10), dayStart: StatsFixture.day0)
        XCTAssertEqual(
            StatsRenderer(unicode: false).text(stats), "Stats: all decks (0)\n\nNo decks yet: install one first.\n")
    }

    func testDurations() {
        XCTAssertEqual(StatsText.duration(milliseconds: 9_400), "9s")
        XCTAssertEqual(StatsText.duration(milliseconds: 252_000), "4m 12s")
        XCTAssertEqual(StatsText.duration(milliseconds: 3_720_000), "1h 02m")
    }
}
