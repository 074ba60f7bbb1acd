import XCTest
@testable import FactDrillStore

final class FactDrillStoreSmokeTests: XCTestCase {
    func testModuleLoads() {}
}
