import ArgumentParser
import FactDrillApp
import FactDrillKit
import FactDrillStore
import Foundation

/// `factdrill export KIND`: progress and decks out, in the formats the ecosystem reads.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export progress stats, the review log, or a deck.",
        discussion: """
        KIND is one of:
          stats    progress (--format table, csv, json or html: one self-contained report with charts)
          reviews  the review log as CSV in the FSRS optimizer's format
                   (card_id,review_time,review_rating,review_state,review_duration)
          deck     a deck file (factdrill-deck JSON) of --deck
          apkg     an Anki package of --deck (needs -o FILE.apkg), to study it in Anki
        Writes to standard output, or to -o FILE (written whole or not at all).
        """)

    /// What to export.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case stats, reviews, deck, apkg
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "stats, reviews, deck or apkg.")
    var kind: Kind

    @Option(name: .long, help: "A deck id (all decks when omitted; required for `deck`).")
    var deck: String?

    @Option(name: .long, help: "For stats: table, csv, json or html.")
    var format: StatsFormat = .table

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write.", valueName: "file"))
    var output: String?

    mutating func validate() throws {
        if (kind == .deck || kind == .apkg) && deck == nil {
            throw ValidationError("export \(kind.rawValue) needs --deck DECK (see `factdrill decks`)")
        }
        if kind == .apkg && output == nil {
            throw ValidationError("export apkg writes a binary file: give -o FILE.apkg")
        }
    }

    func run() throws {
        let context = try AppContext.open(global)
        let text: String
        switch kind {
        case .stats:
            let stats = try StatsPrinter(context: context).stats(deck: deck)
            switch format {
            case .table: text = StatsRenderer(unicode: false).text(stats)
            case .csv: text = StatsExporter.csv(stats)
            case .json: text = try StatsExporter.json(stats)
            case .html:
                let history = try RetentionHistory.compute(database: context.database, deck: deck, dayStart: stats.dayStart)
                text = StatsExporter.html(stats, history: history, title: "factdrill progress" + (deck.map { ": \($0)" } ?? ""),
                                          generatedAt: context.clock.now())
            }
        case .reviews:
            var rows = ""
            try ReviewLogExporter.write(from: context.database, deck: deck) { rows += $0 }
            text = rows
        case .deck:
            text = String(decoding: try DeckFile.encode(try exportedDeck(context)), as: UTF8.self)
        case .apkg:
            let path = output ?? ""
            let exported = try exportedDeck(context)
            let temporary = URL(fileURLWithPath: path + ".partial-\(getpid())")
            defer { try? FileManager.default.removeItem(at: temporary) }
            try AnkiPackageWriter.write(exported, to: temporary, now: context.clock.now())
            try OutputFile.write(Data(contentsOf: temporary), to: path)
            context.console.line("wrote \(path): \(exported.cards.count) notes")
            return
        }
        if let output {
            try OutputFile.write(Data(text.utf8), to: output)
            context.console.line("wrote \(output)")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// The installed deck `--deck` as a deck file: its current cards, retired ones left out.
    private func exportedDeck(_ context: AppContext) throws -> Deck {
        try context.database.exportableDeck(deck ?? "", now: context.clock.now())
    }
}

extension StatsFormat: ExpressibleByArgument {}
