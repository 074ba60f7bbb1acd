import XCTest

@testable import FactDrillKit

/// An entity's `definite`: read when true or false, refused with its position otherwise.
final class EntityDefiniteTests: XCTestCase {
    func testDefiniteIsReadAndOptional() throws {
        let yaml = ModelFixtures.valid(
            replacing: "    name: {ar: \"أستراليا\", en: \"Australia\"}\n",
            with: "    name: {ar: \"أستراليا\", en: \"Australia\"}\n    definite: true\n")
        let model = try ModelLoader.load(yaml: yaml, file: "m.article.yaml")
        XCTAssertEqual(model.entity("aus")?.definite, true)
        XCTAssertNil(model.entity("kor")?.definite)
        let no = try ModelLoader.load(
            yaml: ModelFixtures.valid(replacing: "    type: place\n", with: "    type: place\n    definite: false\n"),
            file: "m.article.yaml")
        XCTAssertEqual(no.entity("madrid")?.definite, false)
    }

    func testAWrongDefiniteIsReportedAtItsValue() {
        assertOneProblem(
            ModelFixtures.valid(replacing: "    type: place\n", with: "    type: place\n    definite: maybe\n"),
            at: 23, 15, ["entity 'madrid'", "definite must be true or false", "'maybe'"])
        assertOneProblem(
            ModelFixtures.valid(replacing: "    type: place\n", with: "    type: place\n    definite: [true]\n"),
            at: 23, 15, ["definite must be true or false", "a list"])
        assertOneProblem(
            ModelFixtures.valid(replacing: "    type: place\n", with: "    type: place\n    definite: yes\n"),
            at: 23, 15, ["definite must be true or false", "'yes'"])
    }
}
