import ArgumentParser
import FSRS
import FactDrillApp
import FactDrillStore
import Foundation

/// `factdrill optimize [--deck D] [--from REVLOG.csv] [--dry-run] [--json] [--reset]
/// [--desired-retention R] [--day-start HOUR]`.
struct OptimizeCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Fit the FSRS-6 memory model to your own reviews (after about 1,000 of them).",
        discussion: """
            Fits the 21 FSRS-6 parameters to the review log (scheduled and imported Anki reviews; \
            practice answers left out) as fsrs-rs does, prints how well the old and the new \
            parameters predict your reviews (log loss and RMSE(bins): lower is better) and how the \
            next week's reviews and the average interval change, and saves the new parameters when \
            they predict better: for --deck D (and its subdecks without their own), else for the \
            whole collection. Scheduling, the rating line's intervals and stats then use them.
            --from fits a review log in the FSRS tools' CSV format instead \
            (card_id,review_time,review_rating,review_state,review_duration, times in epoch ms), \
            as `export reviews` writes it; with --dry-run nothing is saved (and no database is opened).
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .long,
        help: "Fit (or reset, or set the retention of) this deck and its subdecks; default: the collection.")
    var deck: String?

    @Option(name: .long, help: ArgumentHelp("Fit this review log (CSV) instead of the database's.", valueName: "file"))
    var from: String?

    @Flag(name: .long, help: "Fit and report, save nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Print the result as one JSON object.")
    var json = false

    @Flag(name: .long, help: "Forget the fitted parameters (of --deck, else the collection's): back to the defaults.")
    var reset = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Set the recall probability intervals aim for (of --deck, else the collection), e.g. 0.9.",
            valueName: "r"))
    var desiredRetention: Double?

    @Option(name: .long, help: ArgumentHelp("The hour a study day starts (0-23).", valueName: "hour"))
    var dayStart = 4

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The seed that orders the training batches (fsrs-rs's default); the same seed gives the same fit.",
            valueName: "n"))
    var seed: UInt64 = 2023

    func validate() throws {
        guard (0...23).contains(dayStart) else { throw ValidationError("--day-start must be an hour from 0 to 23") }
        if let desiredRetention, !(desiredRetention > 0 && desiredRetention < 1) {
            throw ValidationError("--desired-retention must be strictly between 0 and 1 (for example 0.9)")
        }
        if reset, from != nil || desiredRetention != nil {
            throw ValidationError("--reset cannot be combined with --from or --desired-retention")
        }
    }

    func run() throws {
        if from != nil, dryRun {
            // Nothing to save: no database is opened (or created).
            let console = Console(bidiMarks: !global.noBidiMarks)
            let clock = try Clock.from(environment: ProcessInfo.processInfo.environment)
            try OptimizeRunner(command: self, console: console, clock: clock, database: nil, schedulers: SchedulerSet())
                .run()
            return
        }
        try run(in: CommandEnvironment(context: AppContext.open(global)))
    }

    func run(in environment: CommandEnvironment) throws {
        let context = environment.context
        try OptimizeRunner(
            command: self, console: context.console, clock: context.clock, database: context.database,
            schedulers: context.schedulers
        ).run()
        // (In the shell, the next session schedules with what was saved.)
        try context.reloadSchedulers()
    }
}
