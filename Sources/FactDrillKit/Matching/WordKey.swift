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
        a.text.utf8.elementsEqual(b.text.utf8)
    }
}

extension NormalizedText {
    /// Whether two normalized texts are the same, byte for byte.
    func sameText(as other: NormalizedText) -> Bool {
        length == other.length && text.utf8.elementsEqual(other.text.utf8)
    }
}
