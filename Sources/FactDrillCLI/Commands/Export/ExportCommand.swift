import ArgumentParser
import Foundation

/// `factdrill export KIND`: progress and decks out, in the formats the ecosystem reads. Each
/// kind is a subcommand with its own options, so an option that does not apply is refused.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export progress stats, the review log, or a deck.",
        discussion: "Writes to standard output, or to -o FILE (written whole or not at all).",
        subcommands: [ExportStatsCommand.self, ExportReviewsCommand.self, ExportDeckCommand.self, ExportApkgCommand.self]
    )
}

/// Where an export goes: `-o FILE`, else standard output.
struct ExportDestination: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (else standard output).", valueName: "file"))
    var output: String?

    /// Writes `text` to the file (whole or not at all, then says so) or to standard output.
    func write(_ text: String, console: Console) throws {
        if let output {
            try OutputFile.write(Data(text.utf8), to: output)
            console.line("wrote \(output)")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
