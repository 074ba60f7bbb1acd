import ArgumentParser
import FactDrillKit
import Foundation

/// `factdrill check FILE...`: validates article models and reports every problem, or a summary.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check article models and report every problem with its line and column.",
        discussion: """
            For each file, prints its problems as FILE:LINE:COLUMN: message, one per line, or one line \
            saying it is ok with its counts of entities and facts. Exits with 1 if any file has a problem.
            """
    )

    @Argument(help: ArgumentHelp("Article model files (*.article.yaml; JSON is accepted too).", valueName: "file"))
    var files: [String]

    func run() throws {
        let allOK = check { print($0) }
        if !allOK { throw ExitCode(1) }
    }

    /// Checks every file, handing each output line to `emit`; true when every file is valid.
    func check(emit: (String) -> Void) -> Bool {
        var allOK = true
        for file in files {
            let (lines, ok) = Self.report(for: file)
            for line in lines { emit(line.visibleForTerminal) }
            allOK = allOK && ok
        }
        return allOK
    }

    /// The lines to print for one file, and whether it is valid.
    static func report(for file: String) -> (lines: [String], ok: Bool) {
        do {
            let model = try ModelLoader.load(contentsOf: URL(fileURLWithPath: file))
            return (["\(file): ok: \(summary(of: model))"], true)
        } catch let error as ModelError {
            return (error.lines, false)
        } catch {
            return (["\(file): cannot read: \(error.localizedDescription)"], false)
        }
    }

    /// "23 entities, 14 facts (1 ranking, 6 events, 5 roles, 2 sets)": zero kinds are left out.
    static func summary(of model: ArticleModel) -> String {
        let kinds = FactBody.typeNames.compactMap { name -> String? in
            let count = model.facts.filter { $0.typeName == name }.count
            return count == 0 ? nil : counted(count, name)
        }
        let facts = counted(model.facts.count, "fact") + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))")
        return counted(model.entities.count, "entity") + ", " + facts
    }

    /// "1 ranking", "2 rankings", "1 entity", "3 entities".
    static func counted(_ count: Int, _ noun: String) -> String {
        if count == 1 { return "1 \(noun)" }
        return "\(count) " + (noun.hasSuffix("y") ? String(noun.dropLast()) + "ies" : noun + "s")
    }
}
