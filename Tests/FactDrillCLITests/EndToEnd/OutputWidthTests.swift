import Foundation
import XCTest

@testable import FactDrillCLI

/// The built binary's tables on a pipe: whole unless `COLUMNS` is set, then fitted to it.
final class OutputWidthTests: XCTestCase {
    private func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    func testAPipeGetsWholeLinesAndColumnsFitsThem() throws {
        var runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let whole = try runner.run(["decks"])
        XCTAssertEqual(whole.status, 0, whole.stderr)
        XCTAssertGreaterThan(widest(whole.stdout), 60, whole.stdout)
        XCTAssertFalse(whole.stdout.contains("…"), whole.stdout)
        runner.environment["COLUMNS"] = "60"
        for command in [["decks"], ["stats"]] {
            let fitted = try runner.run(command)
            XCTAssertEqual(fitted.status, 0, fitted.stderr)
            XCTAssertLessThanOrEqual(widest(fitted.stdout), 60, fitted.stdout)
        }
        let decks = try runner.run(["decks"])
        XCTAssertTrue(decks.stdout.contains("   49   49    0          0  "), decks.stdout)
        XCTAssertTrue(decks.stdout.contains("…"), decks.stdout)
    }
}
