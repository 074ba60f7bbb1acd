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
        forwardCard(id: cardID, language: language)
    }

    /// The card asking the back, answered by the front.
    public func reverseCard(id cardID: String) -> DeckCard {
        reverseCard(id: cardID, language: language)
    }

    /// The kind of the card asking the front.
    static let forwardKind = QuestionKind.noteBasic.rawValue

    /// `forwardCard(id:)` in `lang`, which must be this note's `language` (known to the caller).
    func forwardCard(id cardID: String? = nil, language lang: LanguageCode) -> DeckCard {
        card(id: cardID ?? id, kind: Self.forwardKind, prompt: front, answer: back, language: lang)
    }

    /// `reverseCard(id:)` in `lang`, which must be this note's `language` (known to the caller).
    func reverseCard(id cardID: String, language lang: LanguageCode) -> DeckCard {
        card(id: cardID, kind: QuestionKind.noteReversed.rawValue, prompt: back, answer: front, language: lang)
    }

    private func card(
        id cardID: String, kind: String, prompt: String, answer: String,
        language lang: LanguageCode
    ) -> DeckCard {
        DeckCard(
            id: cardID, fact: id, kind: kind, format: .text,
            prompt: LocalizedText([lang: prompt]), answer: LocalizedText([lang: answer]),
            accept: [answer], tags: tags)
    }

    /// Whether `text` has a letter of the Arabic script.
    public static func containsArabic(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { FieldTraits($0).hasArabic }
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
