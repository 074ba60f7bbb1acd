import ArgumentParser
import FactDrillApp
import Foundation

/// `factdrill` / `factdrill repl`: the interactive shell.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Open the study shell (the default): study, decks, stats, import, export, lang, undo, help, quit.",
        discussion: "Reads plain lines when stdin is not a terminal, so `printf 'study\\n…\\nquit\\n' | factdrill` works.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var study: StudyOptions

    func run() throws {
        let context = try AppContext.open(global)
        let reader = LineReaders.standard(historyFile: context.historyFile)
        reader.completer = ReplCompletion.completer(database: context.database, clock: context.clock)
        ReplShell(context: context, reader: reader, studyOptions: study).run()
    }
}

/// `factdrill study [DECK]`: straight into a session.
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Study the cards due now (then new ones, up to the daily limits).",
        discussion: "In a session type the answer, or :hint, :skip (until tomorrow), :suspend, :undo, :quit.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var study: StudyOptions

    @Argument(help: "A deck id (see `factdrill decks`); all decks when omitted.")
    var deck: String?

    @Flag(name: .long, help: "Practise cards before they are due; logged as practice, the schedule does not change.")
    var ahead = false

    func run() throws {
        let context = try AppContext.open(global)
        let reader = LineReaders.standard(historyFile: nil)
        var settings = StudySession.Settings()
        settings.deck = deck
        settings.ahead = ahead
        try StudyRunner(context: context, reader: reader).run(settings: settings, options: study)
    }
}

/// `factdrill import FILE...`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Install decks: article models (*.article.yaml), deck files (*.deck.json), Anki text exports (*.csv, *.tsv, *.txt) and packages (*.apkg).",
        discussion: """
        Each file is installed in one transaction: all of it or nothing. Importing an edited \
        version of a deck keeps the progress of every card whose id is unchanged, adds new cards \
        and retires (keeping their history) cards that are gone. Prints: added N, updated N, retired N.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The files to import.")
    var files: [String]

    func run() throws {
        // Read and check every file before the database is opened: a bad file changes nothing,
        // and one bad file among several imports none of them.
        let loaded = try files.map { file in (file, try DeckImporter.load(file)) }
        let context = try AppContext.open(global)
        let importer = ImportRunner(context: context)
        for (file, deck) in loaded {
            try importer.install(deck, from: file)
        }
        BackgroundRelease.release(consume loaded)
    }
}

/// `factdrill decks`.
struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decks", abstract: "List the installed decks and what is due.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try DecksPrinter(context: AppContext.open(global)).printDecks()
    }
}
