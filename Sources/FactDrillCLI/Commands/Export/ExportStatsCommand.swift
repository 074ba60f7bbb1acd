import ArgumentParser
import FactDrillApp
import FactDrillStore
import Foundation

/// `factdrill export stats [--deck D] [--format table|csv|json|html] [-o FILE]`.
struct ExportStatsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Progress stats as a table, CSV, JSON, or one self-contained HTML report with charts.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "A deck id (all decks when omitted).")
    var deck: String?

    @Option(name: .long, help: "table, csv, json or html.")
    var format: StatsFormat = .table

    @OptionGroup var destination: ExportDestination

    func run(in environment: CommandEnvironment) throws {
        let context = environment.context
        let stats = try StatsPrinter(context: context).stats(deck: deck)
        let text: String
        switch format {
        case .table: text = StatsRenderer(unicode: false).text(stats)
        case .csv: text = StatsExporter.csv(stats)
        case .json: text = try StatsExporter.json(stats)
        case .html:
            let history = try RetentionHistory.compute(database: context.database, deck: deck, dayStart: stats.dayStart)
            text = StatsExporter.html(
                stats, history: history, title: "factdrill progress" + (deck.map { ": \($0)" } ?? ""),
                generatedAt: context.clock.now())
        }
        try destination.write(text, console: context.console)
    }
}

extension StatsFormat: ExpressibleByArgument {}
