import Foundation

/// SHA-1 (FIPS 180-4), for content-derived ids and Anki's note checksums; not for security.
public struct SHA1: Sendable {
    /// The five state words of a digest.
    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32)

    /// The 20-byte digest of `bytes`.
    public static func digest<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
        let state =
            bytes.withContiguousStorageIfAvailable { digest(raw: UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { digest(raw: $0) }
        var out: [UInt8] = []
        out.reserveCapacity(20)
        for word in [state.0, state.1, state.2, state.3, state.4] {
            out += [
                UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16),
                UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word),
            ]
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

    /// The first 64 bits of the digest of `text`'s UTF-8 bytes (its first 16 hex digits).
    static func prefix64(of text: String) -> UInt64 {
        var text = text
        let state = text.withUTF8 { digest(raw: UnsafeRawBufferPointer($0)) }
        return UInt64(state.0) << 32 | UInt64(state.1)
    }

    /// `prefix` followed by the 16 hex digits of `value` (`prefix64`).
    static func prefixedHex16(_ prefix: StaticString, of value: UInt64) -> String {
        let count = prefix.utf8CodeUnitCount + 16
        return String(unsafeUninitializedCapacity: count) { out in
            for i in 0..<prefix.utf8CodeUnitCount { out[i] = prefix.utf8Start[i] }
            for i in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: value &>> UInt64(60 - 4 * i)) & 0x0F
                out[prefix.utf8CodeUnitCount + i] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
            return count
        }
    }

    /// `prefix` followed by the first 16 hex digits of the digest of `text`'s UTF-8 bytes
    /// (`SHA1.hex(text).prefix(16)`), built without the intermediate arrays.
    static func prefixedHex16(_ prefix: StaticString, of text: String) -> String {
        prefixedHex16(prefix, of: prefix64(of: text))
    }

    /// The digest state after hashing `message`, read in place: whole blocks straight from the
    /// buffer, the tail and padding from a small block on the stack.
    static func digest(raw message: UnsafeRawBufferPointer) -> State {
        var h: State = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { w in
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

    /// One 64-byte block into the state; `w` is room for the message schedule, kept as a ring of
    /// 16 words (each computed just before its round) so it stays in the first cache lines.
    private static func compress(
        _ h: inout State, _ block: UnsafeRawBufferPointer, _ w: UnsafeMutableBufferPointer<UInt32>
    ) {
        for i in 0..<16 {
            let j = i &* 4
            w[i] =
                UInt32(block[j]) << 24 | UInt32(block[j &+ 1]) << 16 | UInt32(block[j &+ 2]) << 8
                | UInt32(block[j &+ 3])
        }
        func schedule(_ i: Int) -> UInt32 {
            if i < 16 { return w[i] }
            let word = rotl(w[(i &- 3) & 15] ^ w[(i &- 8) & 15] ^ w[(i &- 14) & 15] ^ w[i & 15], 1)
            w[i & 15] = word
            return word
        }
        var (a, b, c, d, e) = h
        // One round: the registers move down by one, `a` takes the round's sum.
        @inline(__always) func round(_ mixed: UInt32, _ constant: UInt32, _ i: Int) {
            let temp = rotl(a, 5) &+ mixed &+ e &+ constant &+ schedule(i)
            (e, d, c, b, a) = (d, c, rotl(b, 30), a, temp)
        }
        for i in 0..<20 { round((b & c) | (~b & d), 0x5A82_7999, i) }
        for i in 20..<40 { round(b ^ c ^ d, 0x6ED9_EBA1, i) }
        for i in 40..<60 { round((b & c) | (b & d) | (c & d), 0x8F1B_BCDC, i) }
        for i in 60..<80 { round(b ^ c ^ d, 0xCA62_C1D6, i) }
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e)
    }

    private static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 {
        // Masking shifts: `<<` checks for shift counts of 32 and more on every call.
        (x &<< n) | (x &>> (32 &- n))
    }
}
