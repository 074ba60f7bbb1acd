import XCTest
@testable import FactDrillCLI

final class FactDrillCLISmokeTests: XCTestCase {
    func testModuleLoads() {}
}
