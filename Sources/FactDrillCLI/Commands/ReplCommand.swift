import ArgumentParser
import FactDrillApp
import Foundation

/// `factdrill` / `factdrill repl`: the interactive shell.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Open the study shell (the default): study, decks, stats, import, export, lang, undo, help, quit.",
        discussion:
            "Reads plain lines when stdin is not a terminal, so `printf 'study\\n…\\nquit\\n' | factdrill` works.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var study: StudyOptions

    func run() throws {
        let context = try AppContext.open(global)
        let reader = LineReaders.standard(historyFile: context.historyFile)
        reader.completer = ReplCompletion.completer(database: context.database, clock: context.clock)
        let environment = CommandEnvironment(
            context: context, reader: reader, studyOptions: study.over(StudyPreferences()))
        ReplShell(environment: environment, reader: reader).run()
    }
}
