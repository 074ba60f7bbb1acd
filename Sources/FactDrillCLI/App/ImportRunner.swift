import FactDrillApp
import FactDrillKit
import FactDrillStore
import Foundation

/// Installs decks for `factdrill import` and the shell's `import`: the application layer's
/// `DeckImporter`, with a progress bar on standard error, the file's fingerprint worked out on
/// another thread while the cards are written, and the result printed.
struct ImportRunner {
    let context: AppContext

    /// Installs a deck already read from `path`, then prints what changed.
    func install(_ loaded: DeckImporter.Loaded, from path: String) throws {
        // The fingerprint (a byte-serial hash: 20 ms for 12 MB) is read meanwhile.
        let fingerprint = ConcurrentValue { Swift.Result { try DeckImporter.fingerprint(path) } }
        let label = "importing \((path as NSString).lastPathComponent)"
        // The bar is made once the importer knows how many cards it writes (a model's deck is
        // generated again with the other installed models first).
        var bar: ProgressBar?
        defer { bar?.finish() }
        let result = try DeckImporter(database: context.database, clock: context.clock).install(
            loaded, from: path,
            progress: { done, total in
                if bar == nil { bar = ProgressBar(label: label, total: total) }
                bar?.update(done: done, total: total)
            },
            contentHash: { try fingerprint.value.get() })
        for deck in result.decks {
            context.console.line("\(path): \(deck.id): \(DeckImporter.describe(deck.report))")
        }
        if let note = result.note { context.console.line(.dim("  \(note)")) }
    }
}
