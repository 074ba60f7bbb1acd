import ArgumentParser
import FactDrillApp
import FactDrillStore
import Foundation

/// `factdrill export apkg --deck D -o FILE.apkg`.
struct ExportApkgCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "apkg",
        abstract: "A deck (with its subdecks) as an Anki package, with its progress, to study it in Anki.",
        discussion: """
            Each card goes with its scheduling (due date, interval, FSRS memory state) and its review \
            log. Cards imported from Anki go back as their notes: the same guid, note type (cloze, \
            reversed, custom), fields, tags and media, so importing the package into the collection \
            they came from adds no note.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The deck id (see `factdrill decks`).")
    var deck: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The package to write (a binary file).", valueName: "file.apkg"))
    var output: String

    func run(in environment: CommandEnvironment) throws {
        let context = environment.context
        _ = try context.database.exportableDeck(deck, now: context.clock.now())  // a clear error for an unknown deck
        let export = try context.database.ankiExport(deck: deck)
        let temporary = URL(fileURLWithPath: output + ".partial-\(getpid())")
        defer { try? FileManager.default.removeItem(at: temporary) }
        try AnkiPackageWriter.write(export, to: temporary, now: context.clock.now())
        try OutputFile.write(Data(contentsOf: temporary), to: output)
        let reviews = export.cards.reduce(0) { $0 + $1.reviews.count }
        context.console.line(
            "wrote \(output): \(export.cards.count) cards in \(export.decks.count) deck\(export.decks.count == 1 ? "" : "s"), \(reviews) reviews, \(export.media.count) media files"
        )
    }
}
