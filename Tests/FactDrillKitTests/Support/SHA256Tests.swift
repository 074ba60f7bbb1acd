import XCTest

@testable import FactDrillKit

/// FIPS 180-4's test vectors, and data added in pieces.
final class SHA256Tests: XCTestCase {
    func testKnownDigests() {
        XCTAssertEqual(SHA256.hex(Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(
            SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000)),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testPiecesGiveTheSameDigest() {
        let data = Data((0..<1000).map { UInt8($0 % 251) })
        var hasher = SHA256()
        for start in stride(from: 0, to: data.count, by: 37) { hasher.add(data[start..<min(data.count, start + 37)]) }
        XCTAssertEqual(hasher.hex, SHA256.hex(data))
    }
}
