import Foundation
import XCTest

@testable import FactDrillApp

/// `FACTDRILL_NOW`'s plain form, read without `ISO8601DateFormatter`, gives the formatter's dates.
final class ClockParsingTests: XCTestCase {
    /// Random moments from 1900 to 2200, and the last second of a few months and leap days.
    func testThePlainFormMatchesTheFormatter() throws {
        let formatter = ISO8601DateFormatter()
        var generator = SystemRandomNumberGenerator()
        var texts = [
            "2024-02-29T23:59:59Z", "2000-02-29T00:00:00Z", "1900-03-01T00:00:00Z", "2199-12-31T23:59:59Z",
            "1970-01-01T00:00:00Z", "2026-01-10T10:00:00Z",
        ]
        for _ in 0..<2000 {
            let seconds = Double.random(in: -2_208_988_800...7_258_118_399, using: &generator).rounded(.down)
            texts.append(formatter.string(from: Date(timeIntervalSince1970: seconds)))
        }
        for text in texts {
            XCTAssertEqual(Clock.parsePlainUTC(text), formatter.date(from: text), text)
        }
    }

    /// Other forms and impossible dates are left to the formatter.
    func testOtherFormsAreLeftToTheFormatter() {
        for text in [
            "2023-02-29T10:00:00Z", "2024-13-01T10:00:00Z", "2024-07-09T10:00:00+02:00",
            "2024-07-09T10:00:00.5Z", "2024-07-09", "2024-07-09T24:00:00Z", "1582-10-10T00:00:00Z",
        ] {
            XCTAssertNil(Clock.parsePlainUTC(text), text)
        }
        XCTAssertEqual(Clock.parseISO8601("2024-07-09T12:00:00+02:00"), Clock.parseISO8601("2024-07-09T10:00:00Z"))
    }
}
