import FactDrillStore

/// Prints the installed decks with their card counts (`decks`, in the shell and as a command),
/// as a table fitted to the console's width.
struct DecksPrinter {
    let context: AppContext

    /// Prints the table, or how to install a deck when there is none.
    func printDecks() throws {
        let decks = try context.database.decks(now: context.clock.now())
        guard !decks.isEmpty else {
            context.console.line("No deck is installed. Import one: import PATH.article.yaml")
            return
        }
        context.console.table(Self.table(decks))
    }

    /// A row per deck: its id, counts (never cut) and English title (cut first when narrow).
    static func table(_ decks: [DeckSummary]) -> Table {
        var table = Table(columns: [
            .init("deck", minWidth: 12), .init("cards", alignment: .right), .init("new", alignment: .right),
            .init("due", alignment: .right), .init("suspended", alignment: .right), .init("title"),
        ])
        for deck in decks {
            table.addRow([
                deck.id, "\(deck.total)", "\(deck.new)", "\(deck.dueNow)", "\(deck.suspended)",
                deck.title["en"] ?? deck.title.allStrings.first ?? "",
            ])
        }
        return table
    }
}
