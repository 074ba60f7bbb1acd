import Foundation

/// Eight bytes of a buffer read as one 64-bit word, and the word tricks the import's scans use to
/// skip runs of ordinary bytes eight at a time.
enum EightByteWord {
    /// The high bit of every byte: a word without them is ASCII.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` (which must leave eight bytes), first byte lowest.
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        return UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// `byte` in each of a word's eight bytes.
    static func repeated(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// 0x80 in each byte of `x` that is zero, nothing elsewhere (exact: no borrow between bytes).
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low7 = (x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
        return ~(low7 | x | 0x7F7F_7F7F_7F7F_7F7F)
    }

    /// 0x80 in each byte of `word` equal to `byte`.
    static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zeroBytes(word ^ repeated(byte))
    }

    /// How many of `bytes[from..<to]` are `byte`, eight at a time.
    static func count(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        while i + 8 <= to {
            count += matches(load(bytes, at: i), byte).nonzeroBitCount
            i += 8
        }
        while i < to {
            if bytes[i] == byte { count += 1 }
            i += 1
        }
        return count
    }
}
