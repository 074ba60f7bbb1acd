import XCTest
@testable import FactDrillCLI

final class ProgressBarTests: XCTestCase {
    func testTheBarShowsTheShareDoneInTwentyCells() {
        XCTAssertEqual(ProgressBar.line(label: "importing x.csv", done: 45_000, total: 100_000),
                       "importing x.csv  [#########           ]  45%  45,000/100,000 cards")
        XCTAssertEqual(ProgressBar.line(label: "l", done: 7, total: 7), "l  [####################] 100%  7/7 cards")
    }
}
