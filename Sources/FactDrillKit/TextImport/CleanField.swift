import Foundation

/// The cleaned text of one field and what the reader needs to know about it.
struct CleanField: Sendable {
    /// The plain text: HTML stripped when the file holds HTML, sounds removed, whitespace collapsed.
    var text: String
    /// Only ASCII: the text is its own note key (no Unicode normalization needed).
    var isASCII: Bool
    /// A letter of the Arabic script: the card is in Arabic.
    var hasArabic: Bool

    /// Cleans a field's valid UTF-8 `bytes`: `AnkiHTML.plainText` when the file holds HTML, else
    /// `AnkiHTML.collapsingWhitespace(AnkiHTML.removingSounds(field))`.
    init(cleaning bytes: UnsafeBufferPointer<UInt8>, html: Bool) {
        let scan = FieldTraits(bytes)
        let plain = !html || !scan.hasMarkup
        if plain && !(scan.hasBracket && AnkiHTML.containsSoundTag(bytes)) {
            // Most fields: no markup to strip, no sound to remove.
            if scan.isCollapsed {
                self.init(text: String(decoding: bytes, as: UTF8.self), scan: scan)
            } else {
                self.init(text: AnkiHTML.collapsed(bytes, scan: scan))
            }
            return
        }
        self.init(text: plain ? AnkiHTML.soundlessCollapsed(bytes) : AnkiHTML.plainText(bytes: bytes))
    }

    /// A text already cleaned.
    init(text: String) {
        var text = text
        let scan = text.withUTF8 { FieldTraits($0) }
        self.init(text: text, scan: scan)
    }

    private init(text: String, scan: FieldTraits) {
        self.text = text
        isASCII = scan.isASCII
        hasArabic = scan.hasArabic
    }
}
