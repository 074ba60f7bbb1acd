import XCTest

@testable import FactDrillKit

final class SHA1Tests: XCTestCase {
    func testKnownVectors() {
        // FIPS 180 examples and the empty string.
        XCTAssertEqual(SHA1.hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        XCTAssertEqual(SHA1.hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(
            SHA1.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        XCTAssertEqual(
            SHA1.hex(bytes: SHA1.digest([UInt8](repeating: 0x61, count: 1_000_000))),
            "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    func testPaddingBoundaries() {
        // 55, 56 and 64 bytes straddle the length field's block boundary.
        XCTAssertEqual(SHA1.hex(String(repeating: "a", count: 55)), "c1c8bbdc22796e28c0e15163d20899b65621d65a")
        XCTAssertEqual(SHA1.hex(String(repeating: "a", count: 56)), "c2db330f6083854c99d4b5bfb6e8f29f201be699")
        XCTAssertEqual(SHA1.hex(String(repeating: "a", count: 64)), "0098ba824b5c16427bd7a1122a5a442a25ec644d")
    }

    func testEveryLengthUpToThreeBlocksAndEveryInputShape() {
        // Expected: SHA-1 of the concatenated hex digests of lengths 0..<200 (Python hashlib).
        var all = ""
        for n in 0..<200 {
            let bytes = (0..<n).map { UInt8(($0 * 7 + n) % 256) }
            let hex = SHA1.hex(bytes: SHA1.digest(bytes))
            // A sequence without contiguous storage takes the copying path: same digest.
            XCTAssertEqual(SHA1.hex(bytes: SHA1.digest(bytes.lazy.map { $0 })), hex, "length \(n)")
            all += hex
        }
        XCTAssertEqual(SHA1.hex(all), "2f6802648317bafe21f9eb1c0f956525ee37776d")
        XCTAssertEqual(
            SHA1.hex(bytes: SHA1.digest((0..<130).map { UInt8(($0 * 7 + 130) % 256) })),
            "a6a487bdefc7a46ff7948429b7217238f67a9141")
    }

    func testNoteIDPrefixIsTheHexDigestPrefix() {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let text = String((0..<Int(generator.next() % 150)).map { _ in "aب c\n".randomElement(using: &generator)! })
            XCTAssertEqual(SHA1.prefixedHex16("note-", of: text), "note-" + SHA1.hex(text).prefix(16))
        }
    }
}
