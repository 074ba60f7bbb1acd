import FactDrillApp
import FactDrillStore
import Foundation

/// The REPL's study session without a terminal: lines from any `LineReader`, text to any
/// `OutputSink`, the clock and fuzz seed from `environment` (`FACTDRILL_NOW`, `FACTDRILL_SEED`).
///
/// It runs exactly what `factdrill study` runs (`StudyRunner`, `StudyDriver` over the `StudySession` engine), so that
/// `factdrill-bench answer` can time the session's own step from a rating to the next card.
public enum HeadlessStudy {
    /// Runs one session over all decks, in both languages, within `limits`, on the database at
    /// `databasePath`, printing to `sink` with `settings`; returns the number of answers recorded.
    public static func run(
        databasePath: String, environment: [String: String], reader: LineReader,
        sink: OutputSink, settings: OutputSettings, limits: DailyLimits
    ) throws -> Int {
        let console = Console(sink: sink, settings: settings)
        let context = try AppContext.open(
            try GlobalOptions.parse(["--db", databasePath]), environment: environment,
            console: console)
        let options = StudyPreferences(newPerDay: limits.newCards, reviewsPerDay: limits.reviews)
        let runner = StudyRunner(context: context, reader: reader)
        return try runner.run(settings: StudySession.Settings(), options: options).answered
    }
}
