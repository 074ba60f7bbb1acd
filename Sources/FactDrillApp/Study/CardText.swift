import FactDrillKit
import Foundation

/// The texts of a card in a session's languages: its answer, a hint. Plain strings, with no
/// terminal markup; the CLI's presenter styles them and the console sanitizes them.
public struct CardText: Sendable {
    /// The languages shown, in order.
    public var languages: [LanguageCode]

    /// Texts in `languages`.
    public init(languages: [LanguageCode]) {
        self.languages = languages
    }

    /// The right answer in every shown language, e.g. `10th · العاشر`; an order as `A → B → C`.
    public func answer(_ card: DeckCard) -> String {
        if card.format == .order, let choices = card.choices {
            let order = DeckCard.orderIndices(card.accept.first ?? "")
            if !order.isEmpty, order.allSatisfy({ choices.indices.contains($0) }) {
                return order.map { localized(choices[$0]) }.joined(separator: " → ")
            }
        }
        return localized(card.answer)
    }

    /// A text in the session's languages joined by ` · `, falling back to any language it has.
    public func localized(_ text: LocalizedText) -> String {
        var seen = Set<String>()
        let shown = (languages.contains { text[$0] != nil } ? languages.compactMap { text[$0] } : text.allStrings)
        return shown.filter { seen.insert($0).inserted }.joined(separator: " · ")
    }

    /// A hint: each word of the answer as its first letter and the length of the rest; for a
    /// choice, how many options there are; for an order, the earliest item.
    public func hint(_ card: DeckCard) -> String {
        if let choices = card.choices {
            guard card.format == .order else { return "one of the \(choices.count) options above" }
            return "the earliest is \(localized(choices[DeckCard.orderIndices(card.accept.first ?? "").first ?? 0]))"
        }
        let shown = languages.compactMap { card.answer[$0] }
        return (shown.isEmpty ? card.answer.allStrings : shown).map { text in
            text.split(separator: " ").map { word in
                String(word.prefix(1)) + String(repeating: "_", count: max(0, word.count - 1))
            }.joined(separator: " ")
        }.joined(separator: " · ")
    }
}
