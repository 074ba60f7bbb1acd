import Foundation

/// A normalized word as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// The normalizer already fixed one spelling per word, so the canonical-equivalence work that
/// `String` does for non-ASCII keys (most of the cost of looking up Arabic words) is not needed.
struct WordKey: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        var text = self.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: WordKey, b: WordKey) -> Bool {
        sameBytes(a.text, b.text)
    }

    /// Whether two strings have the same UTF-8 bytes (no canonical-equivalence work).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }
}

extension NormalizedText {
    /// Whether two normalized texts are the same, byte for byte.
    func sameText(as other: NormalizedText) -> Bool {
        length == other.length && WordKey.sameBytes(text, other.text)
    }
}
