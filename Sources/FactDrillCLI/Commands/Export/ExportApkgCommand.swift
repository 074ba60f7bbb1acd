import ArgumentParser
import FactDrillApp
import FactDrillStore
import Foundation

/// `factdrill export apkg --deck D -o FILE.apkg`.
struct ExportApkgCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "apkg",
        abstract: "A deck as an Anki package, to study it in Anki.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The deck id (see `factdrill decks`).")
    var deck: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The package to write (a binary file).", valueName: "file.apkg"))
    var output: String

    func run(in environment: CommandEnvironment) throws {
        let context = environment.context
        let exported = try context.database.exportableDeck(deck, now: context.clock.now())
        let temporary = URL(fileURLWithPath: output + ".partial-\(getpid())")
        defer { try? FileManager.default.removeItem(at: temporary) }
        try AnkiPackageWriter.write(exported, to: temporary, now: context.clock.now())
        try OutputFile.write(Data(contentsOf: temporary), to: output)
        context.console.line("wrote \(output): \(exported.cards.count) notes")
    }
}
