import FactDrillKit
import Foundation

/// Drafts every text of a folder of gold models (`NAME.article.yaml` with its `text_file`) and
/// scores the drafts against them (`DraftScore`): `scripts/draft-eval` and the tests that hold
/// the drafter to its figures.
public enum DraftEvaluation {
    /// One file's score.
    public struct FileScore: Sendable {
        public let name: String
        public let score: DraftScore
    }

    /// Scores each gold model of `directory`, drafting its text with the gold's publication date
    /// and language. `drafts`: a folder of models drafted before (by an earlier commit's `factdrill
    /// draft`), named as the gold models, scored instead of drafting now: a blind figure reproduced.
    public static func run(
        directory: String, monthsOnly: Bool = false, exactNames: Bool = false, drafts: String? = nil
    ) throws -> [FileScore] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".article.yaml") }.sorted()
        return try names.map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            let draft = drafts.map { ($0 as NSString).appendingPathComponent(name) }
            return FileScore(
                name: name,
                score: try score(goldPath: path, monthsOnly: monthsOnly, exactNames: exactNames, draftPath: draft))
        }
    }

    /// Drafts the text of one gold model (or reads the model drafted before at `draftPath`) and
    /// scores the draft.
    public static func score(
        goldPath: String, monthsOnly: Bool = false, exactNames: Bool = false, draftPath: String? = nil
    ) throws -> DraftScore {
        let gold = try ModelLoader.load(contentsOf: URL(fileURLWithPath: goldPath))
        let drafted: ArticleModel?
        if let draftPath {
            drafted =
                FileManager.default.fileExists(atPath: draftPath)
                ? try ModelLoader.load(contentsOf: URL(fileURLWithPath: draftPath)) : nil
        } else {
            guard let textFile = gold.article.textFile else {
                throw AppError.unreadable(path: goldPath, reason: "the gold model names no text_file")
            }
            let textPath = ((goldPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
                textFile)
            let job = ArticleDraftJob(published: gold.article.published, language: gold.article.language)
            drafted = try job.run(path: textPath).model
        }
        // Nothing drafted: every gold fact is missed (scored against an empty draft of the text).
        let model = drafted ?? ArticleModel(version: gold.version, article: gold.article, entities: [], facts: [])
        return DraftScore.score(drafted: model, gold: gold, monthsOnly: monthsOnly, exactNames: exactNames)
    }

    /// The table `scripts/draft-eval` prints: precision and recall per kind.
    public static func table(_ score: DraftScore) -> [String] {
        func row(_ name: String, _ tally: DraftScore.Tally) -> String {
            let p = String(format: "%.2f", tally.precision)
            let r = String(format: "%.2f", tally.recall)
            return
                "\(name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(p)      \(r)    \(tally.matched)/\(tally.drafted) drafted, \(tally.matched)/\(tally.gold) gold"
        }
        return [
            "kind             precision recall", row("ranking entries", score.rankings),
            row("event dates", score.events),
            row("roles", score.roles),
        ]
    }
}
