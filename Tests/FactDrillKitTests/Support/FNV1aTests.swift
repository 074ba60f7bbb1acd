import XCTest

@testable import FactDrillKit

/// The one FNV-1a: published byte vectors, and the wider units the generator and the seeding fold in.
final class FNV1aTests: XCTestCase {
    func testPublishedByteVectors() {
        XCTAssertEqual(FNV1a().value, 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(FNV1a.hash(utf8: "a"), 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(FNV1a.hash(utf8: "foobar"), 0x8594_4171_f739_67e8)
    }

    func testUnitsWiderThanABytesAreOneStepEach() {
        // An Arabic scalar is one unit, not its two UTF-8 bytes.
        var step = FNV1a()
        step.combine(0x0627)
        XCTAssertEqual(FNV1a.hash([UInt32(0x0627)]), step.value)
        XCTAssertEqual(step.value, (FNV1a.offsetBasis ^ 0x0627) &* FNV1a.prime)
        XCTAssertNotEqual(FNV1a.hash([UInt32(0x0627)]), FNV1a.hash(utf8: "ا"))
    }

    func testPiecesHashLikeTheWhole() {
        let bytes: [UInt8] = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hasher = FNV1a()
        bytes[..<100].withUnsafeBytes { hasher.combine(bytes: $0) }
        hasher.combine(contentsOf: bytes[100...])
        XCTAssertEqual(hasher.value, FNV1a.hash(bytes))
    }

    func testStringSeedsAreTheFNVOfTheirUTF8() {
        var seeded = SplitMix64(seed: "fact.question")
        var direct = SplitMix64(seed: FNV1a.hash(utf8: "fact.question"))
        XCTAssertEqual(seeded.next(), direct.next())
        var content = ContentHash.Hasher()
        content.add(Data("fact.question".utf8))
        XCTAssertEqual(content.value, FNV1a.hash(utf8: "fact.question"))
    }
}
