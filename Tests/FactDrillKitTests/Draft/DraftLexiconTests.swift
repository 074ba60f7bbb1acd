import Foundation
import XCTest

@testable import FactDrillKit

/// The lexicons compiled into the binary are the files in `Draft/Lexicons/`, and every row of them
/// is well formed.
final class DraftLexiconTests: XCTestCase {
    private var lexicons: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/FactDrillKit/Draft/Lexicons", isDirectory: true)
    }

    private let embedded: [String: String] = [
        "countries": DraftLexiconData.countries, "places": DraftLexiconData.places,
        "organizations": DraftLexiconData.organizations, "posts": DraftLexiconData.posts,
        "org-heads": DraftLexiconData.orgHeads, "event-nouns": DraftLexiconData.eventNouns,
        "attribution": DraftLexiconData.attribution, "common-words": DraftLexiconData.commonWords,
        "given-names": DraftLexiconData.givenNames,
    ]

    func testEmbeddedLexiconsEqualTheFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: lexicons.path).filter { $0.hasSuffix(".tsv") }
        XCTAssertEqual(Set(files.map { String($0.dropLast(4)) }), Set(embedded.keys))
        for (name, text) in embedded {
            let onDisk = try String(contentsOf: lexicons.appendingPathComponent(name + ".tsv"), encoding: .utf8)
            XCTAssertTrue(
                Data(text.utf8) == Data(onDisk.trimmingCharacters(in: .newlines).utf8),
                "Lexicons/\(name).tsv differs from the compiled copy: run scripts/embed-seed and rebuild")
        }
    }

    func testEveryRowHasItsHeadersCells() {
        for (name, text) in embedded {
            var header: Int?
            for (number, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).count
                guard let columns = header else {
                    header = cells
                    continue
                }
                XCTAssertLessThanOrEqual(
                    cells, columns, "\(name).tsv line \(number + 1): \(cells) cells, \(columns) columns")
            }
        }
        let lexicon = DraftLexicon.shared
        XCTAssertGreaterThan(lexicon.countries.count, 190)
        XCTAssertGreaterThan(lexicon.givenNames.count, 300)
        XCTAssertNotNil(lexicon.countries["jpn"])
    }
}
