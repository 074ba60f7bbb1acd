import ArgumentParser
import FactDrillKit
import FactDrillStore
import Foundation

/// `factdrill stats [DECK]`.
struct StatsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract:
            "Show progress: card states, forecast, retention, accuracy by type, hardest cards, heatmap."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A deck id; all decks when omitted.")
    var deck: String?

    func run(in environment: CommandEnvironment) throws {
        try StatsPrinter(context: environment.context).printStats(deck: deck)
    }
}
