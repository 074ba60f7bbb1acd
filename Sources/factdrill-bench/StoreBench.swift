import FactDrillStore
import FactDrillTestSupport
import Foundation

/// `factdrill-bench store`: builds a synthetic study database and times the first study queue
/// and the stats on it.
///
///     factdrill-bench store --make PATH [--cards 100000] [--decks 50] [--reviews 1000000] [--seed 1]
///     factdrill-bench store --queue PATH
///     factdrill-bench store --stats PATH
enum StoreBench {
    static func run(_ arguments: [String]) throws {
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            guard name.hasPrefix("--"), index + 1 < arguments.count else {
                throw UsageError("store: expected --NAME VALUE pairs, got \(name)")
            }
            options[String(name.dropFirst(2))] = arguments[index + 1]
            index += 2
        }
        var plan = SyntheticDatabase.Plan()
        func number(_ key: String) throws -> Int? {
            guard let text = options[key] else { return nil }
            guard let value = Int(text), value >= 0 else {
                throw UsageError("store: --\(key) needs a whole number, got \(text)")
            }
            return value
        }
        plan.cards = try number("cards") ?? plan.cards
        plan.decks = max(1, try number("decks") ?? plan.decks)
        plan.reviews = try number("reviews") ?? plan.reviews
        plan.seed = UInt64(try number("seed") ?? 1)
        if let path = options["make"] { try make(path, plan) }
        if let path = options["queue"] { try queue(path, now: plan.now) }
        if let path = options["stats"] { try stats(path, now: plan.now) }
        if options["make"] == nil && options["queue"] == nil && options["stats"] == nil {
            throw UsageError("store: give --make PATH, --queue PATH or --stats PATH")
        }
    }

    private static func make(_ path: String, _ plan: SyntheticDatabase.Plan) throws {
        let seconds = try time { try SyntheticDatabase.build(path: path, plan: plan) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(
            String(
                format: "store make: %d cards, %d decks, %d reviews in %.2f s (%.1f MB)",
                plan.cards, plan.decks, plan.reviews, seconds, Double(size) / 1_048_576))
    }

    private static func queue(_ path: String, now: Date) throws {
        let dayStart = now.addingTimeInterval(-10 * 3600)
        var database: StudyDatabase?
        let open = try time { database = try StudyDatabase(path: path) }
        guard let database else { return }
        var queue = StudyQueue(due: [], new: [])
        let first = try time {
            queue = try database.studyQueue(deck: nil, now: now, dayStart: dayStart, limits: DailyLimits())
        }
        let firstCPU = lastCPU
        let oneDeck = try time {
            _ = try database.studyQueue(deck: "deck-7", now: now, dayStart: dayStart, limits: DailyLimits())
        }
        let next = try time { _ = try database.nextDueDate(deck: nil, after: now) }
        let decks = try time { _ = try database.decks(now: now) }
        print(
            String(
                format:
                    "store queue: open %.1f ms, first queue %.1f ms (CPU %.1f ms; %d due, %d new), one deck %.1f ms, "
                    + "next due %.1f ms, decks %.1f ms", open * 1000, first * 1000, firstCPU * 1000, queue.due.count,
                queue.new.count,
                oneDeck * 1000, next * 1000, decks * 1000))
    }

    private static func stats(_ path: String, now: Date) throws {
        let dayStart = now.addingTimeInterval(-10 * 3600)
        let database = try StudyDatabase(path: path)
        var result: Stats?
        let all = try time { result = try database.stats(deck: nil, now: now, dayStart: dayStart) }
        let allCPU = lastCPU
        let again = try time { _ = try database.stats(deck: nil, now: now, dayStart: dayStart) }
        let oneDeck = try time { _ = try database.stats(deck: "deck-7", now: now, dayStart: dayStart) }
        let overall = result?.overall
        print(
            String(
                format: "store stats: all decks %.1f ms (CPU %.1f ms; again %.1f ms), one deck %.1f ms; %d due today, "
                    + "retention young %.3f mature %.3f, streak %d", all * 1000, allCPU * 1000, again * 1000,
                oneDeck * 1000,
                overall?.due.today ?? 0, overall?.retention.young.rate ?? 0, overall?.retention.mature.rate ?? 0,
                result?.streakDays ?? 0))
    }

    /// Wall-clock seconds of `body`; its CPU seconds are added to `cpuSeconds` (the machine
    /// may be shared, so both are reported).
    private static func time(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = cpuNow()
        try body()
        lastCPU = cpuNow() - cpuStart
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// CPU seconds of the last `time` call.
    // nonisolated(unsafe): the bench is one thread; `time` writes this and its caller reads it next.
    nonisolated(unsafe) private static var lastCPU = 0.0

    private static func cpuNow() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

extension StoreBench {
    /// A usage error of the store bench.
    struct UsageError: LocalizedError {
        let message: String
        init(_ message: String) { self.message = message }
        var errorDescription: String? { message }
    }
}
