import Foundation

/// One note read from Anki or a text file, in plain text, ready to become cards.
public struct ImportedNote: Hashable, Sendable {
    /// The id the cards' ids start with, e.g. `note-<guid>`.
    public var id: String
    public var front: String
    public var back: String
    public var tags: [String]

    /// Creates a note from plain-text fields.
    public init(id: String, front: String, back: String, tags: [String]) {
        self.id = id
        self.front = front
        self.back = back
        self.tags = tags
    }

    /// The one language of a card: `ar` when either side has Arabic script, else `en`.
    public var language: LanguageCode {
        ImportedNote.containsArabic(front) || ImportedNote.containsArabic(back) ? "ar" : "en"
    }

    /// The card asking the front, answered by the back; `id` is the note id unless given.
    public func forwardCard(id cardID: String? = nil) -> DeckCard {
        card(id: cardID ?? id, kind: "note.basic", prompt: front, answer: back)
    }

    /// The card asking the back, answered by the front.
    public func reverseCard(id cardID: String) -> DeckCard {
        card(id: cardID, kind: "note.reversed", prompt: back, answer: front)
    }

    private func card(id cardID: String, kind: String, prompt: String, answer: String) -> DeckCard {
        let lang = language
        return DeckCard(
            id: cardID, fact: id, kind: kind, format: .text,
            prompt: LocalizedText([lang: prompt]), answer: LocalizedText([lang: answer]),
            accept: [answer], tags: tags)
    }

    /// Whether `text` has a letter of the Arabic script.
    public static func containsArabic(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                return true
            default:
                return false
            }
        }
    }

    /// Anki's space-separated tags as a list, without duplicates, in order.
    public static func splitTags(_ text: String) -> [String] {
        var seen = Set<String>()
        let spaced = text.utf8.contains(0xE3) ? text.replacingOccurrences(of: "\u{3000}", with: " ") : text
        return spaced.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
            .map { String(decoding: $0, as: UTF8.self) }
            .filter { seen.insert($0).inserted }
    }
}
