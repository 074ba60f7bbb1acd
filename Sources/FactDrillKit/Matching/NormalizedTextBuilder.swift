/// Keeps the tokens of `TextNormalizer.read(_:articles:into:)` as a `NormalizedText`: each token
/// as a string, all of them joined by single spaces, and the joined length in scalars.
struct NormalizedTextBuilder: TokenSink {
    private var tokens: [String] = []
    /// The tokens joined by spaces, as UTF-8.
    private var joined: [UInt8] = []
    private var length = 0

    /// A builder for a text of about `capacity` UTF-8 bytes.
    init(capacity: Int) {
        joined.reserveCapacity(capacity)
    }

    mutating func append(_ written: ArraySlice<UInt32>, article: Int, isDigits: Bool) {
        let token = written.indices.dropFirst(article)
        if !tokens.isEmpty {
            joined.append(0x20)
            length += 1
        }
        let start = joined.count
        for index in token {
            let v = written[index]
            switch v {
            case 0..<0x80:
                joined.append(UInt8(v))
            case 0x80..<0x800:
                joined.append(UInt8(0xC0 | (v >> 6)))
                joined.append(UInt8(0x80 | (v & 0x3F)))
            case 0x800..<0x10000:
                joined.append(UInt8(0xE0 | (v >> 12)))
                joined.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                joined.append(UInt8(0x80 | (v & 0x3F)))
            default:
                joined.append(UInt8(0xF0 | (v >> 18)))
                joined.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                joined.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                joined.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        length += token.count
        tokens.append(String(decoding: joined[start...], as: UTF8.self))
    }

    /// The normalized text read so far.
    func finish() -> NormalizedText {
        NormalizedText(tokens: tokens, text: String(decoding: joined, as: UTF8.self), length: length)
    }
}
