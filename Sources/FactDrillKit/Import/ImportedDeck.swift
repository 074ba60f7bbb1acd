import Foundation

/// Builds the `Deck` of an import: its id, title and languages from a name and the cards.
public enum ImportedDeck {
    /// A deck named `name` (an Anki deck name or a file name) holding `cards`.
    public static func make(name: String, cards: [DeckCard]) -> Deck {
        make(name: name, cards: cards, commonLanguages: commonLanguages(cards))
    }

    /// `make(name:cards:)` when the caller knows `commonLanguages(cards)` already.
    static func make(name: String, cards: [DeckCard], commonLanguages common: Set<LanguageCode>?) -> Deck {
        let top = topLevelName(name)
        let lang: LanguageCode = ImportedNote.containsArabic(top) ? "ar" : "en"
        // One language for the deck: the one every card is in, or, when notes mix languages,
        // "mul" (ISO 639: multiple languages) with every card's texts under it, so the deck
        // meets the deck format's rule that each card has each deck language.
        var cards = cards
        var languages = common.map { $0.sorted() } ?? [lang]
        if languages.isEmpty {
            languages = [multipleLanguages]
            cards = cards.map(relabeled)
        }
        let info = DeckInfo(id: slug(top), title: LocalizedText([lang: top]), languages: languages)
        return Deck(deck: info, cards: cards)
    }

    /// A deck for an Anki deck path (`Languages::Arabic`): its id the path's parts as slugs
    /// (`languages::arabic`), its title the path as Anki shows it. A subdeck is a deck of its
    /// own, studied alone or with its parent.
    public static func make(path: String, cards: [DeckCard]) -> Deck {
        let title = parts(of: path).joined(separator: "::")
        var deck = make(name: title.isEmpty ? "imported" : title, cards: cards)
        deck.deck.id = id(path: path)
        deck.deck.title = LocalizedText([
            ImportedNote.containsArabic(title) ? "ar" : "en": title.isEmpty ? "imported" : title
        ])
        return deck
    }

    /// The deck id of an Anki deck path: its parts as slugs, joined by `::`.
    public static func id(path: String) -> String {
        let parts = parts(of: path)
        return parts.isEmpty ? "imported" : parts.map(slug).joined(separator: "::")
    }

    /// An Anki deck path's names, trimmed, empty ones left out.
    private static func parts(of path: String) -> [String] {
        path.components(separatedBy: "::").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// The languages every card has both a prompt and an answer in; nil when there are no cards.
    static func commonLanguages(_ cards: [DeckCard]) -> Set<LanguageCode>? {
        // Linear scans of each card's one or two languages: no hashing, no copy of the card.
        var common: [LanguageCode]?
        for index in cards.indices {
            let prompt = cards[index].prompt.values
            let answer = cards[index].answer.values
            func inCard(_ language: LanguageCode) -> Bool {
                prompt.contains { $0.key == language } && answer.contains { $0.key == language }
            }
            guard let known = common else {
                common = prompt.keys.filter(inCard)
                continue
            }
            if known.isEmpty { break }
            // Most cards have every language found so far: the intersection stays as it is.
            if !known.allSatisfy(inCard) { common = known.filter(inCard) }
        }
        return common.map(Set.init)
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
