import Foundation

/// What one pass over a field's UTF-8 bytes finds: whether cleaning would change it, whether it
/// may hold markup or a sound, and what the note key and the card language need to know.
///
/// The reader's fast path: most fields are already clean text, and one scan that says so spares
/// the copies that cleaning would make.
struct FieldTraits: Sendable {
    /// Only ASCII bytes.
    var isASCII = true
    /// A letter of the Arabic script (`ImportedNote.containsArabic`).
    var hasArabic = false
    /// No control characters, no whitespace but single spaces between words: collapsing
    /// whitespace returns the text unchanged.
    var isCollapsed = true
    /// A `[`, where a `[sound:` reference could start.
    var hasBracket = false
    /// A `<` or `&`, where HTML markup could start.
    var hasMarkup = false

    /// How a scalar counts when whitespace is collapsed.
    enum Kind { case whitespace, control, text }

    /// Scans valid UTF-8 `bytes` (a truncated last sequence counts as text).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        var i = 0
        var afterSpace = true  // a leading space is not collapsed text
        while i < n {
            if i + 8 <= n {
                // Eight bytes at a time while they are ASCII: fields are mostly plain words.
                let word = EightByteWord.load(bytes, at: i)
                if word & EightByteWord.highBits == 0 {
                    let spaces = EightByteWord.matches(word, 0x20)
                    let controls =
                        EightByteWord.zeroBytes(word & EightByteWord.repeated(0xE0))
                        | EightByteWord.matches(word, 0x7F)
                    // Byte k + 1 sits above byte k, so `spaces << 8` marks the byte after each
                    // space, and a space marked twice is a space after a space.
                    if controls != 0 || spaces & (spaces << 8 | (afterSpace ? 0x80 : 0)) != 0 { isCollapsed = false }
                    if EightByteWord.matches(word, UInt8(ascii: "[")) != 0 { hasBracket = true }
                    let markup =
                        EightByteWord.matches(word, UInt8(ascii: "<"))
                        | EightByteWord.matches(word, UInt8(ascii: "&"))
                    if markup != 0 {
                        hasMarkup = true
                    }
                    afterSpace = spaces >> 63 != 0
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                if b > 0x20 && b != 0x7F {
                    afterSpace = false
                    if b == UInt8(ascii: "[") {
                        hasBracket = true
                    } else if b == UInt8(ascii: "<") || b == UInt8(ascii: "&") {
                        hasMarkup = true
                    }
                } else if b == 0x20 {
                    if afterSpace { isCollapsed = false }
                    afterSpace = true
                } else {
                    isCollapsed = false
                }
                i += 1
                continue
            }
            isASCII = false
            let (scalar, length) = Self.decode(bytes, at: i)
            switch Self.kind(of: scalar) {
            case .whitespace, .control:
                isCollapsed = false
            case .text:
                afterSpace = false
                if Self.isArabic(scalar) { hasArabic = true }
            }
            i += length
        }
        if afterSpace && n > 0 { isCollapsed = false }
    }

    /// The scalar value starting at `i` and its length in bytes; a sequence cut short by the
    /// end of the buffer decodes as U+FFFD (text) with the length its lead byte announces.
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = b[i]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= b.count else { return (0xFFFD, length) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        return (value, length)
    }

    /// Unicode White_Space, C0/C1 controls (and DEL), or text.
    static func kind(of scalar: UInt32) -> Kind {
        switch scalar {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return .whitespace
        case 0x00...0x1F, 0x7F...0x9F:
            return .control
        default:
            return .text
        }
    }

    /// Whether `scalar` is in a block of the Arabic script.
    static func isArabic(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return true
        default:
            return false
        }
    }
}
