import FactDrillCLI
import FactDrillKit
import FactDrillStore
import FactDrillTestSupport
import Foundation

/// `factdrill-bench answer DB [--answers 1000] [--seed 1]`: the step from an answer to the next
/// card shown, timed inside the REPL's own study session (`HeadlessStudy`, what `factdrill
/// study` runs), answer after answer. The step, between the two clock readings:
///
/// 1. the reader returns the rating (Enter: the suggested one): the clock starts;
/// 2. the review is recorded: `StudyDatabase.recordReview` writes the log row and the new
///    schedule in one transaction and commits it;
/// 3. `saved: Good · next in 3d` is printed (its write marks the end of the commit part);
/// 4. the next card is chosen (`SessionQueue.next`) and rendered (`CardPresenter.question`,
///    then `Console`: sanitized, bidi-isolated, coloured) and written;
/// 5. the session asks for the next answer: the clock stops.
///
/// Output goes to /dev/null through stdio, flushed line by line as the REPL's terminal output.
/// The session records real reviews: give it a copy of the database. Clock and fuzz are fixed
/// (`FACTDRILL_NOW` = the synthetic history's now, `FACTDRILL_SEED`); responses are a seeded mix
/// of right (mostly), misspelt and wrong answers; the daily limits let it serve `--answers` cards.
enum AnswerBench {
    static func run(_ arguments: [String]) throws {
        guard let path = arguments.first, !path.hasPrefix("--") else {
            throw StoreBench.UsageError("usage: answer DB [--answers N] [--seed S]")
        }
        var options: [String: Int] = [:]
        for pair in stride(from: 1, to: arguments.count, by: 2) {
            guard ["--answers", "--seed"].contains(arguments[pair]), pair + 1 < arguments.count,
                let value = Int(arguments[pair + 1]), value > 0
            else {
                throw StoreBench.UsageError("usage: answer DB [--answers N] [--seed S]")
            }
            options[arguments[pair]] = value
        }
        let answers = options["--answers"] ?? 1000
        let seed = UInt64(options["--seed"] ?? 1)
        let sink = try TimedSink()
        let reader = StepTimer(answers: answers, sink: sink, seed: seed)
        let now = ISO8601DateFormatter().string(from: SyntheticDatabase.Plan().now)
        let recorded = try HeadlessStudy.run(
            databasePath: path, environment: ["FACTDRILL_NOW": now, "FACTDRILL_SEED": "\(seed)"], reader: reader,
            sink: sink, settings: OutputSettings(color: true, bidiMarks: true),
            limits: DailyLimits(newCards: answers / 10, reviews: answers))
        guard !reader.steps.isEmpty else { throw StoreBench.UsageError("answer: the session served no card") }
        func figures(_ samples: [Double]) -> String {
            String(format: "median %.2f ms, p95 %.2f ms", percentile(samples, 0.5), percentile(samples, 0.95))
        }
        print(
            "answer step: \(reader.steps.count) steps (\(recorded) answers recorded): \(figures(reader.steps)), "
                + String(
                    format: "max %.2f ms; CPU median %.2f ms, p95 %.2f ms", reader.steps.max() ?? 0,
                    percentile(reader.cpu, 0.5), percentile(reader.cpu, 0.95)))
        print("  of which commit (rating to `saved`): \(figures(reader.commits))")
        print("  of which next card (choose and render): \(figures(zip(reader.steps, reader.commits).map { $0 - $1 }))")
        // Where slow steps go: a slow step that used little CPU waited, for the disk (it blocked:
        // a voluntary context switch) or for a core (it was preempted: an involuntary one).
        let slow = reader.steps.indices.filter { reader.steps[$0] > 5 }
        let blocked = slow.filter { reader.switches[$0].voluntary > 0 }.count
        let preempted = slow.filter { reader.switches[$0].voluntary == 0 && reader.switches[$0].involuntary > 0 }.count
        print(
            "  steps over 5 ms: \(slow.count), of which \(slow.filter { reader.cpu[$0] < 1 }.count) used under 1 ms "
                + "of CPU; \(blocked) blocked (disk), \(preempted) only preempted (other processes)")
    }

