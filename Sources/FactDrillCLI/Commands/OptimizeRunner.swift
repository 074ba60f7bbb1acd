import FSRS
import FactDrillApp
import FactDrillStore
import Foundation

/// What `optimize` does once its options are read: reset, set the retention, or fit, report and save.
struct OptimizeRunner {
    let command: OptimizeCommand
    let console: Console
    let clock: Clock
    /// Nil for `--from … --dry-run`.
    let database: StudyDatabase?
    let schedulers: SchedulerSet

    /// Whose model: "deck D" or "the collection".
    var owner: String { command.deck.map { "deck \($0)" } ?? "the collection" }

    func run() throws {
        let now = clock.now()
        if let database, let deck = command.deck { _ = try database.requireDeck(deck, now: now) }
        if command.reset {
            guard let database else { return }
            let had = try database.resetParameters(deck: command.deck ?? "")
            console.line(
                Span(
                    had
                        ? "The parameters of \(owner) are back to the defaults"
                            + (command.deck != nil ? " (or its parent deck's, or the collection's)." : ".")
                        : "\(owner.capitalizedFirst) has no fitted parameters; nothing to reset."))
            return
        }
        if let retention = command.desiredRetention {
            guard let database else { return }
            if !(0.7...0.97).contains(retention) {
                console.error(
                    "warning: a desired retention of \(retention) is unusual: below 0.7 you forget much of what you "
                        + "study, above 0.97 the reviews grow steeply for little gain; 0.8-0.95 suits most analysts")
            }
            try database.setDesiredRetention(retention, deck: command.deck ?? "")
            console.line(
                Span("Intervals of \(owner) now aim at \(Int((retention * 100).rounded()))% recall."))
            return
        }
        try fit(now: now)
    }

    private func fit(now: Date) throws {
        let histories: [CardHistory]
        let partial: Int
        let skipped: Int
        if let path = command.from {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw AppError.unreadable(path: path, reason: "no such file, or not readable")
            }
            let read = try ReviewLogReader.read([UInt8](data), path: path)
            let built = ReviewLogReader.histories(read.rows, dayStartHour: command.dayStart)
            (histories, partial, skipped) = (built.histories, built.partial, read.skipped)
        } else {
            guard let database else { return }
            let read = try database.reviewHistories(deck: command.deck, dayStartHour: command.dayStart)
            (histories, partial, skipped) = (read.histories, read.partial, 0)
        }
        let scheduler = schedulers.scheduler(forDeck: command.deck)
        // (A log from elsewhere is read as of the day after its last review.)
        let lastDay = histories.compactMap { $0.reviews.last?.day }.max()
        let today =
            command.from != nil && lastDay != nil
            ? lastDay! + 1 : ReviewLogReader.day(of: now.timeIntervalSince1970, dayStartHour: command.dayStart)
        var bar: ProgressBar?
        let started = Date()
        var settings = Optimizer.Settings()
        settings.seed = command.seed
        let fit = MemoryModelFit.fit(
            histories, partialCards: partial, previous: scheduler.parameters,
            desiredRetention: scheduler.desiredRetention, today: today, optimizer: Optimizer(settings: settings),
            progress: command.json
                ? nil
                : { done, total in
                    if bar == nil { bar = ProgressBar(label: "fitting", total: total, unit: "batches", threshold: 40) }
                    bar?.update(done: done, total: total)
                })
        bar?.finish()
        let seconds = Date().timeIntervalSince(started)
        var saved = false
        if let database, !command.dryRun, fit.improves, let after = fit.after {
            try database.saveFittedParameters(
                MemoryModel(
                    deckID: command.deck ?? "", parameters: fit.result.parameters, fittedAt: now,
                    reviews: fit.result.reviews, logLoss: after.logLoss, rmseBins: after.rmseBins))
            saved = true
        }
        if command.json {
            console.machineLine(jsonReport(fit, saved: saved, seconds: seconds))
        } else {
            OptimizeReport(console: console).print(
                fit, owner: owner, retention: scheduler.desiredRetention, skipped: skipped, seconds: seconds,
                saved: saved, dryRun: command.dryRun || database == nil)
        }
    }

    /// `{"parameters": [...], "logLoss": …, "rmseBins": …, "reviews": …, "before": {…}, …}`.
    func jsonReport(_ fit: MemoryModelFit, saved: Bool, seconds: Double) -> String {
        var object: [String: Any] = [
            "parameters": fit.result.parameters, "reviews": fit.result.reviews, "cards": fit.cards,
            "partialCards": fit.partialCards, "trainingItems": fit.result.trainingItems, "saved": saved,
            "seconds": seconds,
            "workload": [
                "before": [
                    "dueThisWeek": fit.workloadBefore.dueThisWeek, "meanInterval": fit.workloadBefore.meanInterval,
                ],
                "after": [
                    "dueThisWeek": fit.workloadAfter.dueThisWeek, "meanInterval": fit.workloadAfter.meanInterval,
                ],
            ],
        ]
        switch fit.result.outcome {
        case .fitted: object["outcome"] = "fitted"
        case .initialStabilitiesOnly(let reason):
            object["outcome"] = "initialStabilitiesOnly"
            object["reason"] = reason
        case .defaults(let reason):
            object["outcome"] = "defaults"
            object["reason"] = reason
        }
        if let after = fit.after {
            object["logLoss"] = after.logLoss
            object["rmseBins"] = after.rmseBins
            object["items"] = after.items
        }
        if let before = fit.before { object["before"] = ["logLoss": before.logLoss, "rmseBins": before.rmseBins] }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension String {
    /// The text with its first letter upper-cased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
