import ArgumentParser
import Foundation

/// A command the shell can run on its own database and reader.
protocol ShellRunnable: ParsableCommand {
    /// Runs with the shell's (or, from the command line, a newly opened) environment.
    func run(in environment: CommandEnvironment) throws
}
