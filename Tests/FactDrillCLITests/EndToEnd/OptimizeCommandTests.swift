import Foundation
import XCTest

/// `factdrill optimize` as a user runs it: a log from elsewhere fitted without a database, a bad
/// log refused with its line, parameters saved and reset, the desired retention's range.
final class OptimizeCommandTests: XCTestCase {
    /// A review log of `cards` cards in the export format: Good mostly, an Again now and then,
    /// intervals growing; a Hard first answer gets a same-day step.
    static func log(cards: Int, seed: UInt64 = 1) -> String {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var lines = ["card_id,review_time,review_rating,review_state,review_duration"]
        let start: Int64 = 1_704_067_200_000  // 2024-01-01T00:00:00Z
        for card in 1...cards {
            var day = Int64(next() % 60)
            var interval: Int64 = 1
            var reviewState = 0
            for review in 0..<8 {
                let roll = next() % 10
                let rating = review == 0 ? [1, 2, 3, 3, 3, 4][Int(roll % 6)] : (roll < 1 ? 1 : (roll < 2 ? 2 : 3))
                let time = start + day * 86_400_000 + 36_000_000 + Int64(card) * 1000
                lines.append("\(card),\(time),\(rating),\(reviewState),4000")
                if rating == 2, review == 0 { lines.append("\(card),\(time + 600_000),3,1,3000") }
                reviewState = rating == 1 ? 3 : 2
                interval = rating == 1 ? 1 : interval * (rating == 2 ? 2 : 3)
                day += interval
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func testALogFromElsewhereIsFittedWithoutADatabase() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let csv = runner.directory.appendingPathComponent("revlog.csv")
        try Self.log(cards: 300).write(to: csv, atomically: true, encoding: .utf8)
        var environment = runner
        environment.environment["TZ"] = "UTC"
        let result = try environment.run(["optimize", "--from", csv.path, "--dry-run", "--json", "--day-start", "0"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let parameters = try XCTUnwrap(object["parameters"] as? [Double])
        XCTAssertEqual(parameters.count, 21)
        XCTAssertEqual(object["outcome"] as? String, "fitted")
        XCTAssertEqual(object["reviews"] as? Int, Self.log(cards: 300).split(separator: "\n").count - 1)
        let after = try XCTUnwrap(object["logLoss"] as? Double)
        let before = try XCTUnwrap((object["before"] as? [String: Double])?["logLoss"])
        XCTAssertLessThan(after, before, "the fit predicts the log better than the defaults")
        XCTAssertNotNil(object["rmseBins"] as? Double)
        XCTAssertEqual(object["saved"] as? Bool, false)
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.databasePath), "a dry run opens no database")

        let human = try environment.run(["optimize", "--from", csv.path, "--dry-run"])
        XCTAssertEqual(human.status, 0, human.stderr)
        for expected in ["Fitted FSRS-6 to", "log loss", "RMSE(bins)", "reviews due in the next 7 days", "Dry run"] {
            XCTAssertTrue(human.stdout.contains(expected), "\(expected) in:\n\(human.stdout)")
        }
    }

    func testABadLogIsRefusedWithItsLineAndChangesNothing() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let csv = runner.directory.appendingPathComponent("bad.csv")
        try
            "card_id,review_time,review_rating,review_state,review_duration\n1,1704067200000,3,0,1000\n1,1704153600000,7,2,1000\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let result = try runner.run(["optimize", "--from", csv.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("bad.csv:3: review_rating 7 is not 1-4"), result.stderr)
        let seconds = runner.directory.appendingPathComponent("seconds.csv")
        try "card_id,review_time,review_rating,review_state,review_duration\n1,1704067200,3,0,1000\n"
            .write(to: seconds, atomically: true, encoding: .utf8)
        let unit = try runner.run(["optimize", "--from", seconds.path, "--dry-run"])
        XCTAssertTrue(
            unit.stderr.contains("seconds.csv:2: review_time 1704067200 is not in epoch milliseconds"), unit.stderr)
        let header = runner.directory.appendingPathComponent("header.csv")
        try "id,time,rating\n1,2,3\n".write(to: header, atomically: true, encoding: .utf8)
        let missing = try runner.run(["optimize", "--from", header.path, "--dry-run"])
        XCTAssertTrue(missing.stderr.contains("header.csv:1: the header has no column card_id"), missing.stderr)
        let models = try runner.run(["optimize", "--reset"])
        XCTAssertTrue(models.stdout.contains("has no fitted parameters"), "nothing was saved: \(models.stdout)")
    }

    func testParametersAreSavedThenResetAndTheRetentionIsChecked() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let csv = runner.directory.appendingPathComponent("revlog.csv")
        try Self.log(cards: 300).write(to: csv, atomically: true, encoding: .utf8)
        let fitted = try runner.run(["optimize", "--from", csv.path])
        XCTAssertEqual(fitted.status, 0, fitted.stderr)
        XCTAssertTrue(fitted.stdout.contains("Saved for the collection"), fitted.stdout)
        let reset = try runner.run(["optimize", "--reset"])
        XCTAssertTrue(reset.stdout.contains("back to the defaults"), reset.stdout)

        let low = try runner.run(["optimize", "--desired-retention", "0.6"])
        XCTAssertEqual(low.status, 0, low.stderr)
        XCTAssertTrue(low.stderr.contains("warning: a desired retention of 0.6 is unusual"), low.stderr)
        XCTAssertTrue(low.stdout.contains("aim at 60% recall"), low.stdout)
        let impossible = try runner.run(["optimize", "--desired-retention", "1.2"])
        XCTAssertNotEqual(impossible.status, 0)
        XCTAssertTrue(impossible.stderr.contains("strictly between 0 and 1"), impossible.stderr)
        let unknown = try runner.run(["optimize", "--deck", "nope"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("no deck 'nope'"), unknown.stderr)

        // The seed deck has no reviews yet: nothing to fit, said plainly.
        let empty = try runner.run(["optimize"])
        XCTAssertEqual(empty.status, 0, empty.stderr)
        XCTAssertTrue(empty.stdout.contains("Not enough to fit"), empty.stdout)
    }
}
