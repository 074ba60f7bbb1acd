import FactDrillKit
import Foundation
import XCTest

@testable import FactDrillStore

/// The direct JSON column writers give exactly the text of `JSONEncoder` (sorted keys, slashes
/// unescaped), so content comparisons on re-import see no change between versions.
final class JSONColumnTests: XCTestCase {
    private func viaEncoder<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private let strings = [
        "", "South Korea", "كوريا الجنوبية", "a \"quoted\" word", "back\\slash", "a/b",
        "tab\there", "line\nbreak", "bell\u{07}", "del\u{7F}", "\u{2028}sep", "emoji 👍🏽",
        "e\u{301}", "\u{FEFF}bom", "null\u{0}",
    ]

    func testListsOfStringsMatchJSONEncoder() throws {
        for string in strings {
            XCTAssertEqual(JSONColumn.encode([string, "x"]), try viaEncoder([string, "x"]), string.debugDescription)
        }
        XCTAssertEqual(JSONColumn.encode([String]()), "[]")
        XCTAssertEqual(JSONColumn.encodeOptional(nil as [String]?), nil)
    }

    func testLocalizedTextsMatchJSONEncoder() throws {
        for string in strings {
            let text = LocalizedText(ar: "نص", en: string)
            XCTAssertEqual(JSONColumn.encode(text), try viaEncoder(text.values), string.debugDescription)
        }
        for keys in [["en", "ar"], ["zh-Hant", "en", "ar"], ["EN", "ar"], ["fr", "de", "ar", "en"]] {
            let text = LocalizedText(Dictionary(uniqueKeysWithValues: keys.map { ($0, "v-\($0)") }))
            XCTAssertEqual(JSONColumn.encode(text), try viaEncoder(text.values), keys.description)
        }
        let choices = [LocalizedText(ar: "١", en: "one"), LocalizedText(ar: "٢", en: "two \"2\"")]
        XCTAssertEqual(JSONColumn.encode(choices), try viaEncoder(choices))
        XCTAssertEqual(JSONColumn.encodeOptional(choices), try viaEncoder(choices))
    }
}

/// The direct readers give what `JSONDecoder` gives, and refuse what it refuses.
final class JSONColumnDecodingTests: XCTestCase {
    private func fail(_ reason: String) -> StoreError { .corruptRow(table: "cards", id: "1", reason: reason) }

    func testListsReadAsJSONDecoderReadsThem() throws {
        let texts = [
            "[]", "[\"a\"]", "[\"a\",\"b\"]", " [ \"x y\" , \" lead\" ] ", "[\"q \\\"uote\\\" \\\\ \\/ s\"]",
            "[\"كوريا الجنوبية\",\"emoji 👍🏽\"]", "[\"line\\nbreak\"]", "[\"\\u0041\"]", "[\"a\",]", "[\"a\"", "[1]",
            "[\"a\"] x", "{}", "", "null", "[\"a\" \"b\"]",
        ]
        for text in texts {
            let expected = try? JSONDecoder().decode([String].self, from: Data(text.utf8))
            let actual = try? JSONColumn.decode([String].self, text, or: fail)
            XCTAssertEqual(actual, expected, text)
        }
    }

    func testTextsReadAsJSONDecoderReadsThem() throws {
        let texts = [
            "{}", "{\"ar\":\"نص\",\"en\":\"text\"}", "{ \"en\" : \" spaced \" }", "{\"en\":\"a\\\"b\"}",
            "{\"en\":\"tab\\t\"}", "{\"en\":1}", "{\"en\":\"a\",}", "{\"en\":\"a\"", "{\"en\":\"a\",\"en\":\"b\"}",
            "[\"en\"]", "{\"en\" \"a\"}",
        ]
        for text in texts {
            let expected = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))
            let actual = try? JSONColumn.decode(LocalizedText.self, text, or: fail)
            XCTAssertEqual(actual?.values, expected, text)
        }
        let choices = "[{\"ar\":\"١\",\"en\":\"one\"},{\"en\":\"two \\\"2\\\"\"}]"
        XCTAssertEqual(
            try JSONColumn.decodeOptional([LocalizedText].self, choices, or: fail),
            try JSONDecoder().decode([LocalizedText].self, from: Data(choices.utf8)))
        XCTAssertNil(try JSONColumn.decodeOptional([LocalizedText].self, nil, or: fail))
        XCTAssertThrowsError(try JSONColumn.decodeOptional([LocalizedText].self, "[{\"en\":1}]", or: fail))
        XCTAssertThrowsError(try JSONColumn.decode([String].self, "[\"a\"", or: fail))
    }

    func testWrittenColumnsReadBack() throws {
        let text = LocalizedText(ar: "\"مقتبس\" / \\", en: "a \"b\" c/d \\ e")
        XCTAssertEqual(try JSONColumn.decode(LocalizedText.self, JSONColumn.encode(text), or: fail), text)
        let list = ["x", "\"y\"", "\\z/", ""]
        XCTAssertEqual(try JSONColumn.decode([String].self, JSONColumn.encode(list), or: fail), list)
    }
}
