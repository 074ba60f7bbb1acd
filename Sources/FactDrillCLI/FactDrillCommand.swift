import ArgumentParser
import Foundation

/// The root command: with no subcommand, opens the study REPL.
public struct FactDrillCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "factdrill",
        abstract: "Turn the articles you read into drill decks and keep the facts with spaced repetition.",
        subcommands: [CheckCommand.self]
    )

    public init() {}

    public func run() throws {
        print("factdrill: the study REPL is not built yet")
    }
}
