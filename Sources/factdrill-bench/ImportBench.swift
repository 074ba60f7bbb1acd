import FactDrillKit
import FactDrillStore
import Foundation

/// `factdrill-bench import CSV DB`: the phases of a CSV import timed apart (read the file,
/// parse it into a deck, install it in one transaction), to show where an import's time goes.
/// The database is made first (with nothing in it), as `factdrill import` finds it.
enum ImportBench {
    static func run(_ arguments: [String]) throws {
        guard arguments.count == 2 else { throw StoreBench.UsageError("import: give CSV DB") }
        let (csv, path) = (arguments[0], arguments[1])
        let database = try StudyDatabase(path: path)
        let clock = ContinuousClock()
        var data = Data()
        let read = try clock.measure { data = try Data(contentsOf: URL(fileURLWithPath: csv)) }
        var deck: Deck?
        let parse = try clock.measure { deck = try AnkiTextReader.read(data, file: csv) }
        guard let deck else { return }
        var report = InstallReport()
        let install = try clock.measure {
            report = try database.installDeck(
                deck, source: .file(path: csv, contentHash: "bench"), now: Date(),
                model: nil)
        }
        func ms(_ duration: Duration) -> String {
            String(
                format: "%.0f ms",
                Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
        }
        print(
            "import phases: read \(ms(read)), parse \(ms(parse)), install \(ms(install)); "
                + "\(deck.cards.count) cards, added \(report.added)")
    }
}
