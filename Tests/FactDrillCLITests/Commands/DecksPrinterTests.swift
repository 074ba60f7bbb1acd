import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillCLI

/// `decks` at 40, 80 and 120 cells: counts whole, ids and titles cut with `…` when narrow.
final class DecksPrinterTests: XCTestCase {
    private func decks() throws -> [DeckSummary] {
        let db = try StudyDatabase.inMemory()
        let installs: [(String, LocalizedText, Int)] = [
            (
                "nato-ip4-defense-industry-2024",
                LocalizedText(en: "NATO Industrial Capacity Expansion Pledge, 2024"), 54
            ),
            ("mideast", LocalizedText(ar: "الشرق الأوسط: الدول والعواصم والقادة"), 12),
        ]
        for (id, title, count) in installs {
            try db.installDeck(
                SampleHistory.deck(id, title: title, count: count),
                source: .file(path: "/decks/\(id).deck.json", contentHash: id), now: StatsFixture.day0)
        }
        return try db.decks(now: StatsFixture.day0)
    }

    private func printed(width: Int) throws -> [String] {
        let sink = CapturingOutputSink()
        let settings = OutputSettings(color: false, bidiMarks: false, width: .columns(width))
        let console = Console(sink: sink, settings: settings)
        console.table(DecksPrinter.table(try decks()))
        return sink.outLines
    }

    func testEveryWidthFitsAndKeepsTheCounts() throws {
        for width in [40, 80, 120] {
            let lines = try printed(width: width)
            let shown = lines.joined(separator: "\n")
            for line in lines {
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "at \(width):\n\(shown)")
            }
            XCTAssertTrue(lines.contains { $0.contains("   54   54") }, "at \(width):\n\(shown)")
            XCTAssertTrue(lines.contains { $0.contains("suspended") }, "at \(width):\n\(shown)")
        }
    }

    func testWideTerminalsShowEverythingAndNarrowOnesCutTheTitle() throws {
        let wide = try printed(width: 120)
        XCTAssertEqual(wide.count, 4)
        XCTAssertTrue(wide[2].hasSuffix("الشرق الأوسط: الدول والعواصم والقادة"), wide[2])
        XCTAssertTrue(wide[3].hasSuffix("NATO Industrial Capacity Expansion Pledge, 2024"), wide[3])
        let normal = try printed(width: 80)
        XCTAssertEqual(normal.count, 4)
        XCTAssertTrue(normal[3].hasPrefix("nato-ip4-defense-industry-2024"), normal[3])
        XCTAssertTrue(normal[3].hasSuffix("  NATO Industrial Cap…"), normal[3])
        XCTAssertTrue(normal[2].hasSuffix("  الشرق الأوسط: الدول…\u{200F}"), normal[2])
        XCTAssertEqual(normal[1], String(repeating: "-", count: 80))
    }

    func testANarrowTerminalCutsTheIdToKeepTheCountsTogether() throws {
        XCTAssertEqual(
            try printed(width: 40),
            [
                "deck          cards  new  due  suspended",
                "----------------------------------------",
                "mideast          12   12    0          0",
                "nato-ip4-de…     54   54    0          0",
                "",
                "deck                            title",
                "----------------------------------------",
                "mideast                         الشرق ا…\u{200F}",
                "nato-ip4-defense-industry-2024  NATO In…",
            ])
    }

    func testAPipeGetsTheWholeTable() throws {
        let sink = CapturingOutputSink()
        Console(sink: sink, settings: .plain).table(DecksPrinter.table(try decks()))
        XCTAssertTrue(sink.out.contains("NATO Industrial Capacity Expansion Pledge, 2024"))
        XCTAssertFalse(sink.out.contains("…"))
    }
}
