import FactDrillKit

/// Prints `generate --review`: every card of a deck (id, kind, format, and per language its
/// prompt, answer and options), the review flags under each card, and a summary line. Deck text
/// goes through the console, which sanitizes every span.
struct DeckReviewPrinter {
    let console: Console

    /// Prints the review of `deck` (generated from `model`); returns the number of flagged cards.
    @discardableResult
    func print(_ deck: Deck, model: ArticleModel) -> Int {
        let flags = Dictionary(grouping: DeckReview.flags(in: deck, model: model), by: \.card)
        for card in deck.cards {
            console.line(Span(card.id, style: .bold), Span("  \(card.kind) (\(card.format.rawValue))", style: .dim))
            for language in deck.deck.languages {
                console.line("  \(language): \(card.prompt[language] ?? "")")
                console.line("      answer: \(card.answer[language] ?? "")")
                if let choices = card.choices {
                    console.line(Span("      options: " + choices.map { $0[language] ?? "" }.joined(separator: " | ")))
                }
            }
            for flag in flags[card.id] ?? [] {
                let language = flag.language.map { " (\($0))" } ?? ""
                console.line(Span("  ! \(flag.rule)\(language): ", style: .yellow), Span(flag.message))
            }
        }
        let flagged = deck.cards.filter { flags[$0.id] != nil }.count
        console.line("\(deck.cards.count) cards, \(flagged) flagged")
        return flagged
    }
}
