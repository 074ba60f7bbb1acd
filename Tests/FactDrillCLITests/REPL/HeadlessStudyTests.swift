import FactDrillStore
import XCTest

@testable import FactDrillCLI

/// The session `factdrill-bench answer` times is the REPL's: same prompts, same output, answers
/// committed to the database.
final class HeadlessStudyTests: XCTestCase {
    func testRunsTheStudySessionOnTheDatabaseWithTheGivenReaderAndSink() throws {
        let folder = NSTemporaryDirectory() + "headless-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/study.sqlite"
        let reader = ScriptedLineReader(lines: ["x", "", "10th", "3"])
        let sink = CapturingOutputSink()
        let answered = try HeadlessStudy.run(
            databasePath: path, environment: ["FACTDRILL_NOW": "2026-01-10T10:00:00Z", "FACTDRILL_SEED": "1"],
            reader: reader, sink: sink, settings: .plain, limits: DailyLimits(newCards: 5, reviews: 10))
        XCTAssertEqual(answered, 2)
        XCTAssertEqual(reader.prompts, ["answer> ", "rating [1]> ", "answer> ", "rating [1]> ", "answer> "])
        XCTAssertTrue(sink.outLines.contains { $0.hasPrefix("[1/5] nato-ip4-defense-industry") }, sink.out)
        XCTAssertTrue(sink.outLines.contains { $0.hasPrefix("[2/") }, sink.out)
        XCTAssertEqual(sink.outLines.filter { $0.hasPrefix("  saved: ") }.count, 2, sink.out)
        let database = try StudyDatabase(path: path)
        XCTAssertEqual(try database.doctor().reviews, 2)
    }
}
