import ArgumentParser
import FactDrillApp
import FactDrillKit
import Foundation

/// `factdrill draft ARTICLE.txt`: an article model drafted from the article's own text.
struct DraftCommand: ShellRunnable {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft an article model from an article's plain text (Arabic or English), offline.",
        discussion: """
            Finds rankings («في المركز العاشر», "ranked third", «على التوالي», "followed by", "the largest"), \
            dated events (absolute dates, and relative ones such as «العام الماضي» or "on Tuesday" resolved \
            against the publication date) and roles («NAME، POST في ORG», "French President Emmanuel Macron"), \
            with the entities they name, from lexicons compiled into factdrill: no network. Every fact carries \
            a comment with the rule that found it and its confidence; what a rule is unsure of is left out \
            (--explain says why). The model passes `factdrill check`; review it, add the other language's \
            texts, then `factdrill import` it. In the shell, `draft` writes the model beside the text \
            (NAME.article.yaml, asking before it replaces one) and offers to open it in $VISUAL/$EDITOR and to \
            import it.
            """)

    @Argument(help: ArgumentHelp("The article's text (UTF-8 plain text).", valueName: "article.txt"))
    var article: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The publication date, to resolve relative dates (default: a date line in the text).",
            valueName: "YYYY[-MM[-DD]]"))
    var published: String?

    @Option(name: .long, help: ArgumentHelp("The text's language (default: detected).", valueName: "ar|en"))
    var lang: String?

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write the model here instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(
        name: .long,
        help:
            "Print, per sentence, what each rule matched and what it rejected and why (on stderr when the model goes to stdout)."
    )
    var explain = false

    func validate() throws {
        if let published, PartialDate(published) == nil {
            throw ValidationError("--published '\(published)' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
        }
        if let lang, !["ar", "en"].contains(lang) {
            throw ValidationError("--lang '\(lang)': drafting reads Arabic (ar) or English (en)")
        }
    }

    func run() throws {
        let job = ArticleDraftJob(published: published.flatMap(PartialDate.init), language: lang)
        let result = try job.run(path: article)
        let console = Console()
        let explanation = DraftPrinter.explanation(result.draft)
        guard result.model != nil else {
            if explain { for line in explanation { console.error(line) } }
            throw AppError.nothingDrafted(path: article)
        }
        if let output {
            try OutputFile.write(Data(result.yaml.utf8), to: output)
            if explain { for line in explanation { console.line(Span(line)) } }
            for line in DraftPrinter.summary(result.draft, written: output) { console.line(Span(line)) }
        } else {
            if explain { for line in explanation { console.error(line) } }
            FileHandle.standardOutput.write(Data(result.yaml.utf8))
        }
    }
}

extension DraftCommand {
    /// In the shell: the counts and facts, the model written beside the text (or to -o), then
    /// offers to open it in $EDITOR (and re-check it) and to import it.
    func run(in environment: CommandEnvironment) throws {
        let console = environment.console
        let job = ArticleDraftJob(published: published.flatMap(PartialDate.init), language: lang)
        let result = try job.run(path: article)
        if explain { for line in DraftPrinter.explanation(result.draft) { console.line(Span(line)) } }
        guard result.model != nil else { throw AppError.nothingDrafted(path: article) }
        let path = output ?? result.defaultOutput
        if output == nil, FileManager.default.fileExists(atPath: path),
            !ask("\(path) exists (an earlier draft, or your edited model): overwrite it?", environment)
        {
            console.line(Span("nothing written; give another file with -o"))
            return
        }
        try OutputFile.write(Data(result.yaml.utf8), to: path)
        for line in DraftPrinter.summary(result.draft, written: path) { console.line(Span(line)) }
        guard environment.reader != nil else { return }
        var model: ArticleModel? = result.model
        if let editor = Self.editor(), ask("Open it in \(editor)?", environment) {
            model = nil
            while model == nil {
                Self.openEditor(editor, path: path)
                let (lines, ok) = CheckCommand.report(for: path)
                for line in lines {
                    ok ? console.line(Span(line.visibleForTerminal)) : console.error(line.visibleForTerminal)
                }
                if ok {
                    model = try? ModelLoader.load(contentsOf: URL(fileURLWithPath: path))
                } else if !ask("Edit it again?", environment) {
                    return
                }
            }
        }
        guard model != nil, ask("Import \(path) now?", environment) else { return }
        try ImportRunner(context: environment.context).install(try DeckImporter.load(path), from: path)
    }

