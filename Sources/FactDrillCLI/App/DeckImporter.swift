import FactDrillKit
import FactDrillStore
import Foundation

/// Reads a deck from a file (an article model, a deck file, an Anki text export or package) and
/// installs it, all or nothing.
struct DeckImporter {
    let database: StudyDatabase
    let clock: Clock

    /// The largest file read into memory (Anki packages are checked entry by entry instead).
    static let maximumFileBytes = 100_000_000

    /// What one import did.
    struct Result {
        let path: String
        let deckID: String
        let report: InstallReport
        /// What the reader left out (skipped notes of an Anki package), if anything.
        let note: String?
    }

    /// A deck read from a file, with what the reader has to say about it.
    struct Loaded {
        let deck: Deck
        let note: String?
        /// The article model the deck was generated from, and its text as written.
        var model: (model: ArticleModel, text: String)? = nil
    }

    /// Installs the deck of the file at `path`; nothing changes when it fails.
    func importFile(_ path: String) throws -> Result {
        try install(try DeckImporter.load(path), from: path)
    }

    /// Installs a deck already read from `path`, in one transaction.
    func install(_ loaded: Loaded, from path: String) throws -> Result {
        // The file's fingerprint (a byte-serial hash: 20 ms for 12 MB) is worked out on another
        // thread while the cards are written, and stored before the install commits.
        let fingerprint = ConcurrentValue { Swift.Result { try DeckImporter.fingerprint(path) } }
        let deck = try loaded.model.flatMap { try DeckImporter.regenerated($0.model, besides: database) } ?? loaded.deck
        let bar = ProgressBar(label: "importing \((path as NSString).lastPathComponent)", total: deck.cards.count)
        defer { bar.finish() }
        let report = try database.installDeck(
            deck, source: .file(path: URL(fileURLWithPath: path).standardizedFileURL.path, contentHash: ""),
            now: clock.now(), model: loaded.model?.text, progress: bar.update,
            contentHash: { try fingerprint.value.get() })
        return Result(path: path, deckID: loaded.deck.deck.id, report: report, note: loaded.note)
    }

    /// The deck a file holds, read by the format its name says (`ImportFormat.all`).
    static func load(_ path: String) throws -> Loaded {
        guard let format = ImportFormat.format(of: path) else { throw CLIError.unsupportedFile(path: path) }
        try requireRegularFile(path)
        return try format.read(path)
    }

    /// The deck of `model` made again with the other installed decks' models (for distractors
    /// and chronology across articles); nil when there are none, so the deck made alone stands.
    /// A stored model that no longer loads is left out.
    static func regenerated(_ model: ArticleModel, besides database: StudyDatabase) throws -> Deck? {
        let others = try database.installedModels(except: model.article.id).sorted { $0.key < $1.key }
            .compactMap { entry in try? ModelLoader.load(yaml: entry.value, file: entry.key) }
        return others.isEmpty ? nil : try QuestionGenerator().generate(model, others: others).deck
    }

    /// Installs the built-in seed deck (the NATO–IP4 article), as on a fresh database.
    static func installSeed(into database: StudyDatabase, now: Date) throws -> InstallReport {
        let model = try ModelLoader.load(yaml: EmbeddedSeed.modelYAML, file: EmbeddedSeed.fileName)
        return try database.installDeck(
            try regenerated(model, besides: database) ?? QuestionGenerator().generate(model).deck,
            source: .embedded(name: EmbeddedSeed.fileName, contentHash: ContentHash.of(Data(EmbeddedSeed.modelYAML.utf8))),
            now: now, model: EmbeddedSeed.modelYAML)
    }

    /// `added 3, updated 0, retired 1` as the import command prints it.
    static func describe(_ report: InstallReport) -> String {
        "added \(report.added), updated \(report.updated), retired \(report.retired)"
            + (report.unchanged > 0 ? " (\(report.unchanged) unchanged)" : "")
    }

    /// The file's bytes, refusing what is not a regular file or is too large to be a deck.
    static func read(_ path: String) throws -> Data {
        let size = try requireRegularFile(path)
        guard size <= maximumFileBytes else {
            throw CLIError.unreadable(path: path, reason: "the file is \(size / 1_000_000) MB; decks of more than \(maximumFileBytes / 1_000_000) MB are refused")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError.unreadable(path: path, reason: "permission denied")
        }
    }

    /// The file's size; throws when it is missing or not a regular file.
    @discardableResult
    private static func requireRegularFile(_ path: String) throws -> Int {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw CLIError.unreadable(path: path, reason: "no such file")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw CLIError.unreadable(path: path, reason: "not a regular file")
        }
        return (attributes[.size] as? NSNumber)?.intValue ?? 0
    }

    /// A fingerprint of the file, read in chunks (packages may be large).
    private static func fingerprint(_ path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        var hasher = ContentHash.Hasher()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.add(chunk)
        }
        return hasher.hex
    }
}
