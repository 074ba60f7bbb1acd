import FactDrillApp
import FactDrillKit
import Foundation

/// `factdrill-bench draft-eval DIR... [--seed MODEL] [--misses] [--exact-names] [--drafts DIR]`:
/// the drafter's precision and recall on folders of gold models (scripts/draft-eval); `--misses`
/// lists each file's missed and wrong items; `--exact-names` matches people by shared names only;
/// `--drafts` scores the models in a folder drafted before (one gold folder) instead of drafting. `factdrill-bench draft FILE --runs N`: the time
/// to draft one article (scripts/bench).
enum DraftBench {
    static func evaluate(_ arguments: [String]) throws {
        var directories: [String] = []
        var seed: String?
        var misses = false
        var exactNames = false
        var drafts: String?
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--misses" {
                misses = true
                index += 1
            } else if arguments[index] == "--exact-names" {
                exactNames = true
                index += 1
            } else if arguments[index] == "--drafts", index + 1 < arguments.count {
                drafts = arguments[index + 1]
                index += 2
            } else if arguments[index] == "--seed", index + 1 < arguments.count {
                seed = arguments[index + 1]
                index += 2
            } else {
                directories.append(arguments[index])
                index += 1
            }
        }
        for directory in directories {
            let files = try DraftEvaluation.run(directory: directory, exactNames: exactNames, drafts: drafts)
            var total = DraftScore()
            print("\(directory): \(files.count) texts")
            for file in files {
                total.add(file.score)
                let s = file.score
                print(
                    "  \(file.name.padding(toLength: 44, withPad: " ", startingAt: 0)) ranking \(s.rankings.matched)/\(s.rankings.drafted)/\(s.rankings.gold)  events \(s.events.matched)/\(s.events.drafted)/\(s.events.gold)  roles \(s.roles.matched)/\(s.roles.drafted)/\(s.roles.gold)"
                )
                guard misses else { continue }
                for (kind, tally) in [("ranking", s.rankings), ("event", s.events), ("role", s.roles)] {
                    for line in tally.missed { print("      missed \(kind): \(line)") }
                    for line in tally.wrong { print("      wrong  \(kind): \(line)") }
                }
            }
            for line in DraftEvaluation.table(total) { print("  " + line) }
            print("")
        }
        if let seed {
            let exact = try DraftEvaluation.score(goldPath: seed)
            let months = try DraftEvaluation.score(goldPath: seed, monthsOnly: true)
            print("seed \(seed) (event dates exact / to the month):")
            for line in DraftEvaluation.table(exact) { print("  " + line) }
            print(
                "  event dates to the month: \(months.events.matched)/\(months.events.drafted) drafted, \(months.events.matched)/\(months.events.gold) gold"
            )
        }
    }

    static func time(_ arguments: [String]) throws {
        guard let path = arguments.first else {
            throw FSRSBench.BenchError(message: "usage: draft FILE [--runs N] [--published DATE]")
        }
        let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 20
        let published = arguments.firstIndex(of: "--published").flatMap { PartialDate(arguments[$0 + 1]) }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let job = ArticleDraftJob(published: published)
        _ = try job.draft(text: text, path: path)  // lexicons loaded once, as in a real run
        var times: [Double] = []
        var facts = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try job.draft(text: text, path: path)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            facts = result.draft.facts.count
        }
        times.sort()
        let words = text.split(whereSeparator: { $0.isWhitespace }).count
        print(
            String(
                format: "draft %d words: median %.1f ms, max %.1f ms (%d facts, %d runs)", words,
                times[times.count / 2], times.last!, facts, runs))
    }
}

extension DraftBench {
    /// `factdrill-bench draft-words "SENTENCE" [DATE]`: how the drafter reads a sentence.
    static func words(_ arguments: [String]) throws {
        guard let sentence = arguments.first else { return }
        for line in ArticleDrafter.describe(sentence, published: arguments.dropFirst().first.flatMap(PartialDate.init))
        {
            print(line)
        }
    }
}
