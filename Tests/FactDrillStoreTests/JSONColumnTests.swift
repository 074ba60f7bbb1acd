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

    private let strings = ["", "South Korea", "كوريا الجنوبية", "a \"quoted\" word", "back\\slash", "a/b",
                           "tab\there", "line\nbreak", "bell\u{07}", "del\u{7F}", "\u{2028}sep", "emoji 👍🏽",
                           "e\u{301}", "\u{FEFF}bom", "null\u{0}"]

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
