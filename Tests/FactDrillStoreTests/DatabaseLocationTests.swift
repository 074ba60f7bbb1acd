import XCTest

@testable import FactDrillStore

final class DatabaseLocationTests: XCTestCase {
    func testFlagWins() {
        XCTAssertEqual(
            DatabaseLocation.resolve(flag: "/x/y.sqlite", environment: ["FACTDRILL_DB": "/e.sqlite"]),
            "/x/y.sqlite")
    }

    func testEnvironmentVariableBeforeXDG() {
        XCTAssertEqual(
            DatabaseLocation.resolve(
                flag: nil,
                environment: [
                    "FACTDRILL_DB": "/e.sqlite",
                    "XDG_DATA_HOME": "/xdg",
                ]), "/e.sqlite")
    }

    func testXDGDataHome() {
        XCTAssertEqual(
            DatabaseLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/u"]),
            "/xdg/factdrill/factdrill.sqlite")
    }

    func testHomeDefaultAndEmptyOrRelativeValuesIgnored() {
        let environment = ["FACTDRILL_DB": "", "XDG_DATA_HOME": "relative/dir", "HOME": "/home/u"]
        XCTAssertEqual(
            DatabaseLocation.resolve(flag: "", environment: environment),
            "/home/u/.local/share/factdrill/factdrill.sqlite")
    }

    func testHistoryFileSitsNextToTheDatabase() {
        XCTAssertEqual(
            DatabaseLocation.historyPath(forDatabase: "/data/fd/factdrill.sqlite"), "/data/fd/factdrill_history")
        XCTAssertEqual(DatabaseLocation.historyPath(forDatabase: "db.sqlite"), "./factdrill_history")
    }
}
