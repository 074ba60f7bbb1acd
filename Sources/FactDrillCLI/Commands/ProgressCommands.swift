import ArgumentParser
import FactDrillKit
import FactDrillStore
import Foundation

/// `factdrill stats [DECK]`.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show progress: cards by state, due forecast, retention, accuracy by question type, hardest cards, heatmap.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A deck id; all decks when omitted.")
    var deck: String?

    func run() throws {
        try StatsPrinter(context: AppContext.open(global)).printStats(deck: deck)
    }
}

/// Computes stats for the CLI's views and exports.
struct StatsPrinter {
    let context: AppContext

    /// Stats for `deck` (all decks when nil) at the context's now; an unknown deck is an error.
    func stats(deck: String?) throws -> Stats {
        let now = context.clock.now()
        if let deck, try context.database.deck(id: deck, now: now) == nil {
            throw CLIError.unknownDeck(deck, known: try context.database.decks(now: now).map(\.id))
        }
        return try context.database.stats(deck: deck, now: now, dayStart: Clock.dayStart(of: now))
    }

    /// Prints the terminal view: Unicode blocks on a terminal, plain ASCII charts otherwise;
    /// fitted to the console's width.
    func printStats(deck: String?) throws {
        let renderer = StatsRenderer(unicode: isatty(STDOUT_FILENO) != 0, width: context.console.settings.width.current)
        for line in renderer.lines(try stats(deck: deck)) {
            line.isEmpty ? context.console.blankLine() : context.console.line(line)
        }
    }
}

/// `factdrill doctor`.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the database: integrity, foreign keys, schema version.",
        discussion: "Exits with 1 when a problem is found. A database written by a newer factdrill is refused before any check.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try AppContext.open(global)
        let report = try context.database.doctor()
        let console = context.console
        console.line("database: \(report.path)")
        console.line("schema:   \(report.schemaVersion ?? "none") (this factdrill: \(report.currentVersion))")
        console.line("journal:  \(report.journalMode)")
        console.line("contents: \(report.decks) decks, \(report.cards) cards, \(report.reviews) reviews")
        for problem in report.integrityProblems { console.line(.red("integrity: "), Span(problem)) }
        for problem in report.foreignKeyProblems { console.line(.red("foreign key: "), Span(problem)) }
        if report.isHealthy {
            console.line(.green("ok: integrity and foreign keys checked, no problem found"))
        } else {
            console.line(.red("problems found: keep a copy of the file before changing anything"))
            throw ExitCode(1)
        }
    }
}
