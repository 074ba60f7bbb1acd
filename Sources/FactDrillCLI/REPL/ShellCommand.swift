import ArgumentParser
import Foundation

/// The shell's command line: the same commands as `factdrill`, parsed by the same parser, plus
/// the shell's own (`lang`, `undo`, `quit`). `help` and errors come from the parser, so the
/// shell and the command line say the same.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "",
        abstract: "The study shell. Type a command; `help COMMAND` shows its options.",
        discussion: "In a session: :hint, :skip (until tomorrow), :suspend, :undo, :quit. Ctrl-D leaves.",
        subcommands: [
            StudyCommand.self, DecksCommand.self, StatsCommand.self, ImportCommand.self, DraftCommand.self,
            ExportCommand.self, OptimizeCommand.self,
            LangCommand.self, UndoCommand.self, DoctorCommand.self, QuitCommand.self,
        ]
    )

    /// Every name a shell line may start with (commands, their aliases, `help`), for completion.
    static var names: [String] {
        var names: [String] = []
        for command in configuration.subcommands {
            let configuration = command.configuration
            names += [configuration.commandName ?? ""] + configuration.aliases
        }
        return names + ["help"]
    }

    /// The help of the command `path` names (`["export", "stats"]`): the parser's own help screen;
    /// for no path, the list of commands with their abstracts.
    static func help(for path: [String]) -> String {
        var command: ParsableCommand.Type = ShellCommand.self
        for name in path {
            let next = command.configuration.subcommands.first { candidate in
                candidate.configuration.commandName == name || candidate.configuration.aliases.contains(name)
            }
            guard let next else { return "no command '\(name)'; type help" }
            command = next
        }
        guard path.isEmpty else { return helpMessage(for: command) }
        var lines = ["Commands (`help COMMAND` or `COMMAND --help` shows its options):"]
        for subcommand in configuration.subcommands {
            let names = ([subcommand.configuration.commandName ?? ""] + subcommand.configuration.aliases)
                .joined(separator: ", ")
            lines.append(
                "  " + names.padding(toLength: 15, withPad: " ", startingAt: 0) + subcommand.configuration.abstract)
        }
        return (lines + [configuration.discussion]).joined(separator: "\n")
    }

    /// The subcommands of `command` (`export stats`, …), for completion.
    static func subcommandNames(of command: String) -> [String] {
        for candidate in configuration.subcommands where candidate.configuration.commandName == command {
            return candidate.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        }
        return []
    }
}
