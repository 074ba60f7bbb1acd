import ArgumentParser
import FactDrillApp
import FactDrillKit
import FactDrillStore
import Foundation

/// The interactive shell: reads commands (`study`, `decks`, `import`, …) and runs them until
/// `quit` or the end of input. Errors of one command are printed and the shell goes on.
final class ReplShell {
    /// The shell's commands, for `help` and completion.
    static let commands: [(name: String, usage: String, summary: String)] = [
        ("study", "study [DECK] [--ahead]", "study the cards due now (--ahead: practise cards not yet due)"),
        ("decks", "decks", "list the installed decks and what is due"),
        ("stats", "stats [DECK]", "progress: states, forecast, retention, weak question types, heatmap"),
        ("import", "import PATH...", "install decks: *.article.yaml, *.deck.json, Anki *.csv/*.tsv/*.txt and *.apkg"),
        ("export", "export KIND [options]", "stats, reviews, deck or apkg out (see `factdrill help export`)"),
        ("lang", "lang ar|en|both", "languages questions are shown in"),
        ("undo", "undo", "take back the last answer"),
        ("help", "help", "this list"),
        ("quit", "quit", "leave (Ctrl-D too)"),
    ]

    let context: AppContext
    let reader: LineReader
    var studyOptions: StudyOptions
    private var console: Console { context.console }

    init(context: AppContext, reader: LineReader, studyOptions: StudyOptions) {
        self.context = context
        self.reader = reader
        self.studyOptions = studyOptions
    }

    /// Runs the shell until `quit` or end of input.
    func run() {
        console.line("factdrill: \(summaryLine()) Type ", .bold("study"), " to begin, ", .bold("help"), " for commands.")
        while true {
            switch reader.readLine(prompt: console.render([.cyan("factdrill> ")])) {
            case .endOfInput:
                return
            case .interrupted:
                continue
            case .line(let line):
                let words = ReplShell.split(line)
                guard let command = words.first?.lowercased() else { continue }
                reader.addHistory(line)
                if command == "quit" || command == "exit" || command == "q" { return }
                do {
                    try execute(command, Array(words.dropFirst()))
                } catch {
                    console.error(error.localizedDescription)
                }
            }
        }
    }

    /// Runs one command line's words.
    func execute(_ command: String, _ arguments: [String]) throws {
        switch command {
        case "help", "?":
            for entry in ReplShell.commands {
                console.line("  ", .bold(entry.usage.padding(toLength: 26, withPad: " ", startingAt: 0)), Span(entry.summary))
            }
            console.line("  In a session: :hint, :skip (until tomorrow), :suspend, :undo, :quit")
        case "study":
            try study(arguments)
        case "decks":
            try DecksPrinter(context: context).printDecks()
        case "stats":
            try StatsPrinter(context: context).printStats(deck: arguments.first)
        case "import":
            guard !arguments.isEmpty else {
                console.line("usage: import PATH...")
                return
            }
            for path in arguments {
                try ImportRunner(context: context).importFile(path)
            }
        case "export":
            // The same command as `factdrill export`, on this shell's database.
            do {
                var export = try ExportCommand.parse(arguments + ["--db", context.databasePath])
                try export.validate()
                try export.run()
            } catch let error where FactDrillCommand.isParserError(error) {
                console.line(Span(ExportCommand.message(for: error)))
                console.line("usage: export stats|reviews|deck|apkg [--deck D] [--format table|csv|json|html] [-o FILE]")
            }
        case "lang":
            guard let choice = arguments.first.flatMap(LanguageChoice.init(rawValue:)) else {
                console.line("usage: lang ar|en|both (now: \(studyOptions.lang.rawValue))")
                return
            }
            studyOptions.lang = choice
            console.line("questions in: \(choice.rawValue)")
        case "undo":
            if let card = try context.database.undoLastReview(sessionID: nil) {
                console.line("undone: the last answer to \(card.card.id) is forgotten")
            } else {
                console.line("nothing to undo")
            }
        default:
            console.line("unknown command '\(command)'; type help")
        }
    }

    private func study(_ arguments: [String]) throws {
        var settings = StudySession.Settings()
        for argument in arguments {
            if argument == "--ahead" {
                settings.ahead = true
            } else if argument.hasPrefix("-") {
                console.line("usage: study [DECK] [--ahead]")
                return
            } else {
                settings.deck = argument
            }
        }
        try StudyRunner(context: context, reader: reader).run(settings: settings, options: studyOptions)
    }

    /// `2 decks, 37 cards due now.`
    private func summaryLine() -> String {
        guard let overview = try? context.database.overview(now: context.clock.now()) else { return "" }
        return "\(overview.decks) deck\(overview.decks == 1 ? "" : "s"), \(overview.dueNow) due, \(overview.new) new."
    }

    /// Splits a command line into words; double or single quotes group words with spaces.
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
