import XCTest

@testable import FactDrillKit

/// Fuzz findings (scripts/fuzz.d/findings/normalizer): a doubled Arabic article.
final class NormalizerIdempotenceTests: XCTestCase {
    func testADoubledArticleIsStrippedAtOnce() {
        for (input, expected) in [
            ("الالعشرون", "عشرون"), ("الال", ""), ("والالبيت", "بيت"), ("إلال", ""),
            ("البيت", "بيت"), ("الالالبيت", "بيت"), ("قال الالبيت", "قال بيت"),
        ] {
            let once = TextNormalizer.normalize(input)
            XCTAssertEqual(once.text, expected, input)
            XCTAssertEqual(TextNormalizer.normalize(once.text).text, once.text, "idempotent: \(input)")
            XCTAssertEqual(once.length, once.text.unicodeScalars.count, input)
        }
    }
}