    /// Asks a yes/no question on the shell's reader; no on anything but y/yes.
    private func ask(_ question: String, _ environment: CommandEnvironment) -> Bool {
        guard let reader = environment.reader else { return false }
        guard case .line(let answer) = reader.readLine(prompt: question + " [y/N] ") else { return false }
        return ["y", "yes", "نعم"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// $VISUAL or $EDITOR, if set.
    static func editor() -> String? {
        let environment = ProcessInfo.processInfo.environment
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
        }
        return nil
    }

    /// Runs the editor on the file through the shell (so `EDITOR="code -w"` works), on this terminal.
    static func openEditor(_ editor: String, path: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$1\"", "sh", path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            FileHandle.standardError.write(
                Data("factdrill: cannot run \(editor): \(error.localizedDescription)\n".utf8))
        }
    }
}

/// What `draft` prints besides the model: the per-sentence explanation and the summary.
enum DraftPrinter {
    /// "sentence 3: …" then one line per rule that matched (+) or rejected (-).
    static func explanation(_ draft: ArticleDraft) -> [String] {
        var lines: [String] = []
        let published = draft.published.map { "\($0) (\(draft.publishedSource ?? "given"))" } ?? "unknown"
        let country = draft.country.map { ", about \($0)" } ?? ""
        lines.append("language \(draft.language), published \(published), \(draft.sentences.count) sentences\(country)")
        for (index, sentence) in draft.sentences.enumerated() {
            let notes = draft.notes.filter { $0.sentence == index }
            lines.append("sentence \(index + 1): \(sentence)".visibleForTerminal)
            if notes.isEmpty { lines.append("    (nothing found)") }
            for note in notes {
                lines.append("    \(note.accepted ? "+" : "-") \(note.rule): \(note.message)".visibleForTerminal)
            }
        }
        return lines
    }

    /// The counts and one line per fact.
    static func summary(_ draft: ArticleDraft, written path: String?) -> [String] {
        let counts = draft.counts
        var lines: [String] = []
        let head = [
            CheckCommand.counted(counts.rankings, "ranking"), CheckCommand.counted(counts.events, "event"),
            CheckCommand.counted(counts.roles, "role"),
        ].joined(separator: ", ")
        lines.append(path.map { "\($0): drafted \(head)" } ?? "drafted \(head)")
        for fact in draft.facts {
            lines.append("  \(line(for: fact, in: draft))".visibleForTerminal)
        }
        if draft.published == nil {
            lines.append("  no publication date: relative dates left out (give --published YYYY-MM-DD)")
        }
        return lines
    }

    /// One fact in one line: "ranking: South Korea 10, Australia 16 (أكبر مصدري …) 0.90".
    static func line(for fact: ArticleDraft.Fact, in draft: ArticleDraft) -> String {
        func name(_ id: String?) -> String {
            guard let id, let entity = draft.entity(id) else { return "-" }
            return entity.names[draft.language] ?? entity.names.values.first ?? id
        }
        let confidence = String(format: "%.2f", fact.confidence)
        switch fact.body {
        case .ranking(let title, let period, _, let entries):
            let list = entries.map { "\(name($0.entity)) \($0.rank)" }.joined(separator: ", ")
            return
                "ranking: \(list) — \(title[draft.language] ?? "")\(period.map { " (\($0))" } ?? "")  [\(confidence)]"
        case .event(let title, let date, let place):
            return
                "event: \(date) — \(title[draft.language] ?? "")\(place.map { " — \(name($0))" } ?? "")  [\(confidence)]"
        case .role(let person, let post, let organization):
            return "role: \(name(person)) — \(post[draft.language] ?? "") — \(name(organization))  [\(confidence)]"
        }
    }
}
