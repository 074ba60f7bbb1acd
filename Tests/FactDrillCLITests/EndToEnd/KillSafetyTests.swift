import FactDrillStore
import Foundation
import GRDB
import XCTest

/// `kill -9` at any moment loses at most the answer being typed: every answer acknowledged on
/// screen is in the review log, and the database stays intact. (scripts/crash-test runs 100.)
final class KillSafetyTests: XCTestCase {
    func testKillingTheProcessMidSessionLosesNoAcknowledgedAnswer() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        // Create the database first so each kill lands in a session, not in setup.
        XCTAssertEqual(try runner.run(["decks"]).status, 0)
        signal(SIGPIPE, SIG_IGN)  // the typing thread may write to a killed process
        var generator = SystemRandomNumberGenerator()
        var logged = 0
        var killedMidSession = 0
        for attempt in 0..<8 {
            let process = Process()
            process.executableURL = BinaryRunner.binary
            process.environment = runner.environment.merging(["FACTDRILL_NOW": "2024-07-\(10 + attempt)T10:00:00Z"]) {
                $1
            }
            let stdin = Pipe()
            let stdout = Pipe()
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Answers arrive as a person's would, one every few milliseconds, so the kill
            // lands inside the session: mid-answer, mid-commit or between cards.
            let writer = stdin.fileHandleForWriting
            let typing = Thread {
                writer.write(Data("study\n".utf8))
                for _ in 0..<20 {
                    usleep(6_000)
                    try? writer.write(contentsOf: Data("10\n\n".utf8))
                }
            }
            typing.start()
            usleep(UInt32.random(in: 30_000...140_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            while typing.isExecuting { usleep(1_000) }
            try? writer.close()
            let shown = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let acknowledged = shown.components(separatedBy: "saved:").count - 1
            if process.terminationReason == .uncaughtSignal && !shown.contains("Session done") { killedMidSession += 1 }

            let database = try StudyDatabase(path: runner.databasePath)
            let report = try database.doctor()
            XCTAssertTrue(report.isHealthy, "attempt \(attempt): \(report)")
            let now = try database.reviews(cardKey: nil).count
            // Committed then killed before the acknowledgement was printed: at most one more.
            XCTAssertGreaterThanOrEqual(
                now - logged, acknowledged, "attempt \(attempt): an acknowledged answer was lost")
            XCTAssertLessThanOrEqual(
                now - logged, acknowledged + 1, "attempt \(attempt): an answer nobody gave was logged")
            logged = now
        }
        XCTAssertGreaterThan(killedMidSession, 0, "no kill landed inside a session")
    }

    /// A bulk load (its indexes dropped, foreign-key checks off) killed at any moment leaves the
    /// database as it was or with the whole deck, every index in place and every key intact.
    func testKillingABulkImportLeavesAllOrNothing() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        XCTAssertEqual(try runner.run(["decks"]).status, 0)
        let rows = StudyDatabase.bulkLoadMinimumCards + 2_000
        let csv = runner.directory.appendingPathComponent("bulk.csv")
        try (0..<rows).map { "Question \($0)?,Answer \($0),t\($0 % 7)" }.joined(separator: "\n")
            .write(to: csv, atomically: true, encoding: .utf8)
        func schema() throws -> [String] {
            try DatabaseQueue(path: runner.databasePath).read { db in
                try String.fetchAll(db, sql: "SELECT name || ': ' || IFNULL(sql, '') FROM sqlite_master ORDER BY name")
            }
        }
        let schemaBefore = try schema()
        // How long an import takes here, on a copy, to spread the kills over it.
        let copy = runner.directory.appendingPathComponent("timing.sqlite").path
        try FileManager.default.copyItem(atPath: runner.databasePath, toPath: copy)
        let start = Date()
        XCTAssertEqual(try runner.run(["import", csv.path, "--db", copy]).status, 0)
        let duration = Date().timeIntervalSince(start)
        var outcomes: Set<Int> = []
        for fraction in [0.3, 0.5, 0.7, 0.9] {
            let process = Process()
            process.executableURL = BinaryRunner.binary
            process.arguments = ["import", csv.path]
            process.environment = runner.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(duration * fraction * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let database = try StudyDatabase(path: runner.databasePath)
            XCTAssertTrue(try database.doctor().isHealthy, "killed at \(fraction)")
            XCTAssertEqual(try schema(), schemaBefore, "killed at \(fraction): every index in place")
            let cards = try database.cards(deck: "bulk").count
            XCTAssertTrue([0, rows].contains(cards), "killed at \(fraction): \(cards) cards of \(rows)")
            outcomes.insert(cards)
            // Remove the deck again if it landed, so the next kill lands in a bulk load too.
            try DatabaseQueue(path: runner.databasePath).write { db in
                try db.execute(sql: "DELETE FROM decks WHERE id = 'bulk'")
            }
        }
        print("bulk import kills: outcomes \(outcomes.sorted()) (0 = rolled back, \(rows) = committed)")
    }
}
