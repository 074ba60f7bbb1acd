import Foundation

/// Builds the `Deck` of an import: its id, title and languages from a name and the cards.
public enum ImportedDeck {
    /// A deck named `name` (an Anki deck name or a file name) holding `cards`.
    public static func make(name: String, cards: [DeckCard]) -> Deck {
        let top = topLevelName(name)
        let lang: LanguageCode = ImportedNote.containsArabic(top) ? "ar" : "en"
        // One language for the deck: the one every card is in, or, when notes mix languages,
        // "mul" (ISO 639: multiple languages) with every card's texts under it, so the deck
        // meets the deck format's rule that each card has each deck language.
        let common = cards.map { Set($0.prompt.languages).intersection($0.answer.languages) }
            .reduce(nil as Set<LanguageCode>?) { common, card in common.map { $0.intersection(card) } ?? card }
        var cards = cards
        var languages = common.map { $0.sorted() } ?? [lang]
        if languages.isEmpty {
            languages = [multipleLanguages]
            cards = cards.map(relabeled)
        }
        let info = DeckInfo(id: slug(top), title: LocalizedText([lang: top]), languages: languages)
        return Deck(deck: info, cards: cards)
    }

    /// The language code of a deck whose notes are in several languages.
    public static let multipleLanguages: LanguageCode = "mul"

    /// A card with each text under `mul` (its one language's text).
    private static func relabeled(_ card: DeckCard) -> DeckCard {
        func one(_ text: LocalizedText) -> LocalizedText {
            LocalizedText([multipleLanguages: text.allStrings.first ?? ""])
        }
        var card = card
        card.prompt = one(card.prompt)
        card.answer = one(card.answer)
        card.choices = card.choices?.map(one)
        return card
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
