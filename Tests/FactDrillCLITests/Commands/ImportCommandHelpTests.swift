import FactDrillApp
import Foundation
import XCTest

@testable import FactDrillCLI

final class ImportCommandHelpTests: XCTestCase {
    func testTheImportCommandsHelpListsTheRegistry() {
        let help = FactDrillCommand.helpMessage(for: ImportCommand.self, columns: 1000)
        for ending in ImportFormat.all.flatMap(\.suffixes) {
            XCTAssertTrue(help.contains("*" + ending), "\(ending) missing from the help")
        }
    }
}