    /// The `fraction` percentile of `samples` (nearest rank).
    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted[min(sorted.count - 1, max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))]
    }

    /// Milliseconds of a clock in nanoseconds.
    static func milliseconds(_ nanoseconds: UInt64) -> Double { Double(nanoseconds) / 1e6 }

    /// Nanoseconds of `clock` now.
    static func nanoseconds(_ clock: clockid_t) -> UInt64 {
        var now = timespec()
        clock_gettime(clock, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}

/// Plays the user: answers each card, accepts the suggested rating, and times each step from
/// the rating to the next answer prompt (wall and process CPU time).
final class StepTimer: LineReader {
    var completer: LineCompleter?
    private let answers: Int
    private let sink: TimedSink
    private var random: SplitMix64
    private var rated = 0
    private var started: (wall: UInt64, cpu: UInt64, usage: rusage)?
    /// Milliseconds of each step, of its commit part, and of CPU.
    private(set) var steps: [Double] = [], commits: [Double] = [], cpu: [Double] = []
    /// The context switches of each step: blocking (voluntary) and preemption (involuntary).
    private(set) var switches: [(voluntary: Int, involuntary: Int)] = []

    init(answers: Int, sink: TimedSink, seed: UInt64) {
        self.answers = answers
        self.sink = sink
        random = SplitMix64(seed: seed)
    }

    func readLine(prompt: String) -> LineInput {
        let wall = AnswerBench.nanoseconds(CLOCK_MONOTONIC)
        let cpuNow = AnswerBench.nanoseconds(CLOCK_PROCESS_CPUTIME_ID)
        if prompt.hasPrefix("answer") {
            if let started {
                steps.append(AnswerBench.milliseconds(wall - started.wall))
                commits.append(AnswerBench.milliseconds((sink.firstWrite ?? wall) - started.wall))
                cpu.append(AnswerBench.milliseconds(cpuNow - started.cpu))
                let usage = Self.usage()
                switches.append((usage.ru_nvcsw - started.usage.ru_nvcsw, usage.ru_nivcsw - started.usage.ru_nivcsw))
                self.started = nil
            }
            guard rated < answers else { return .endOfInput }
            // Synthetic cards accept 10, 10th and العاشر.
            return .line(
                ["10th", "10th", "10th", "العاشر", "10th", "10", "10tth", "x", "10th", "العاشر"]
                    .randomElement(using: &random) ?? "10th")
        }
        if prompt.hasPrefix("rating") { rated += 1 }
        sink.firstWrite = nil
        let usage = Self.usage()
        started = (AnswerBench.nanoseconds(CLOCK_MONOTONIC), AnswerBench.nanoseconds(CLOCK_PROCESS_CPUTIME_ID), usage)
        return .line("")
    }

    private static func usage() -> rusage {
        var usage = rusage()
        getrusage(0, &usage)  // RUSAGE_SELF, 0 on Linux and macOS (imported as different types)
        return usage
    }

    func addHistory(_ line: String) {}
}

/// Writes to /dev/null as the REPL writes to the terminal (stdio, flushed at every write),
/// noting the time of the first write after it is reset.
final class TimedSink: OutputSink {
    private let file: UnsafeMutablePointer<FILE>
    /// When the first write since the last reset happened (monotonic nanoseconds).
    var firstWrite: UInt64?

    init() throws {
        guard let file = fopen("/dev/null", "w") else { throw StoreBench.UsageError("answer: cannot open /dev/null") }
        self.file = file
    }

    deinit { fclose(file) }

    func writeOut(_ text: String) {
        fputs(text, file)
        fflush(file)
        if firstWrite == nil { firstWrite = AnswerBench.nanoseconds(CLOCK_MONOTONIC) }
    }

    func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
