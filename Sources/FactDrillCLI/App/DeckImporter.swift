import FactDrillKit
import FactDrillStore
import Foundation

/// Reads a deck from a file (an article model or a deck file) and installs it, all or nothing.
struct DeckImporter {
    let database: StudyDatabase
    let clock: Clock

    /// What one import did.
    struct Result {
        let path: String
        let deckID: String
        let report: InstallReport
    }

    /// Installs the deck of the file at `path`; nothing changes when it fails.
    func importFile(_ path: String) throws -> Result {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CLIError.unreadable(path: path, reason: FileManager.default.fileExists(atPath: path)
                ? "permission denied or not a regular file" : "no such file")
        }
        let deck = try DeckImporter.deck(from: data, path: path)
        let report = try database.installDeck(
            deck, source: .file(path: url.standardizedFileURL.path, contentHash: ContentHash.of(data)),
            now: clock.now())
        return Result(path: path, deckID: deck.deck.id, report: report)
    }

    /// The deck a file holds, by its name: `*.article.yaml`/`*.article.yml`/`*.article.json`
    /// are article models (generated into cards), `*.deck.json` deck files.
    static func deck(from data: Data, path: String) throws -> Deck {
        let name = (path as NSString).lastPathComponent.lowercased()
        if name.hasSuffix(".deck.json") {
            return try DeckFile.decode(data, file: path)
        }
        if [".article.yaml", ".article.yml", ".article.json"].contains(where: name.hasSuffix) {
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError.unreadable(path: path, reason: "not UTF-8 text")
            }
            let model = try ModelLoader.load(yaml: text, file: path)
            return try QuestionGenerator().generate(model).deck
        }
        throw CLIError.unsupportedFile(path: path)
    }

    /// Installs the built-in seed deck (the NATO–IP4 article), as on a fresh database.
    static func installSeed(into database: StudyDatabase, now: Date) throws -> InstallReport {
        let model = try ModelLoader.load(yaml: EmbeddedSeed.modelYAML, file: EmbeddedSeed.fileName)
        let deck = try QuestionGenerator().generate(model).deck
        return try database.installDeck(
            deck, source: .embedded(name: EmbeddedSeed.fileName,
                                    contentHash: ContentHash.of(Data(EmbeddedSeed.modelYAML.utf8))),
            now: now)
    }

    /// `added 3, updated 0, retired 1` as the import command prints it.
    static func describe(_ report: InstallReport) -> String {
        "added \(report.added), updated \(report.updated), retired \(report.retired)"
            + (report.unchanged > 0 ? " (\(report.unchanged) unchanged)" : "")
    }
}
