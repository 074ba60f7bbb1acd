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
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        public init() {}

        /// Adds the next bytes.
        public mutating func add(_ data: Data) {
            // Through the raw buffer: Data's iterator costs a call per byte.
            var hash = self.hash
            data.withUnsafeBytes { raw in
                for byte in raw {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01b3
                }
            }
            self.hash = hash
        }

        /// The fingerprint so far.
        public var value: UInt64 { hash }

        /// The fingerprint so far, as 16 hex digits.
        public var hex: String {
            let text = String(hash, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
    }
}
