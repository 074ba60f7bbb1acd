import Foundation
import XCTest

@testable import FactDrillApp

final class ImportFormatTests: XCTestCase {
    func testEachFormatIsFoundByEveryEndingItClaimsInAnyCase() {
        for format in ImportFormat.all {
            for suffix in format.suffixes {
                XCTAssertEqual(
                    ImportFormat.format(of: "/x/Deck" + suffix.uppercased())?.description, format.description)
            }
        }
        XCTAssertEqual(ImportFormat.format(of: "nato.article.yaml")?.description, "article models")
        XCTAssertEqual(ImportFormat.format(of: "nato.deck.json")?.description, "deck files")
        XCTAssertNil(ImportFormat.format(of: "notes.json"), "a plain .json is neither a model nor a deck file")
        XCTAssertNil(ImportFormat.format(of: "deck.csv.bak"))
    }

    func testNoEndingIsClaimedTwice() {
        let endings = ImportFormat.all.flatMap(\.suffixes)
        XCTAssertEqual(endings.count, Set(endings).count)
    }

    func testTheUnsupportedFileErrorNamesEveryEndingOfTheRegistry() throws {
        let message = try XCTUnwrap(AppError.unsupportedFile(path: "x.pdf").errorDescription)
        for ending in ImportFormat.all.flatMap(\.suffixes) {
            XCTAssertTrue(message.contains("*" + ending), "\(ending) missing from: \(message)")
        }
        XCTAssertThrowsError(try DeckImporter.load("/tmp/x.pdf")) { error in
            XCTAssertEqual(error as? AppError, .unsupportedFile(path: "/tmp/x.pdf"))
        }
    }
}
