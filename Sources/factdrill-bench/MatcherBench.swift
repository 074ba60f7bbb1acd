import FactDrillKit
import Foundation

/// Measures answer judgements per second over a realistic mix: Arabic and English, names,
/// ranks and dates, right, misspelt and wrong, with the deck's other names as rejecting.
/// Usage: `factdrill-bench matcher [ROUNDS]` (default 20000 rounds of the mix).
enum MatcherBench {
    static func run(_ arguments: [String]) throws {
        let rounds = arguments.first.flatMap(Int.init) ?? 20_000
        let countries = [
            "Austria", "Australia", "Iran", "Iraq", "North Korea", "South Korea", "Japan", "New Zealand",
            "النمسا", "أستراليا", "إيران", "العراق", "كوريا الشمالية", "كوريا الجنوبية", "اليابان", "نيوزيلندا",
        ]
        let kor = ["South Korea", "Republic of Korea", "ROK", "كوريا الجنوبية"]
        let aus = ["Australia", "أستراليا"]
        let rank = ["10", "10th", "tenth", "العاشر"]
        let carpenter = ["Michael Carpenter", "مايكل كاربنتر"]
        let people = ["Jens Stoltenberg", "Mark Rutte", "ينس ستولتنبرغ", "مارك روته"]
        let june = ["2024-06", "June 2024", "يونيو 2024"]
        let cases: [(String, [String], [String])] = [
            ("South Korea", kor, countries), ("كوريا الجنوبية", kor, countries), ("كوريا الجنوبيه", kor, countries),
            ("Suoth Korea", kor, countries), ("North Korea", kor, countries), ("كوريا", kor, countries),
            ("Australia", aus, countries), ("استراليا", aus, countries), ("Austria", aus, countries),
            ("Australai", aus, countries), ("أسترالیا", aus, countries), ("النمسا", aus, countries),
            ("10", rank, []), ("العاشرة", rank, []), ("١٠", rank, []), ("16", rank, []), ("tenth", rank, []),
            ("السادس عشر", rank, []), ("10th place", rank, []),
            ("Carpenter", carpenter, people), ("كاربنتر", carpenter, people), ("Carpentr", carpenter, people),
            ("Rutte", carpenter, people), ("مايكل", carpenter, people),
            ("June 2024", june, []), ("حزيران ٢٠٢٤", june, []), ("6/2024", june, []), ("2024", june, []),
            ("Madrid", ["Madrid", "مدريد"], ["Vilnius", "Washington", "فيلنيوس", "واشنطن"]),
            ("مَدْرِيد", ["Madrid", "مدريد"], ["Vilnius", "Washington", "فيلنيوس", "واشنطن"]),
        ]
        let matcher = AnswerMatcher()
        var tally = [Verdict: Int]()
        let plain = measure(rounds: rounds, count: cases.count) {
            for (response, accepted, rejecting) in cases {
                tally[matcher.judge(response, accepted: accepted, rejecting: rejecting), default: 0] += 1
            }
        }
        let prepared = cases.map { ($0.0, AcceptedAnswers(accepted: $0.1, rejecting: $0.2)) }
        let cached = measure(rounds: rounds, count: cases.count) {
            for (response, answers) in prepared {
                tally[matcher.judge(response, against: answers), default: 0] += 1
            }
        }
        var tokens = 0
        let texts = cases.map(\.0) + cases.flatMap(\.1)
        let normalizing = measure(rounds: rounds, count: texts.count) {
            for text in texts { tokens &+= TextNormalizer.normalize(text).tokens.count }
        }
        print("matcher: \(cases.count) responses x \(rounds) rounds")
        print("matcher: TextNormalizer.normalize       \(Int(normalizing)) texts/s")
        print("matcher: judge(_:accepted:rejecting:)  \(Int(plain)) judgements/s")
        print("matcher: judge(_:against:) (cached)    \(Int(cached)) judgements/s")
        print(
            "matcher: verdicts correct \(tally[.correct] ?? 0), close \(tally[.close] ?? 0), wrong \(tally[.wrong] ?? 0)"
        )
    }

    /// Judgements per second of `rounds` runs of a body judging `count` responses: the best of
    /// five runs, since other processes on the machine only ever slow a run down.
    private static func measure(rounds: Int, count: Int, _ body: () -> Void) -> Double {
        body()  // warm up the lazily built tables
        let clock = ContinuousClock()
        var best = 0.0
        for _ in 0..<5 {
            let elapsed = clock.measure {
                for _ in 0..<max(1, rounds / 5) { body() }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = max(best, Double(max(1, rounds / 5) * count) / seconds)
        }
        return best
    }
}
