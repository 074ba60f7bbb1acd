import FSRS
import FactDrillKit
import Foundation

/// Replays review histories through the FSRS scheduler (fuzz off) and prints reviews per second.
///
/// `fsrs --histories FILE` reads `{"cards": [[[unixSeconds, rating], ...], ...]}` (as written by
/// `scripts/bench-fsrs`); `fsrs --reviews N [--seed S]` generates histories of 25 reviews each.
/// `--min-seconds T` repeats the replay until T seconds have passed (default 2).
enum FSRSBench {
    /// A history: the review dates and ratings of one card.
    typealias History = [(date: Date, rating: Rating)]

    /// Bad arguments or an unreadable histories file.
    struct BenchError: LocalizedError {
        let message: String
        var errorDescription: String? { message }
    }

    static func run(_ arguments: [String]) throws {
        let options = try parse(arguments)
        let histories: [History]
        if let path = options["--histories"] {
            histories = try load(path)
        } else {
            let reviews = Int(options["--reviews"] ?? "100000") ?? 100_000
            histories = generate(reviews: reviews, seed: UInt64(options["--seed"] ?? "1") ?? 1)
        }
        let minimumSeconds = Double(options["--min-seconds"] ?? "2") ?? 2
        let scheduler = try Scheduler(enableFuzzing: false)
        let reviewsPerPass = histories.reduce(0) { $0 + $1.count }
        guard reviewsPerPass > 0 else { throw BenchError(message: "no reviews to replay") }

        var checksum = replay(histories, scheduler)  // warm-up, and the value both sides print
        var passes = 0
        let clock = ContinuousClock()
        let begin = clock.now
        var elapsed = 0.0
        repeat {
            checksum = replay(histories, scheduler)
            passes += 1
            let duration = clock.now - begin
            elapsed = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        } while elapsed < minimumSeconds
        let rate = Double(reviewsPerPass * passes) / elapsed
        print(
            String(
                format: "swift FSRS: %d reviews x %d passes in %.3f s: %.0f reviews/s (checksum %.9g)",
                reviewsPerPass, passes, elapsed, rate, checksum))
    }

    /// Replays every history from a new card; returns the sum of final stabilities.
    static func replay(_ histories: [History], _ scheduler: Scheduler) -> Double {
        var sum = 0.0
        for history in histories {
            guard let first = history.first else { continue }
            var card = Card(due: first.date)
            for review in history {
                card = scheduler.review(card, rating: review.rating, at: review.date).card
            }
            sum += card.stability ?? 0
        }
        return sum
    }

    private static func parse(_ arguments: [String]) throws -> [String: String] {
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            guard ["--histories", "--reviews", "--seed", "--min-seconds"].contains(name), index + 1 < arguments.count
            else {
                throw BenchError(message: "usage: fsrs [--histories FILE | --reviews N [--seed S]] [--min-seconds T]")
            }
            options[name] = arguments[index + 1]
            index += 2
        }
        return options
    }

    private static func load(_ path: String) throws -> [History] {
        struct File: Decodable { let cards: [[[Double]]] }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        return try file.cards.map { card in
            try card.map { pair in
                guard pair.count == 2, let rating = Rating(rawValue: Int(pair[1])) else {
                    throw BenchError(message: "\(path): each review must be [unixSeconds, rating 1-4]")
                }
                return (Date(timeIntervalSince1970: pair[0]), rating)
            }
        }
    }

    /// Histories of 25 reviews with log-uniform gaps from a minute to six months.
    static func generate(reviews: Int, seed: UInt64) -> [History] {
        var generator = SplitMix64(seed: seed)
        let ratings: [Rating] = [.again, .hard, .good, .good, .good, .easy]
        return (0..<max(1, reviews / 25)).map { _ in
            var date = Date(timeIntervalSince1970: 1_767_225_600)
            return (0..<25).map { _ in
                let gap = exp(Double.random(in: log(60.0)...log(86_400.0 * 180), using: &generator))
                defer { date = date.addingTimeInterval(gap.rounded()) }
                return (date, ratings.randomElement(using: &generator) ?? .good)
            }
        }
    }
}
