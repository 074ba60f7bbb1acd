import XCTest

@testable import FactDrillKit

final class ContentHashTests: XCTestCase {
    func testKnownFNV1aVectors() {
        XCTAssertEqual(ContentHash.of(Data()), "cbf29ce484222325")
        XCTAssertEqual(ContentHash.of(Data("a".utf8)), "af63dc4c8601ec8c")
        XCTAssertEqual(ContentHash.of(Data("foobar".utf8)), "85944171f73967e8")
    }

    func testPiecesHashLikeTheWhole() {
        let bytes = Data((0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        var hasher = ContentHash.Hasher()
        hasher.add(bytes[0..<10])
        hasher.add(bytes[10..<999])  // a slice whose indices do not start at 0
        hasher.add(bytes[999...])
        XCTAssertEqual(hasher.hex, ContentHash.of(bytes))
        XCTAssertNotEqual(ContentHash.of(bytes), ContentHash.of(bytes.dropLast()))
    }
}
