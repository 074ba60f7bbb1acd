import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillApp

/// CSV and JSON exports of `Stats`.
final class StatsExporterTests: XCTestCase {
    private let hostileTitle = LocalizedText(ar: "عنوان\u{1B}[31m", en: "=HYPERLINK(\"x\"),<script>\u{1B}]0;t\u{07}")

    func testCSVHasTheDocumentedColumnsAndARowPerDeckAndAll() {
        let records = ExportParsing.csv(StatsExporter.csv(StatsFixture.stats()))
        XCTAssertEqual(records.first, StatsExporter.csvColumns)
        XCTAssertEqual(records.map { $0.first ?? "" }, ["deck", "mideast", "empty", "all"])
        XCTAssertTrue(records.allSatisfy { $0.count == StatsExporter.csvColumns.count })
        let row = Dictionary(uniqueKeysWithValues: zip(records[0], records[1]))
        XCTAssertEqual(row["title_en"], "Middle East 2025")
        XCTAssertEqual(row["title_ar"], "الشرق الأوسط")
        XCTAssertEqual(row["cards_total"], "25")
        XCTAssertEqual(row["retention_young"], "0.85")
        XCTAssertEqual(row["avg_retrievability"], "0.8765")
        XCTAssertEqual(row["event_accuracy"], "0.6")
        XCTAssertEqual(row["role_answers"], "0")
        XCTAssertEqual(row["role_accuracy"], "")
        let empty = Dictionary(uniqueKeysWithValues: zip(records[0], records[2]))
        XCTAssertEqual(empty["retention_mature"], "")
        let all = Dictionary(uniqueKeysWithValues: zip(records[0], records[3]))
        XCTAssertEqual(all["new"], "13")
        XCTAssertEqual(all["title_en"], "")
    }

    func testCSVQuotesAndDefusesHostileTitles() {
        let text = StatsExporter.csv(StatsFixture.stats(title: hostileTitle))
        XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        let records = ExportParsing.csv(text)
        XCTAssertEqual(records[1][1], "'=HYPERLINK(\"x\"),<script>]0;t")
        XCTAssertEqual(records[1][2], "عنوان[31m")
        XCTAssertEqual(records[1].count, StatsExporter.csvColumns.count)
    }

    func testJSONSchemaKeysAreStable() throws {
        let root = try ExportParsing.json(try StatsExporter.json(StatsFixture.stats()))
        XCTAssertEqual(
            Set(root.keys),
            [
                "schema", "now", "dayStart", "deck", "windowDays", "overall", "decks", "hardest",
                "streak", "forecast", "heatmap", "calibration",
            ])
        XCTAssertEqual(root["schema"] as? String, "factdrill.stats/1")
        XCTAssertEqual(root["now"] as? String, "2026-01-10T10:00:00Z")
        XCTAssertTrue(root["deck"] is NSNull)
        let deckKeys: Set<String> = [
            "deck", "title", "cards", "due", "today", "retention", "averageRetrievability",
            "retrievabilityCards", "accuracyByType",
        ]
        let overall = try XCTUnwrap(root["overall"] as? [String: Any])
        XCTAssertEqual(Set(overall.keys), deckKeys)
        XCTAssertTrue(overall["title"] is NSNull)
        let decks = try XCTUnwrap(root["decks"] as? [[String: Any]])
        XCTAssertEqual(decks.map { Set($0.keys) }, [deckKeys, deckKeys])
        XCTAssertTrue(decks[1]["averageRetrievability"] is NSNull)
        XCTAssertEqual(ExportParsing.value(root, at: "decks.0.cards.total") as? Int, 25)
        XCTAssertEqual(ExportParsing.value(root, at: "decks.0.retention.young.rate") as? Double, 0.85)
        XCTAssertTrue(ExportParsing.value(root, at: "decks.1.retention.young.rate") is NSNull)
        XCTAssertEqual(ExportParsing.value(root, at: "decks.0.accuracyByType.0.type") as? String, "event")
        XCTAssertEqual(ExportParsing.value(root, at: "hardest.0.retrievability") as? Double, 0.4321)
        XCTAssertEqual(ExportParsing.value(root, at: "hardest.0.prompt.ar") as? String, "ما الدولة الثالثة؟")
        XCTAssertEqual(ExportParsing.value(root, at: "streak.days") as? Int, 5)
        XCTAssertEqual(ExportParsing.value(root, at: "forecast.6.date") as? String, "2026-01-16")
        XCTAssertEqual(ExportParsing.value(root, at: "heatmap.6.day") as? Int, 0)
        XCTAssertEqual(ExportParsing.value(root, at: "heatmap.0.start") as? String, "2026-01-04T00:00:00Z")
    }

    func testJSONKeepsHostileTextAsEscapedData() throws {
        let text = try StatsExporter.json(StatsFixture.stats(title: hostileTitle, prompt: "</script>\u{1B}[2J\"x\""))
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let root = try ExportParsing.json(text)
        XCTAssertEqual(ExportParsing.value(root, at: "decks.0.title.en") as? String, hostileTitle["en"])
        XCTAssertEqual(ExportParsing.value(root, at: "hardest.0.prompt.en") as? String, "</script>\u{1B}[2J\"x\"")
    }

    func testJSONMatchesTheStoreOnARecordedHistory() throws {
        let db = try SampleHistory.build(days: 40, cardsPerDeck: 16)
        let stats = try db.stats(deck: nil, now: StatsFixture.at(hours: 10), dayStart: StatsFixture.day0)
        let root = try ExportParsing.json(try StatsExporter.json(stats))
        XCTAssertEqual(ExportParsing.value(root, at: "overall.cards.total") as? Int, stats.overall.cards.total)
        XCTAssertEqual(
            ExportParsing.value(root, at: "overall.retention.mature.total") as? Int,
            stats.overall.retention.mature.total)
        XCTAssertEqual((root["heatmap"] as? [Any])?.count, stats.heatmap.count)
        XCTAssertGreaterThan(stats.overall.retention.young.total, 0)
        XCTAssertEqual(
            ExportParsing.value(root, at: "overall.retention.young.rate") as? Double,
            StatsText.rounded(stats.overall.retention.young.rate))
    }
}
