import XCTest

@testable import FactDrillKit

/// A model with ten different mistakes gets exactly ten messages, each at its node.
final class ModelTenMistakesTests: XCTestCase {
    func testTenMistakesTenMessages() {
        let mistakes: [(old: String, new: String, position: String, words: String)] = [
            ("  id: nato-ip4\n", "  id: NATO_ip4\n", "3:7", "not a valid slug"),
            ("  source: Al Jazeera\n", "  sourse: Al Jazeera\n", "5:3", "did you mean 'source'?"),
            ("  published: 2024-07\n", "  published: 2024-13\n", "6:14", "month must be 1-12"),
            (
                "    name: {ar: \"أستراليا\", en: \"Australia\"}\n", "    name: {ar: \"أستراليا\"}\n", "17:11",
                "no 'en' text"
            ),
            ("    type: place\n", "    type: city\n", "22:11", "unknown entity type 'city'"),
            ("    by: sipri\n", "    by: sipr\n", "35:9", "no entity 'sipr'"),
            ("      - {entity: aus, rank: 16}\n", "      - {entity: aus, rank: 0}\n", "38:29", "below 1"),
            ("    date: 2022\n", "    date: 2024-02-30\n", "43:11", "day must be 1-29"),
            ("    person: carpenter\n", "    person: us-nsc\n", "48:13", "not a person"),
            ("    type: set\n", "    type: sets\n", "53:11", "unknown fact type 'sets'"),
        ]
        var yaml = ModelFixtures.valid
        for mistake in mistakes {
            XCTAssertEqual(yaml.components(separatedBy: mistake.old).count, 2, mistake.old)
            yaml = yaml.replacingOccurrences(of: mistake.old, with: mistake.new)
        }
        let found = problems(yaml)
        XCTAssertEqual(found.count, 10, found.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(found.map { "\($0.line):\($0.column)" }, mistakes.map(\.position))
        for (problem, mistake) in zip(found, mistakes) {
            XCTAssertTrue(problem.message.contains(mistake.words), "\(mistake.words) not in \(problem)")
        }
        XCTAssertNil(
            ModelLoader.problems(yaml: yaml, file: "m.article.yaml").model, "a file with problems loads nothing")
    }
}
