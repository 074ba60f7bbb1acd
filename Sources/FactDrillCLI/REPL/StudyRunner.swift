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
            database: context.database, schedulers: context.schedulers, reader: reader,
            console: context.console, clock: context.clock, settings: settings, random: context.random)
        return try driver.run()
    }
}
