import XCTest

@testable import FactDrillKit

/// Input meant to hurt: alias bombs, deep nesting, huge files, terminal escapes.
final class ModelHostileInputTests: XCTestCase {
    /// Nine levels of nine aliases each: 387 million strings if expanded.
    private func billionLaughs(keyed: Bool) -> String {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        // As a mapping key, Yams would hash the expanded node while composing.
        return keyed ? yaml + "? *a9\n: boom\n" : yaml
    }

    func testBillionLaughsIsRefusedBeforeParsing() {
        for keyed in [false, true] {
            let found = problems(billionLaughs(keyed: keyed))
            XCTAssertEqual(found.count, 10)
            XCTAssertEqual(found.first.map { "\($0.line):\($0.column)" }, "1:5")
            XCTAssertTrue(found.first?.message.contains("'&a0' starts a YAML anchor") ?? false)
        }
    }

    func testAnchorScanFindsAnchorsWhereYAMLAllowsThem() {
        let yaml = "a: &x 1\nb:\n  - &y 2\nc: [&z 3, {d: &w 4}]\nd: !!str &v 5\n&u e: 6\n"
        XCTAssertEqual(ModelLoader.anchorMarks(in: yaml).map(\.name), ["x", "y", "z", "w", "v", "u"])
        XCTAssertEqual(ModelLoader.anchorMarks(in: "a: 1\r&t [2]\n").map { "\($0.line):\($0.column)" }, ["2:1"])
    }

    func testAmpersandsInTextAreNotAnchors() {
        let yaml = ModelFixtures.valid(replacing: "  source: Al Jazeera\n", with: "  source: R&D & AT&T \"Q&A\"\n")
        XCTAssertEqual(problems(yaml), [])
    }

    func testAliasWithoutAnchorIsASyntaxProblem() {
        let yaml = ModelFixtures.valid(replacing: "    by: sipri\n", with: "    by: *sipri\n")
        assertOneProblem(yaml, at: 35, 9, ["'*' starts an alias", "write the value out in full"])
    }

    func testDeepNestingIsRefused() {
        let depth = 5000
        let yaml =
            "version: 1\nfacts: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let found = problems(yaml)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.message.contains("deeper than 1000 levels") ?? false, "\(found)")
    }

    func testHugeTextIsRefusedWithoutParsing() {
        let yaml = "# " + String(repeating: "x", count: ModelLoader.maximumSize) + "\n"
        assertOneProblem(yaml, at: 1, 1, ["larger than the 10 MB"])
    }

    func testControlCharactersFromTheFileAreEscapedInMessages() {
        // YAML's "\e" and "\x9b" put ESC and CSI into a key; the message must show them inert.
        let yaml = ModelFixtures.valid(
            replacing: "  source: Al Jazeera\n", with: "  \"sou\\e[2Jrce\\x9b\": Al Jazeera\n")
        let found = problems(yaml)
        XCTAssertEqual(found.count, 1)
        let message = found.first?.message ?? ""
        XCTAssertTrue(message.contains("sou\\u{1B}[2Jrce\\u{9B}"), message)
        XCTAssertFalse(message.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    func testLongValuesAreCutInMessages() {
        let long = String(repeating: "x", count: 500)
        let yaml = ModelFixtures.valid(replacing: "    type: place\n", with: "    type: \(long)\n")
        let message = problems(yaml).first?.message ?? ""
        XCTAssertLessThan(message.count, 300)
        XCTAssertTrue(message.contains("…"))
    }

    func testVisibleForTerminal() {
        XCTAssertEqual(
            "a\u{1B}[31mb\u{9B}c\u{202E}d\te\n".visibleForTerminal, "a\\u{1B}[31mb\\u{9B}c\\u{202E}d\\u{9}e\\u{A}")
        XCTAssertEqual("كوريا الجنوبية — South Korea".visibleForTerminal, "كوريا الجنوبية — South Korea")
    }

    func testSuggestions() {
        XCTAssertEqual(
            Suggestion.closest(to: "entites", among: ["version", "article", "entities", "facts"]), "entities")
        XCTAssertEqual(Suggestion.closest(to: "contry", among: EntityType.allCases.map(\.rawValue)), "country")
        XCTAssertEqual(Suggestion.closest(to: "rnaking", among: FactBody.typeNames), "ranking")
        XCTAssertNil(Suggestion.closest(to: "colour", among: ["id", "title", "source"]))
    }
}
