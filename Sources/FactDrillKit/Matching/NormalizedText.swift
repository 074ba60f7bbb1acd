import Foundation

/// A text after `TextNormalizer`: its tokens (words or digit runs) and their space-joined form.
public struct NormalizedText: Hashable, Sendable {
    /// The words and digit runs, in order, already folded (no empty token).
    public let tokens: [String]
    /// The tokens joined by single spaces: the form compared and measured for typos.
    public let text: String
    /// The number of Unicode scalars in `text`.
    public let length: Int

    /// Wraps tokens produced by the normalizer.
    public init(tokens: [String]) {
        self.tokens = tokens
        self.text = tokens.joined(separator: " ")
        self.length = text.unicodeScalars.count
    }

    /// Wraps the normalizer's output, already joined and measured.
    init(tokens: [String], text: String, length: Int) {
        self.tokens = tokens
        self.text = text
        self.length = length
    }

    /// Whether nothing is left after normalization.
    public var isEmpty: Bool { tokens.isEmpty }

    /// Whether any token is a run of digits (numbers are never fuzzy-matched).
    public var containsDigit: Bool {
        tokens.contains { $0.utf8.first.map { (0x30...0x39).contains($0) } ?? false }
    }

    /// The text as Unicode scalar values, for edit distances.
    var scalars: [UInt32] { text.unicodeScalars.map(\.value) }
}
