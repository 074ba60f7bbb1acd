import ArgumentParser
import CReadline
import FactDrillStore
import Foundation

/// `factdrill doctor`.
struct DoctorCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the database (integrity, foreign keys, schema version) and the system libraries.",
        discussion:
            "Exits with 1 when a problem is found. A database written by a newer factdrill is refused before any check."
    )

    @OptionGroup var global: GlobalOptions

    func run(in environment: CommandEnvironment) throws {
        let context = environment.context
        let report = try context.database.doctor()
        let console = context.console
        console.line("database: \(report.path)")
        console.line("schema:   \(report.schemaVersion ?? "none") (this factdrill: \(report.currentVersion))")
        console.line("journal:  \(report.journalMode)")
        console.line("contents: \(report.decks) decks, \(report.cards) cards, \(report.reviews) reviews")
        let readline = fd_library_version().map { String(cString: $0) } ?? "?"
        let libraries = (SystemLibraries.versions + [("readline", readline)]).map { "\($0.name) \($0.version)" }
        console.line("libraries: \(libraries.joined(separator: ", "))")
        for problem in report.integrityProblems { console.line(.red("integrity: "), Span(problem)) }
        for problem in report.foreignKeyProblems { console.line(.red("foreign key: "), Span(problem)) }
        if report.isHealthy {
            console.line(.green("ok: integrity and foreign keys checked, no problem found"))
        } else {
            console.line(.red("problems found: keep a copy of the file before changing anything"))
            throw ExitCode(1)
        }
    }
}
