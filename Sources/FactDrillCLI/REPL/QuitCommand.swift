import ArgumentParser
import Foundation

/// `quit`: leaves the shell (Ctrl-D too).
struct QuitCommand: ShellRunnable {
    static let configuration = CommandConfiguration(
        commandName: "quit", abstract: "Leave the shell (Ctrl-D too).", aliases: ["exit", "q"])

    func run(in environment: CommandEnvironment) throws {}
}
