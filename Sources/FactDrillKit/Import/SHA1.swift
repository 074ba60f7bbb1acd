import Foundation

/// SHA-1 (FIPS 180-4), for content-derived ids and Anki's note checksums; not for security.
public struct SHA1: Sendable {
    /// The five state words of a digest.
    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32)

    /// The 20-byte digest of `bytes`.
    public static func digest<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
        let state = bytes.withContiguousStorageIfAvailable { digest(raw: UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { digest(raw: $0) }
        var out: [UInt8] = []
        out.reserveCapacity(20)
        for word in [state.0, state.1, state.2, state.3, state.4] {
            out += [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16),
                    UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
        }
        return out
    }

    /// The digest of `text`'s UTF-8 bytes as 40 lowercase hex digits.
    public static func hex(_ text: String) -> String {
        hex(bytes: digest(text.utf8))
    }

    /// Lowercase hex digits of `bytes`.
    public static func hex(bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `prefix` followed by the first 16 hex digits of the digest of `text`'s UTF-8 bytes
    /// (`SHA1.hex(text).prefix(16)`), built without the intermediate arrays.
    static func prefixedHex16(_ prefix: StaticString, of text: String) -> String {
        var text = text
        let state = text.withUTF8 { digest(raw: UnsafeRawBufferPointer($0)) }
        let count = prefix.utf8CodeUnitCount + 16
        return String(unsafeUninitializedCapacity: count) { out in
            for i in 0..<prefix.utf8CodeUnitCount { out[i] = prefix.utf8Start[i] }
            var at = prefix.utf8CodeUnitCount
            for word in [state.0, state.1] {
                for shift in stride(from: 28, through: 0, by: -4) {
                    let nibble = UInt8(truncatingIfNeeded: word >> UInt32(shift)) & 0x0F
                    out[at] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
                    at += 1
                }
            }
            return count
        }
    }

    /// The digest state after hashing `message`, read in place: whole blocks straight from the
    /// buffer, the tail and padding from a small block on the stack.
    static func digest(raw message: UnsafeRawBufferPointer) -> State {
        var h: State = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            let fullBlocks = message.count / 64
            for block in 0..<fullBlocks {
                compress(&h, UnsafeRawBufferPointer(rebasing: message[(block * 64)..<(block * 64 + 64)]), w)
            }
            let rest = message.count - fullBlocks * 64
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                tail.initialize(repeating: 0)
                for i in 0..<rest { tail[i] = message[fullBlocks * 64 + i] }
                tail[rest] = 0x80
                let tailBytes = rest < 56 ? 64 : 128
                let bitLength = UInt64(message.count) &* 8
                for i in 0..<8 {
                    tail[tailBytes - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(i * 8))
                }
                let raw = UnsafeRawBufferPointer(tail)
                compress(&h, UnsafeRawBufferPointer(rebasing: raw[0..<64]), w)
                if tailBytes == 128 { compress(&h, UnsafeRawBufferPointer(rebasing: raw[64..<128]), w) }
            }
        }
        return h
    }

    /// One 64-byte block into the state; `w` is scratch room for the 80-word schedule.
    private static func compress(_ h: inout State, _ block: UnsafeRawBufferPointer, _ w: UnsafeMutableBufferPointer<UInt32>) {
        for i in 0..<16 {
            let j = i * 4
            w[i] = UInt32(block[j]) << 24 | UInt32(block[j + 1]) << 16 | UInt32(block[j + 2]) << 8 | UInt32(block[j + 3])
        }
        for i in 16..<80 {
            w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1)
        }
        var (a, b, c, d, e) = h
        for i in 0..<20 {
            let temp = rotl(a, 5) &+ ((b & c) | (~b & d)) &+ e &+ 0x5A82_7999 &+ w[i]
            e = d; d = c; c = rotl(b, 30); b = a; a = temp
        }
        for i in 20..<40 {
            let temp = rotl(a, 5) &+ (b ^ c ^ d) &+ e &+ 0x6ED9_EBA1 &+ w[i]
            e = d; d = c; c = rotl(b, 30); b = a; a = temp
        }
        for i in 40..<60 {
            let temp = rotl(a, 5) &+ ((b & c) | (b & d) | (c & d)) &+ e &+ 0x8F1B_BCDC &+ w[i]
            e = d; d = c; c = rotl(b, 30); b = a; a = temp
        }
        for i in 60..<80 {
            let temp = rotl(a, 5) &+ (b ^ c ^ d) &+ e &+ 0xCA62_C1D6 &+ w[i]
            e = d; d = c; c = rotl(b, 30); b = a; a = temp
        }
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e)
    }

    private static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x << n) | (x >> (32 - n))
    }
}
