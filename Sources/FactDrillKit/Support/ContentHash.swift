import Foundation

/// A short fingerprint of a file's bytes (64-bit FNV-1a, hex), to tell whether a deck's source
/// changed since it was installed. Not a security hash.
public enum ContentHash {
    /// The fingerprint of `data` as 16 hex digits.
    public static func of(_ data: Data) -> String {
        var hasher = Hasher()
        hasher.add(data)
        return hasher.hex
    }

    /// Computes a fingerprint over data given in pieces.
    public struct Hasher: Sendable {
        private var hasher = FNV1a()

        /// A fingerprint of nothing yet.
        public init() {}

        /// Adds the next bytes.
        public mutating func add(_ data: Data) {
            data.withUnsafeBytes { hasher.combine(bytes: $0) }
        }

        /// The fingerprint so far.
        public var value: UInt64 { hasher.value }

        /// The fingerprint so far, as 16 hex digits.
        public var hex: String {
            let text = String(hasher.value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
    }
}
