import FactDrillKit
import FactDrillStore
import Foundation

/// A kind of file factdrill imports: the name endings that mark it, what it is, and how to read
/// it. Every place that names import formats (the `import` command and its help, the shell's
/// completion, the error for an unknown file) reads `ImportFormat.all`, so a new format is one
/// entry here and its reader.
public struct ImportFormat: Sendable {
    /// Lowercase name endings, with their dot: `.article.yaml`, `.csv`.
    public let suffixes: [String]
    /// What such a file holds, for help and error messages: "article models".
    public let description: String
    /// Reads the file at a path (checked to be a regular file) into a deck.
    public let read: @Sendable (_ path: String) throws -> DeckImporter.Loaded

    /// Every format, in the order help lists them. A longer ending comes before any shorter
    /// ending it contains (`.deck.json` before a plain `.json` would).
    public static let all: [ImportFormat] = [
        ImportFormat(suffixes: [".article.yaml", ".article.yml", ".article.json"], description: "article models") {
            path in
            let data = try DeckImporter.read(path)
            guard let text = String(data: data, encoding: .utf8) else {
                throw AppError.unreadable(path: path, reason: "not UTF-8 text")
            }
            let model = try ModelLoader.load(yaml: text, file: path)
            // Generated alone here to find any problem before the database is opened; generated
            // again at install with the other installed models.
            return DeckImporter.Loaded(
                deck: try QuestionGenerator().generate(model).deck, note: nil, model: (model, text))
        },
        ImportFormat(suffixes: [".deck.json"], description: "deck files") { path in
            DeckImporter.Loaded(deck: try DeckFile.decode(DeckImporter.read(path), file: path), note: nil)
        },
        ImportFormat(suffixes: [".csv", ".tsv", ".txt"], description: "Anki text exports") { path in
            let data = try DeckImporter.read(path)
            if path.lowercased().hasSuffix(".txt"), ArticleDraftJob.isArticleText(data) {
                throw AppError.articleText(path: path)
            }
            let read = try AnkiTextReader.readWithSummary(data, file: path)
            return read.decks.count == 1
                ? DeckImporter.Loaded(deck: read.decks[0], note: read.summary)
                : DeckImporter.Loaded(decks: read.decks, note: read.summary)
        },
        ImportFormat(suffixes: [".apkg", ".colpkg"], description: "Anki packages") { path in
            // Packages are checked entry by entry as they are unpacked, not read whole.
            let result = try AnkiPackageReader(unpacksMedia: true).read(url: URL(fileURLWithPath: path))
            var loaded = DeckImporter.Loaded(decks: result.decks, note: result.report.summary, anki: result.anki)
            loaded.media = result.mediaFolder.map { (result.media, $0) }
            return loaded
        },
    ]

    /// The format of the file at `path`, by its name; nil when no format claims it.
    public static func format(of path: String) -> ImportFormat? {
        let name = (path as NSString).lastPathComponent.lowercased()
        return all.first { format in format.suffixes.contains(where: name.hasSuffix) }
    }

    /// Whether a file name (any case) has an ending some format claims.
    public static func isImportable(_ name: String) -> Bool {
        format(of: name) != nil
    }

    /// `*.article.yaml, … (article models), *.deck.json (deck files), …` for help and errors.
    public static var summary: String {
        all.map { format in
            format.suffixes.map { "*" + $0 }.joined(separator: ", ") + " (\(format.description))"
        }.joined(separator: ", ")
    }
}
