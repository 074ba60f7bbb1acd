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
