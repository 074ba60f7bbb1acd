import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillCLI

/// The stats view fitted to 40, 80 and 120 cells: no line longer than the width, numbers whole,
/// long prompts cut, charts narrower, Arabic still isolated.
final class StatsRendererWidthTests: XCTestCase {
    private let longPrompt =
        "In 2019-2023, which country ranked 10th among the world's largest arms exporters, "
        + "according to the Stockholm International Peace Research Institute (SIPRI)?"
    private let longArabic =
        "خلال الفترة 2019-2023، أيّ دولة جاءت في المركز العاشر "
        + "في قائمة أكبر مصدري الأسلحة في العالم؟"

    /// Large figures, a long deck id and long prompts: the view a 120-column terminal used to wrap.
    private func wideStats() -> Stats {
        var stats = StatsFixture.stats(
            title: LocalizedText(
                ar: "الصناعات الدفاعية لحلف الناتو",
                en: "NATO Industrial Capacity Expansion Pledge"),
            prompt: longPrompt, arabicPrompt: longArabic)
        stats.decks[0].deckID = "nato-ip4-defense-industry"
        stats.decks[0].cards = CardStateCounts(
            new: 20_000, learning: 1000, young: 30_000, mature: 48_000,
            suspended: 800)
        stats.decks[0].retention = RetentionByMaturity(
            young: RetentionFigure(total: 137_000, passed: 123_456),
            mature: RetentionFigure(total: 98_765, passed: 91_234))
        stats.overall.cards = stats.decks[0].cards
        stats.hardest[0].deckID = "nato-ip4-defense-industry"
        stats.heatmap = StatsFixture.days(Array(repeating: 3, count: 26 * 7), lastDay: 0)
        return stats
    }

    private func lines(_ stats: Stats, width: Int?, language: String = "en", bidiMarks: Bool = false) -> [String] {
        let sink = CapturingOutputSink()
        let console = Console(sink: sink, settings: OutputSettings(color: false, bidiMarks: bidiMarks))
        for line in StatsRenderer(unicode: true, language: language, width: width).lines(stats) {
            console.line(line)
        }
        return sink.outLines
    }

    func testNoLineIsWiderThanTheTerminal() {
        for width in [40, 80, 120] {
            for language in ["en", "ar"] {
                let shown = lines(wideStats(), width: width, language: language)
                for line in shown {
                    XCTAssertLessThanOrEqual(
                        DisplayWidth.of(line), width,
                        "\(language) at \(width):\n\(shown.joined(separator: "\n"))")
                }
            }
        }
    }

    func testNumbersAreNeverCut() {
        for width in [40, 80, 120] {
            let text = lines(wideStats(), width: width).joined(separator: "\n")
            for figure in [
                "new 20000", "mature 48000", "(99800 in all)", "90.1% (123456/137000)",
                "92.4% (91234/98765)", "43.2%",
            ] {
                XCTAssertTrue(text.contains(figure), "\(figure) at \(width):\n\(text)")
            }
        }
    }

    func testLongPromptsAreCutWithAnEllipsisAndSummaryRowsWrap() throws {
        let shown = lines(wideStats(), width: 80)
        let hardest = try XCTUnwrap(shown.firstIndex(of: "Hardest cards"))
        XCTAssertTrue(shown[hardest + 1].hasPrefix("Deck"))
        XCTAssertEqual(shown[hardest + 2], String(repeating: "-", count: 80))
        XCTAssertTrue(shown[hardest + 3].hasPrefix("nato-ip4-defense-industry  In 2019-2023, which country"))
        XCTAssertTrue(shown[hardest + 3].contains("…"))
        XCTAssertTrue(shown[hardest + 3].hasSuffix("4        9  43.2%"), shown[hardest + 3])
        XCTAssertEqual(
            Array(shown[2...3]),
            [
                "Cards       new 20000  learning 1000  young 30000  mature 48000  suspended 800",
                "            (99800 in all)",
            ])
    }

    func testChartsGetNarrower() throws {
        let narrow = lines(wideStats(), width: 40)
        let forecast = try XCTUnwrap(narrow.firstIndex(of: "Due forecast, next 7 days"))
        XCTAssertEqual(narrow[forecast + 1], "Sat 10 (today) " + String(repeating: "█", count: 23) + " 8")
        let heatmap = try XCTUnwrap(narrow.firstIndex { $0.hasPrefix("Reviews, last") })
        XCTAssertTrue(narrow[heatmap].hasPrefix("Reviews, last 12 weeks"), narrow[heatmap])
        XCTAssertEqual(
            Array(narrow[heatmap...(heatmap + 1)]),
            ["Reviews, last 12 weeks (249 answers on", "  83 days, busiest 3)"])
        XCTAssertTrue(narrow.contains("Mon " + Array(repeating: "██", count: 12).joined(separator: " ")))
        let wide = lines(wideStats(), width: 120)
        let all = try XCTUnwrap(wide.firstIndex { $0.hasPrefix("Reviews, last") })
        XCTAssertTrue(wide[all].hasPrefix("Reviews, last 26 weeks"), wide[all])
    }

    func testArabicStaysIsolatedWhenCut() throws {
        let shown = lines(wideStats(), width: 80, language: "ar", bidiMarks: true)
        let hardest = try XCTUnwrap(shown.firstIndex(of: "Hardest cards"))
        let row = shown[hardest + 3]
        XCTAssertTrue(row.contains("\u{2068}خلال الفترة"), row)
        XCTAssertTrue(row.contains("…\u{200F}\u{2069}"), row)
    }

    func testARecordedHistoryFitsEveryWidth() throws {
        let db = try SampleHistory.build(days: 70, cardsPerDeck: 40)
        let stats = try db.stats(deck: nil, now: StatsFixture.at(hours: 10), dayStart: StatsFixture.day0)
        for width in [40, 80, 120] {
            let text = StatsRenderer(unicode: true, language: "ar", width: width).text(stats)
            for line in text.split(separator: "\n") {
                XCTAssertLessThanOrEqual(DisplayWidth.of(String(line)), width, "at \(width):\n\(text)")
            }
        }
        XCTAssertEqual(
            StatsRenderer(unicode: true).text(stats),
            StatsRenderer(unicode: true, width: 10_000).text(stats))
    }
}
