import FactDrillApp
import FactDrillKit
import FactDrillStore
import Foundation

/// Computes stats for the CLI's views and exports.
struct StatsPrinter {
    let context: AppContext

    /// Stats for `deck` (all decks when nil) at the context's now; an unknown deck is an error.
    func stats(deck: String?) throws -> Stats {
        try context.database.stats(ofDeck: deck, at: context.clock.now(), schedulers: context.schedulers)
    }

    /// Prints the terminal view: Unicode blocks on a terminal, plain ASCII charts otherwise;
    /// fitted to the console's width.
    func printStats(deck: String?) throws {
        let renderer = StatsRenderer(unicode: isatty(STDOUT_FILENO) != 0, width: context.console.settings.width.current)
        for line in renderer.lines(try stats(deck: deck)) {
            line.isEmpty ? context.console.blankLine() : context.console.line(line)
        }
    }
}
