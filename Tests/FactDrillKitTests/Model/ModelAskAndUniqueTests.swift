import XCTest

@testable import FactDrillKit

/// A fact's `ask:` and a role's `unique:`: read, validated at their line and column.
final class ModelAskAndUniqueTests: XCTestCase {
    private func broken(_ old: String, _ new: String) -> String { ModelFixtures.valid(replacing: old, with: new) }

    private func load(_ yaml: String) throws -> ArticleModel {
        try ModelLoader.load(yaml: yaml, file: "m.article.yaml")
    }

    func testAskAndUniqueAreRead() throws {
        let yaml = broken(
            "    as_of: 2024-07\n", "    as_of: 2024-07\n    unique: false\n    ask: [holder, title]\n")
        let model = try load(
            yaml.replacingOccurrences(of: "    date: 2022\n", with: "    date: 2022\n    ask: [place]\n"))
        let role = try XCTUnwrap(model.facts.first { $0.id == "carpenter-role" })
        guard case .role(let body) = role.body else { return XCTFail("not a role") }
        XCTAssertEqual(body.unique, false)
        XCTAssertEqual(role.ask, [.roleHolder, .roleTitle])
        XCTAssertEqual(model.facts.first { $0.id == "madrid-summit" }?.ask, [.eventPlace])
        XCTAssertNil(model.facts.first { $0.id == "sipri-exporters" }?.ask, "no ask: lets the generator choose")
    }

    func testRankingShortNamesAndFullNames() throws {
        let model = try load(
            broken("    period: \"2019-2023\"\n", "    period: \"2019-2023\"\n    ask: [rank, holder-of]\n"))
        XCTAssertEqual(model.facts.first?.ask, [.rankingRankOf, .rankingHolderOf])
    }

    func testUniqueMustBeTrueOrFalse() {
        assertOneProblem(
            broken("    as_of: 2024-07\n", "    as_of: 2024-07\n    unique: maybe\n"), at: 52, 13,
            ["fact 'carpenter-role'", "unique must be true or false", "maybe"])
        assertOneProblem(
            broken("    as_of: 2024-07\n", "    as_of: 2024-07\n    unique: [yes]\n"), at: 52, 13,
            ["unique must be true or false", "found a list"])
    }

    func testUniqueBelongsToRolesOnly() {
        assertOneProblem(
            broken("    date: 2022\n", "    date: 2022\n    unique: true\n"), at: 44, 5,
            ["key 'unique' does not belong to an event fact"])
    }

    func testAnUnknownQuestionNameListsTheValidOnes() {
        assertOneProblem(
            broken("    date: 2022\n", "    date: 2022\n    ask: [date, holder]\n"), at: 44, 17,
            ["fact 'madrid-summit'", "ask 'holder' is not a question of an event fact", "date, place, earlier, order"])
    }

    func testAskMustBeANonEmptyListOfDistinctNames() {
        assertOneProblem(
            broken("    date: 2022\n", "    date: 2022\n    ask: date\n"), at: 44, 10, ["ask must be a list"])
        assertOneProblem(broken("    date: 2022\n", "    date: 2022\n    ask: []\n"), at: 44, 10, ["ask is empty"])
        assertOneProblem(
            broken("    date: 2022\n", "    date: 2022\n    ask: [date, date]\n"), at: 44, 17,
            ["'date' is already listed"])
    }
}
