import ArgumentParser
import FactDrillApp
import Foundation

/// `factdrill export reviews [--deck D] [-o FILE]`.
struct ExportReviewsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviews",
        abstract: "The review log as CSV in the FSRS optimizer's format.",
        discussion: "Columns: card_id,review_time,review_rating,review_state,review_duration (times in epoch ms).")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "A deck id (all decks when omitted).")
    var deck: String?

    @OptionGroup var destination: ExportDestination

    func run(in environment: CommandEnvironment) throws {
        var rows = ""
        try ReviewLogExporter.write(from: environment.context.database, deck: deck) { rows += $0 }
        try destination.write(rows, console: environment.console)
    }
}
