import Foundation

/// A small, fast, seeded random number generator (SplitMix64, Steele et al. 2014).
///
/// Everything random in factdrill (choice shuffles, distractor picks) draws from one of these
/// with a seed, so the same input gives the same output, byte for byte.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    /// A generator seeded with `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// A generator seeded from a string (FNV-1a of its UTF-8), for per-card reproducible draws.
    public init(seed text: String) {
        state = FNV1a.hash(utf8: text)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
