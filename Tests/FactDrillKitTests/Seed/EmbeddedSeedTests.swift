import Foundation
import XCTest

@testable import FactDrillKit

/// The copies of the seed deck compiled into the binary must equal the files in `decks/`.
final class EmbeddedSeedTests: XCTestCase {
    /// The repository's `decks/` folder, found from this file's path
    /// (`<repo>/Tests/FactDrillKitTests/Seed/EmbeddedSeedTests.swift`).
    private var decksDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Seed
            .deletingLastPathComponent()  // FactDrillKitTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository
            .appendingPathComponent("decks", isDirectory: true)
    }

    /// Compares bytes, not `String`s: `==` on strings ignores differences in Unicode
    /// normalization, and the embedded copy must be the file exactly.
    private func assertEmbedded(
        _ embedded: String, equalsFile name: String,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let url = decksDirectory.appendingPathComponent(name)
        let onDisk = try Data(contentsOf: url)
        let inBinary = Data(embedded.utf8)
        guard inBinary != onDisk else { return }
        let firstDifference =
            zip(inBinary, onDisk).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(inBinary.count, onDisk.count)
        XCTFail(
            """
            The embedded copy of decks/\(name) differs from the file (\(inBinary.count) vs \(onDisk.count) \
            bytes, first difference at byte \(firstDifference)). Run scripts/embed-seed and rebuild.
            """, file: file, line: line)
    }

    func testEmbeddedModelEqualsDecksFile() throws {
        try assertEmbedded(EmbeddedSeed.modelYAML, equalsFile: EmbeddedSeed.fileName)
    }

    func testEmbeddedArticleTextEqualsDecksFile() throws {
        try assertEmbedded(EmbeddedSeed.articleText, equalsFile: EmbeddedSeed.articleFileName)
    }

    func testModelNamesItsTextFile() {
        XCTAssertTrue(
            EmbeddedSeed.modelYAML.contains("text_file: \(EmbeddedSeed.articleFileName)\n"),
            "the seed model's text_file should name \(EmbeddedSeed.articleFileName)")
    }
}
