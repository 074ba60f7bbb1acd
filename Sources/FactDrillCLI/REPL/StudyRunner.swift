import FactDrillApp
import FactDrillKit
import FactDrillStore
import Foundation

/// Starts a study session from the app's context and the user's options.
struct StudyRunner {
    let context: AppContext
    let reader: LineReader

    /// Checks the deck exists, then runs one session.
    @discardableResult
    func run(settings: StudySession.Settings, options: StudyPreferences) throws -> StudySession.Summary {
        var settings = settings
        if let deck = settings.deck { try context.database.requireDeck(deck, now: context.clock.now()) }
        settings.languages = options.languages
        settings.limits = options.limits
        let driver = StudyDriver(
            database: context.database, scheduler: context.scheduler, reader: reader,
            console: context.console, clock: context.clock, settings: settings, random: context.random)
        return try driver.run()
    }
}

/// Prints the installed decks with their card counts.
struct DecksPrinter {
    let context: AppContext

    func printDecks() throws {
        let decks = try context.database.decks(now: context.clock.now())
        guard !decks.isEmpty else {
            context.console.line("No deck is installed. Import one: import PATH.article.yaml")
            return
        }
        var table = Table(columns: [
            .init("deck"), .init("cards", alignment: .right), .init("new", alignment: .right),
            .init("due", alignment: .right), .init("suspended", alignment: .right), .init("title"),
        ])
        for deck in decks {
            table.addRow([deck.id, "\(deck.total)", "\(deck.new)", "\(deck.dueNow)", "\(deck.suspended)",
                          deck.title["en"] ?? deck.title.allStrings.first ?? ""])
        }
        context.console.table(table)
    }
}
