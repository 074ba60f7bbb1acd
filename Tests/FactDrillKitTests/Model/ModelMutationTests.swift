import XCTest

@testable import FactDrillKit

/// Seeded random damage to a valid model: the loader must never crash, must never load a damaged
/// model silently unless it is still valid, and must place every problem inside the file.
final class ModelMutationTests: XCTestCase {
    private let pieces = [
        ":", "-", " ", "\n", "[", "]", "{", "}", "\"", "'", "#", "&a ", "*a", "!!int ", "x", "2024-13", "\t", "0",
    ]

    func testDamagedModelsAreReportedInsideTheFile() {
        var random = SplitMix64(seed: 2024)
        let original = Array(ModelFixtures.valid.unicodeScalars)
        var reported = 0
        for _ in 0..<400 {
            var scalars = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<scalars.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: scalars.remove(at: at)
                case 1: scalars.insert(contentsOf: pieces.randomElement(using: &random)!.unicodeScalars, at: at)
                default: scalars[at] = pieces.randomElement(using: &random)!.unicodeScalars.first!
                }
            }
            let yaml = String(String.UnicodeScalarView(scalars))
            let lineCount = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
            let result = ModelLoader.problems(yaml: yaml, file: "m.yaml")
            XCTAssertEqual(result.model == nil, !result.problems.isEmpty)
            for problem in result.problems {
                XCTAssertTrue((1...lineCount + 1).contains(problem.line), "\(problem) in\n\(yaml)")
                XCTAssertGreaterThanOrEqual(problem.column, 1)
                XCTAssertFalse(problem.message.isEmpty)
                XCTAssertFalse(problem.message.unicodeScalars.contains { String.isInvisibleControl($0) }, "\(problem)")
            }
            if !result.problems.isEmpty { reported += 1 }
        }
        // Most damage breaks something; a run where nothing was ever reported means the check is not running.
        XCTAssertGreaterThan(reported, 200)
    }
}
