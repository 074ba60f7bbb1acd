import FSRS
import FactDrillApp
import FactDrillKit
import FactDrillStore
import FactDrillTestSupport
import Foundation

/// A review log made the way an analyst makes one: a synthetic deck studied day after day
/// through factdrill's own study session (its queue, daily limits, learning steps and
/// scheduler), by a simulated learner whose memory follows known FSRS-6 parameters; then
/// exported with `export reviews`' exporter. For `scripts/check-optimizer`, case (b).
///
///     factdrill-bench simulate-study --out REVLOG.csv [--cards 2000] [--days 180] [--seed 7] [--db PATH]
enum StudySimulation {
    /// The learner's memory (the same known parameters as the synthetic case of check-optimizer).
    static let truth: [Double] = [
        0.4, 1.8, 4.0, 12.0, 6.8, 0.6, 2.2, 0.02, 1.6, 0.2, 1.0, 1.8, 0.08, 0.3, 1.4, 0.5, 2.2, 0.4, 0.2, 0.1, 0.25,
    ]

    static func run(_ arguments: [String]) throws {
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            guard arguments[index].hasPrefix("--"), index + 1 < arguments.count else {
                throw StoreBench.UsageError("simulate-study: expected --NAME VALUE pairs, got \(arguments[index])")
            }
            options[String(arguments[index].dropFirst(2))] = arguments[index + 1]
            index += 2
        }
        guard let out = options["out"] else {
            throw StoreBench.UsageError("simulate-study: --out REVLOG.csv is required")
        }
        let cards = Int(options["cards"] ?? "") ?? 2000
        let days = Int(options["days"] ?? "") ?? 180
        let seed = UInt64(options["seed"] ?? "") ?? 7
        let path = options["db"] ?? NSTemporaryDirectory() + "factdrill-simulated-study-\(UUID()).sqlite"
        defer {
            if options["db"] == nil {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        let plan = SyntheticDatabase.Plan(cards: cards, decks: 1, reviews: 0, seed: seed)
        try SyntheticDatabase.build(path: path, plan: plan)
        let database = try StudyDatabase(path: path)
        var random = SplitMix64(seed: seed)
        let truthScheduler = try Scheduler(parameters: truth)
        var histories: [Int64: [CardHistory.Review]] = [:]
        var settings = StudySession.Settings()
        settings.limits = DailyLimits(newCards: max(1, cards / max(1, days / 2)), reviews: 100_000)
        let utc = TimeZone(identifier: "UTC")!
        for day in 0..<days {
            // A session at 10:00 UTC each day; answers 15 s apart (learning steps come back in it).
            var now = Clock.dayStart(of: plan.now, rolloverHour: 0, calendar: calendarUTC)
                .addingTimeInterval(Double(day) * 86_400 + 10 * 3600)
            let session = StudySession(
                database: database, scheduler: try Scheduler(enableFuzzing: true), settings: settings,
                random: SplitMix64(seed: random.next()))
            guard case .ready = try session.start(at: now) else { continue }
            while let card = try session.next(at: now) {
                let id = card.stored.id
                let history = histories[id] ?? []
                let rating: Rating
                if history.isEmpty {
                    rating = pick([.again, .hard, .good, .good, .good, .good, .easy], &random)
                } else {
                    let state = Optimizer.memoryState(
                        parameters: truth, after: CardHistory(cardID: id, reviews: history))!
                    let last = Date(timeIntervalSince1970: history.last!.time)
                    let recall = truthScheduler.retrievability(stability: state.stability, lastReview: last, at: now)
                    rating =
                        Double.random(in: 0..<1, using: &random) < recall
                        ? pick([.hard, .good, .good, .good, .good, .good, .easy], &random) : .again
                }
                _ = try session.answer("", at: now)
                try session.rate(rating, at: now)
                histories[id, default: []].append(
                    .init(
                        rating: rating,
                        day: ReviewLogReader.day(of: now.timeIntervalSince1970, dayStartHour: 0, timeZone: utc),
                        time: now.timeIntervalSince1970))
                now = now.addingTimeInterval(15)
            }
            _ = try session.finish(at: now)
        }
        var text = ""
        let rows = try ReviewLogExporter.write(from: database, deck: nil) { text += $0 }
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        print("simulate-study: \(cards) cards over \(days) days: \(rows) reviews written to \(out)")
    }

    static let calendarUTC: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func pick(_ ratings: [Rating], _ random: inout SplitMix64) -> Rating {
        ratings[Int(random.next() % UInt64(ratings.count))]
    }
}
