import ArgumentParser
import Foundation

/// `factdrill decks`.
struct DecksCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "decks", abstract: "List the installed decks and what is due.")

    @OptionGroup var global: GlobalOptions

    func run(in environment: CommandEnvironment) throws {
        try DecksPrinter(context: environment.context).printDecks()
    }
}
