import ArgumentParser
import Foundation

/// `lang ar|en|both`: the languages questions are shown in, for the rest of the shell.
struct LangCommand: ShellRunnable {
    static let configuration = CommandConfiguration(
        commandName: "lang", abstract: "Choose the languages questions are shown in.")

    @Argument(help: ArgumentHelp("ar, en or both.", valueName: "ar|en|both"))
    var choice: LanguageChoice?

    func run(in environment: CommandEnvironment) throws {
        guard let choice else {
            environment.console.line("questions in: \((environment.studyOptions.lang ?? .both).rawValue)")
            return
        }
        environment.studyOptions.lang = choice
        environment.console.line("questions in: \(choice.rawValue)")
    }
}
