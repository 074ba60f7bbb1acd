import FSRS
import FactDrillApp
import FactDrillKit
import FactDrillStore
import Foundation

/// What every command that works on the database needs: the opened database, the clock, the
/// scheduler and how to print. Made once per process (or REPL) from the options and environment.
final class AppContext {
    let database: StudyDatabase
    let databasePath: String
    let clock: Clock
    /// Each deck's scheduler: the defaults, or the memory model `optimize` fitted.
    private(set) var schedulers: SchedulerSet
    let console: Console
    let environment: [String: String]

    private init(
        database: StudyDatabase, databasePath: String, clock: Clock, schedulers: SchedulerSet,
        console: Console, environment: [String: String]
    ) {
        self.database = database
        self.databasePath = databasePath
        self.clock = clock
        self.schedulers = schedulers
        self.console = console
        self.environment = environment
    }

    /// Opens (creating on first use, with the seed deck installed) the database the options and
    /// environment name, printing through `console` (the process's standard streams by default).
    static func open(
        _ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment,
        console: Console? = nil
    ) throws -> AppContext {
        let console = console ?? Console(bidiMarks: !options.noBidiMarks)
        let clock = try Clock.from(environment: environment)
        let path = DatabaseLocation.resolve(flag: options.db, environment: environment)
        let isNew = !FileManager.default.fileExists(atPath: path)
        if isNew {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw StoreError.cannotOpen(path: path, reason: "cannot create the folder \(folder)")
                }
            }
        }
        // Another factdrill writing: wait (up to 10 s) and say so once per wait.
        let database = try StudyDatabase(
            path: path, busyTimeout: 10,
            onBusy: { retries in
                if retries == 0 { FileHandle.standardError.write(Data("factdrill: database busy, retrying…\n".utf8)) }
            },
            onUpgrade: { from, to in
                FileHandle.standardError.write(
                    Data("factdrill: upgrading the database from \(from) to \(to), once (a copy is kept first)…\n".utf8)
                )
            })
        if isNew {
            let report = try DeckImporter.installSeed(into: database, now: clock.now())
            console.line(.dim("Created \(path) with the built-in deck \(EmbeddedSeed.deckID) (\(report.added) cards)."))
        }
        let schedulers = SchedulerSet(base: .standard, models: try database.memoryModels())
        for deck in schedulers.ignored {
            console.error(
                "the memory model of \(deck.isEmpty ? "the collection" : "deck " + deck) is not usable (edited by hand?) "
                    + "and is ignored; `factdrill optimize --reset\(deck.isEmpty ? "" : " --deck " + deck)` clears it")
        }
        return AppContext(
            database: database, databasePath: path, clock: clock, schedulers: schedulers, console: console,
            environment: environment)
    }

    /// Reads the memory models again (after `optimize` changed them, in the shell).
    func reloadSchedulers() throws {
        schedulers = SchedulerSet(base: .standard, models: try database.memoryModels())
    }

    /// Where the REPL keeps its line history: next to the database.
    var historyFile: URL {
        URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("history")
    }

    /// The seeded generator for fuzz: `FACTDRILL_SEED` when set (scripts, tests), else random.
    var random: SplitMix64 {
        if let text = environment["FACTDRILL_SEED"], let seed = UInt64(text) { return SplitMix64(seed: seed) }
        return SplitMix64(seed: UInt64.random(in: .min ... .max))
    }
}
