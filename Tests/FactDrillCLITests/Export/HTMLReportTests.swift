import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillApp
@testable import FactDrillCLI

/// The self-contained HTML report.
final class HTMLReportTests: XCTestCase {
    private let generated = StatsFixture.at(hours: 10.5)

    private func sampleReport(hostile: Bool = true) throws -> (Stats, String) {
        let db = try SampleHistory.build(days: 60, cardsPerDeck: 48, hostile: hostile)
        let stats = try db.stats(deck: nil, now: StatsFixture.at(hours: 10), dayStart: StatsFixture.day0)
        let history = try RetentionHistory.compute(database: db, deck: nil, dayStart: StatsFixture.day0, days: 84)
        return (
            stats,
            StatsExporter.html(stats, history: history, title: "Progress <report> & \"co\"", generatedAt: generated)
        )
    }

    func testEmbeddedDataEqualsTheJSONExport() throws {
        let (stats, html) = try sampleReport()
        let blocks = try ExportParsing.matches(
            "<script type=\"application/json\" id=\"stats-data\">\\n(.*?)\\n</script>", in: html)
        XCTAssertEqual(blocks.count, 1)
        let embedded = try ExportParsing.json(blocks[0][0])
        let exported = try ExportParsing.json(try StatsExporter.json(stats))
        XCTAssertEqual(NSDictionary(dictionary: embedded), NSDictionary(dictionary: exported))
    }

    func testEveryFigureShownEqualsTheJSONExport() throws {
        let (stats, html) = try sampleReport()
        let exported = try ExportParsing.json(try StatsExporter.json(stats))
        let figures = try ExportParsing.matches("data-key=\"([^\"]+)\" data-value=\"([^\"]*)\"", in: html)
        XCTAssertGreaterThan(figures.count, 84 + 7 + 5 + 7)
        for figure in figures {
            let value = try XCTUnwrap(ExportParsing.value(exported, at: figure[0]), figure[0])
            if value is NSNull {
                XCTAssertEqual(figure[1], "null", figure[0])
            } else {
                let number = try XCTUnwrap(Double(figure[1]), figure[0])
                XCTAssertEqual(number, try XCTUnwrap((value as? NSNumber)?.doubleValue, figure[0]), figure[0])
            }
        }
        let keys = Set(figures.map { $0[0] })
        for key in [
            "overall.cards.total", "overall.due.today", "streak.days", "overall.retention.mature.rate",
            "forecast.6.count", "heatmap.83.count", "overall.cards.mature", "decks.1.cards.new",
            "hardest.0.lapses", "overall.accuracyByType.0.accuracy",
        ] {
            XCTAssertTrue(keys.contains(key), key)
        }
    }

    func testHostileTextIsEscaped() throws {
        let stats = StatsFixture.stats(
            title: LocalizedText(ar: "عنوان\u{202E}", en: "Energy <b>&</b> \"oil\""),
            prompt: "<script>alert(\"x\")</script> \u{1B}[31mred\u{1B}[0m & 'q'")
        let html = StatsExporter.html(stats, title: "Progress <report> & \"co\"", generatedAt: generated)
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 1)  // only the JSON data block
        XCTAssertFalse(html.contains("<b>"))
        XCTAssertTrue(html.contains("Energy &lt;b&gt;&amp;&lt;/b&gt; &quot;oil&quot;"))
        XCTAssertTrue(html.contains("<bdi lang=\"ar\" dir=\"rtl\">عنوان</bdi>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; [31mred[0m &amp; &#39;q&#39;"))
        XCTAssertTrue(html.contains("<title>Progress &lt;report&gt; &amp; &quot;co&quot;</title>"))
        XCTAssertFalse(html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        XCTAssertFalse(html.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
        let data = try XCTUnwrap(try ExportParsing.matches("id=\"stats-data\">\\n(.*?)\\n</script>", in: html).first)
        XCTAssertFalse(data[0].contains("</"))
        XCTAssertEqual(
            ExportParsing.value(try ExportParsing.json(data[0]), at: "hardest.0.prompt.en") as? String,
            "<script>alert(\"x\")</script> \u{1B}[31mred\u{1B}[0m & 'q'")
    }

    func testSelfContainedAndRightToLeftAware() throws {
        let (_, html) = try sampleReport(hostile: false)
        let links = try ExportParsing.matches("(https?://[^\"' )]+)", in: html).map { $0[0] }
        XCTAssertEqual(Set(links), ["http://www.w3.org/2000/svg"])  // the SVG namespace, never fetched
        for forbidden in ["<link", "<img", "@import", "url(", "<iframe", " src="] {
            XCTAssertFalse(html.contains(forbidden), forbidden)
        }
        XCTAssertEqual(html.components(separatedBy: "<svg").count - 1, 6)
        XCTAssertTrue(html.contains("<bdi lang=\"ar\" dir=\"rtl\">الشرق الأوسط ٢٠٢٥</bdi>"))
        XCTAssertTrue(html.contains("<polyline"))
    }

    func testRetentionHistoryAgreesWithTheStoreWindow() throws {
        let db = try SampleHistory.build(days: 50, cardsPerDeck: 20)
        let stats = try db.stats(deck: "mideast", now: StatsFixture.at(hours: 10), dayStart: StatsFixture.day0)
        let history = try RetentionHistory.compute(database: db, deck: "mideast", dayStart: StatsFixture.day0, days: 30)
        let young = history.days.reduce(0) { $0 + $1.young.total }
        let mature = history.days.reduce(0) { $0 + $1.mature.total }
        XCTAssertGreaterThan(young, 0)
        XCTAssertEqual(young, stats.overall.retention.young.total)
        XCTAssertEqual(history.days.reduce(0) { $0 + $1.young.passed }, stats.overall.retention.young.passed)
        XCTAssertEqual(mature, stats.overall.retention.mature.total)
        XCTAssertEqual(history.weeks.count, 5)
        XCTAssertEqual(history.weeks.reduce(0) { $0 + $1.young.total }, young)
    }

    /// Writes the sample report to `FACTDRILL_REPORT_SAMPLE` (used by `scripts/render-report`).
    func testWriteSampleReportWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["FACTDRILL_REPORT_SAMPLE"], !path.isEmpty else {
            throw XCTSkip("set FACTDRILL_REPORT_SAMPLE=/path/report.html to write the sample report")
        }
        let (stats, html) = try sampleReport()
        try html.write(toFile: path, atomically: true, encoding: .utf8)
        try StatsRenderer(unicode: true).text(stats).write(toFile: path + ".txt", atomically: true, encoding: .utf8)
    }
}
