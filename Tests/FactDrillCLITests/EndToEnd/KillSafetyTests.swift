import FactDrillStore
import Foundation
import XCTest

/// `kill -9` at any moment loses at most the answer being typed: every answer acknowledged on
/// screen is in the review log, and the database stays intact. (scripts/crash-test runs 100.)
final class KillSafetyTests: XCTestCase {
    func testKillingTheProcessMidSessionLosesNoAcknowledgedAnswer() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        // Create the database first so each kill lands in a session, not in setup.
        XCTAssertEqual(try runner.run(["decks"]).status, 0)
        let input = "study\n" + Array(repeating: "10\n\n", count: 20).joined() + "quit\n"
        var generator = SystemRandomNumberGenerator()
        var totalAcknowledged = 0
        for attempt in 0..<8 {
            let process = Process()
            process.executableURL = BinaryRunner.binary
            process.environment = runner.environment.merging(["FACTDRILL_NOW": "2024-07-\(10 + attempt)T10:00:00Z"]) { $1 }
            let stdin = Pipe(), stdout = Pipe()
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = FileHandle.nullDevice
            try process.run()
            stdin.fileHandleForWriting.write(Data(input.utf8))
            usleep(UInt32.random(in: 20_000...250_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? stdin.fileHandleForWriting.close()
            let shown = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            totalAcknowledged += shown.components(separatedBy: "saved:").count - 1

            let database = try StudyDatabase(path: runner.databasePath)
            let report = try database.doctor()
            XCTAssertTrue(report.isHealthy, "attempt \(attempt): \(report)")
            let logged = try database.reviews(cardKey: nil).count
            // Committed then killed before the acknowledgement was printed: at most one more.
            XCTAssertGreaterThanOrEqual(logged, totalAcknowledged, "attempt \(attempt): an acknowledged answer was lost")
            XCTAssertLessThanOrEqual(logged, totalAcknowledged + attempt + 1, "attempt \(attempt)")
            totalAcknowledged = logged
        }
    }
}
