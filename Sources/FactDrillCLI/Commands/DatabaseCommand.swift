import ArgumentParser
import Foundation

/// A command that works on the study database. From the command line it opens the database its
/// options name; in the shell the same command, parsed by the same parser, runs on the shell's
/// database (`run(in:)`), so help, errors and options are the same in both places.
protocol DatabaseCommand: ShellRunnable {
    /// `--db` and the output options every database command takes.
    var global: GlobalOptions { get }
}

extension DatabaseCommand {
    func run() throws {
        try run(in: CommandEnvironment(context: AppContext.open(global)))
    }
}

/// What a database command runs with: the open database, clock and console, and in the shell
/// the shell's line reader and study options (its start options and `lang`).
final class CommandEnvironment {
    let context: AppContext
    /// The shell's line reader; nil on the command line (a command makes its own).
    let reader: LineReader?
    /// The study options in force: the shell's; on the command line, none set.
    var studyOptions: StudyPreferences

    init(context: AppContext, reader: LineReader? = nil, studyOptions: StudyPreferences = StudyPreferences()) {
        self.context = context
        self.reader = reader
        self.studyOptions = studyOptions
    }

    var console: Console { context.console }
}
