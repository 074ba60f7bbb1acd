import ArgumentParser
import Foundation

/// The root command: with no subcommand, opens the study REPL.
public struct FactDrillCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "factdrill",
        abstract: "Turn the articles you read into drill decks and keep the facts with spaced repetition.",
        discussion: """
            With no command, opens the study REPL on your database (created on first use with the \
            built-in seed deck). The database: --db PATH, else $FACTDRILL_DB, else \
            $XDG_DATA_HOME/factdrill/factdrill.sqlite. FACTDRILL_NOW (ISO 8601) overrides the clock \
            and FACTDRILL_SEED fixes the scheduler's fuzz, for scripts. NO_COLOR turns colours off.
            """,
        subcommands: [
            ReplCommand.self, StudyCommand.self, ImportCommand.self, DecksCommand.self, StatsCommand.self,
            ExportCommand.self, CheckCommand.self, GenerateCommand.self, DraftCommand.self, OptimizeCommand.self,
            DoctorCommand.self,
        ],
        defaultSubcommand: ReplCommand.self
    )

    public init() {}

    /// Runs the command line. Usage errors print with the usage; errors from running a command
    /// print as `factdrill: message` on stderr with exit code 1.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        var command: ParsableCommand
        do {
            command = try parseAsRoot(globalOptionsMoved(arguments ?? Array(CommandLine.arguments.dropFirst())))
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
            Foundation.exit(0)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch  where isParserError(error) {
            // Help, usage and argument errors are the parser's to print.
            exit(withError: error)
        } catch {
            Console().error(error.localizedDescription)
            Foundation.exit(1)
        }
    }

    /// `factdrill --db X stats` means `factdrill stats --db X`: options every command shares may
    /// come before the command's name.
    static func globalOptionsMoved(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--db", index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if argument.hasPrefix("--db=") || argument == "--no-bidi-marks" {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        guard !leading.isEmpty, index < arguments.count, names.contains(arguments[index]) else { return arguments }
        return [arguments[index]] + leading + arguments[(index + 1)...]
    }

    /// Whether `error` is the argument parser's (help, usage, a bad option), which it prints itself.
    static func isParserError(_ error: Error) -> Bool {
        error is ValidationError || error is CleanExit
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
