import XCTest
@testable import FSRS

final class FSRSSmokeTests: XCTestCase {
    func testModuleLoads() {}
}
