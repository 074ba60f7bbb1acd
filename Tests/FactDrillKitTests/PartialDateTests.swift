import XCTest

@testable import FactDrillKit

final class PartialDateTests: XCTestCase {
    func testParsesEachPrecision() {
        XCTAssertEqual(PartialDate("2022")?.precision, .year)
        XCTAssertEqual(PartialDate("2024-06")?.precision, .month)
        XCTAssertEqual(PartialDate("2024-07-09")?.description, "2024-07-09")
    }

    func testRejectsImpossibleDates() {
        XCTAssertNil(PartialDate("2024-13"))
        XCTAssertNil(PartialDate("2024-02-30"))
        XCTAssertNotNil(PartialDate("2024-02-29"))
        XCTAssertNil(PartialDate("2023-02-29"))
        XCTAssertNil(PartialDate("24-01"))
    }

    func testPeriods() {
        XCTAssertEqual(Period("2019-2023")?.end, PartialDate(year: 2023))
        XCTAssertEqual(Period("2024-07")?.end, nil)
        XCTAssertNil(Period("2023-2019"))
    }

    func testSplitMixIsReproducible() {
        var a = SplitMix64(seed: 42)
        var b = SplitMix64(seed: 42)
        XCTAssertEqual((0..<5).map { _ in a.next() }, (0..<5).map { _ in b.next() })
    }
}
