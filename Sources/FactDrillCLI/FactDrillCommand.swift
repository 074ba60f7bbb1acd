import ArgumentParser
import Foundation

/// The root command: with no subcommand, opens the study REPL.
public struct FactDrillCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "factdrill",
        abstract: "Turn the articles you read into drill decks and keep the facts with spaced repetition.",
        discussion: """
        With no command, opens the study REPL on your database (created on first use with the \
        built-in seed deck). FACTDRILL_NOW (ISO 8601) overrides the clock, for scripts.
        """,
        subcommands: [
            ReplCommand.self, StudyCommand.self, ImportCommand.self, DecksCommand.self, StatsCommand.self,
            ExportCommand.self, CheckCommand.self, GenerateCommand.self, DoctorCommand.self,
        ],
        defaultSubcommand: ReplCommand.self
    )

    public init() {}

    /// Runs the command line. Usage errors print with the usage; errors from running a command
    /// print as `factdrill: message` on stderr with exit code 1.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
            Foundation.exit(0)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let error as ValidationError {
            exit(withError: error)
        } catch {
            Console().error(error.localizedDescription)
            Foundation.exit(1)
        }
    }
}
