import ArgumentParser
import Foundation

/// `factdrill export KIND`: progress and decks out, in the formats the ecosystem reads. Each
/// kind is a subcommand with its own options, so an option that does not apply is refused.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export progress stats, the review log, or a deck.",
        discussion: "Writes to standard output, or to -o FILE (written whole or not at all).",
        subcommands: [
            ExportStatsCommand.self, ExportReviewsCommand.self, ExportDeckCommand.self, ExportApkgCommand.self,
        ]
    )
}
