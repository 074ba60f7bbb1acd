import FactDrillKit
import FactDrillStore
import Foundation

/// Starts a study session from the app's context and the user's options.
struct StudyRunner {
    let context: AppContext
    let reader: LineReader

    /// Checks the deck exists, then runs one session.
    @discardableResult
    func run(settings: StudySession.Settings, options: StudyOptions) throws -> StudySession.Summary {
        var settings = settings
        if let deck = settings.deck, try context.database.deck(id: deck, now: context.clock.now()) == nil {
            throw CLIError.unknownDeck(deck, known: try context.database.decks(now: context.clock.now()).map(\.id))
        }
        settings.languages = options.lang.languages
        settings.limits = options.limits
        let session = StudySession(
            database: context.database, scheduler: context.scheduler, reader: reader,
            console: context.console, clock: context.clock, settings: settings, random: context.random)
        return try session.run()
    }
}
