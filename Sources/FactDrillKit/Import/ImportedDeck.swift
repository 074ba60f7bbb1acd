import Foundation

/// Builds the `Deck` of an import: its id, title and languages from a name and the cards.
public enum ImportedDeck {
    /// A deck named `name` (an Anki deck name or a file name) holding `cards`.
    public static func make(name: String, cards: [DeckCard]) -> Deck {
        let top = topLevelName(name)
        let lang: LanguageCode = ImportedNote.containsArabic(top) ? "ar" : "en"
        let languages = Set(cards.flatMap { $0.prompt.languages }).sorted()
        let info = DeckInfo(
            id: slug(top), title: LocalizedText([lang: top]),
            languages: languages.isEmpty ? [lang] : languages)
        return Deck(deck: info, cards: cards)
    }

    /// The part of an Anki deck name before the first `::`.
    public static func topLevelName(_ name: String) -> String {
        let top = name.components(separatedBy: "::").first ?? name
        let trimmed = top.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "imported" : trimmed
    }

    /// The name of a file without folders and extension (`vocab` for `/a/vocab.csv`).
    public static func baseName(ofFile file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }

    /// A lowercase slug: letters and digits of any script, other runs as one `-`.
    public static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.append(character)
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "imported" : out
    }
}
