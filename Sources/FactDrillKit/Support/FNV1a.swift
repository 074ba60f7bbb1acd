import Foundation

/// The 64-bit FNV-1a hash, the one implementation in factdrill: deck source fingerprints
/// (`ContentHash`), per-card random seeds (`SplitMix64(seed:)`) and the generator's word keys
/// (`WordHashes`) all fold their input through `combine(_:)`.
///
/// FNV-1a is defined over bytes; factdrill also folds wider units in one step (a Unicode scalar
/// value, a word's hash). That is still one xor and one multiply per unit, and the card ids and
/// the seed deck's bytes depend on exactly these values, so none of them may change.
/// Not a cryptographic hash.
public struct FNV1a: Sendable, Hashable {
    /// The FNV-1a 64-bit offset basis: the hash of nothing.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV-1a 64-bit prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of everything combined so far.
    public private(set) var value: UInt64 = FNV1a.offsetBasis

    /// A hash of nothing yet.
    public init() {}

    /// Folds in one unit: a byte, a scalar value or a hash.
    public mutating func combine(_ unit: UInt64) {
        value = (value ^ unit) &* FNV1a.prime
    }

    /// Folds in every unit of `units`, in order.
    public mutating func combine<Units: Sequence>(contentsOf units: Units) where Units.Element: UnsignedInteger {
        var hash = value
        for unit in units { hash = (hash ^ UInt64(unit)) &* FNV1a.prime }
        value = hash
    }

    /// Folds in raw bytes (through the buffer: `Data`'s iterator costs a call per byte).
    public mutating func combine(bytes: UnsafeRawBufferPointer) {
        combine(contentsOf: bytes)
    }

    /// The hash of `units`, each folded in as one unit.
    public static func hash<Units: Sequence>(_ units: Units) -> UInt64 where Units.Element: UnsignedInteger {
        var hasher = FNV1a()
        hasher.combine(contentsOf: units)
        return hasher.value
    }

    /// The hash of a string's UTF-8 bytes.
    public static func hash(utf8 text: String) -> UInt64 {
        hash(text.utf8)
    }
}
