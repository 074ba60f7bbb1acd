import ArgumentParser
import FactDrillApp
import FactDrillKit
import Foundation

/// `factdrill export deck --deck D [-o FILE]`.
struct ExportDeckCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "deck",
        abstract: "A deck as a deck file (factdrill-deck JSON): its current cards, retired ones left out.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The deck id (see `factdrill decks`).")
    var deck: String

    @OptionGroup var destination: ExportDestination

    func run(in environment: CommandEnvironment) throws {
        let exported = try environment.context.database.exportableDeck(deck, now: environment.context.clock.now())
        try destination.write(
            String(decoding: try DeckFile.encode(exported), as: UTF8.self), console: environment.console)
    }
}
