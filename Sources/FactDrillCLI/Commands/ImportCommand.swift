import ArgumentParser
import FactDrillApp
import Foundation

/// `factdrill import FILE...`.
struct ImportCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Install decks from files.",
        discussion: """
            Formats, by the file's name: \(ImportFormat.summary). \
            Each file is installed in one transaction: all of it or nothing. Importing an edited \
            version of a deck keeps the progress of every card whose id is unchanged, adds new cards \
            and retires (keeping their history) cards that are gone. Prints: added N, updated N, retired N. \
            An Anki package brings every card (cloze and reversed ones too), one deck per Anki deck and \
            subdeck, each card's progress and review log, and its media (into the media folder beside \
            the database); importing it again changes nothing.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The files to import.")
    var files: [String]

    func run() throws {
        // Read and check every file before the database is opened: a bad file changes nothing,
        // and one bad file among several imports none of them.
        let loaded = try loadAll()
        do {
            try install(loaded, in: CommandEnvironment(context: AppContext.open(global)))
        } catch {
            for (_, deck) in loaded { DeckImporter.discard(deck) }
            throw error
        }
        BackgroundRelease.release(consume loaded)
    }

    func run(in environment: CommandEnvironment) throws {
        let loaded = try loadAll()
        defer { for (_, deck) in loaded { DeckImporter.discard(deck) } }
        try install(loaded, in: environment)
    }

    /// Every file read; what was unpacked for the ones read before a bad one is removed.
    private func loadAll() throws -> [(String, DeckImporter.Loaded)] {
        var loaded: [(String, DeckImporter.Loaded)] = []
        do {
            for file in files { loaded.append((file, try DeckImporter.load(file))) }
        } catch {
            for (_, deck) in loaded { DeckImporter.discard(deck) }
            throw error
        }
        return loaded
    }

    private func install(_ loaded: [(String, DeckImporter.Loaded)], in environment: CommandEnvironment) throws {
        let runner = ImportRunner(context: environment.context)
        for (file, deck) in loaded {
            try runner.install(deck, from: file)
        }
    }
}
