import FactDrillKit
import FactDrillStore
import Foundation

/// Reads a deck from a file (an article model, a deck file, an Anki text export or package) and
/// installs it, all or nothing. It prints nothing: progress goes to a callback.
public struct DeckImporter {
    /// The database decks are installed into.
    public let database: StudyDatabase
    /// Where the install time comes from.
    public let clock: Clock

    /// The largest file read into memory (Anki packages are checked entry by entry instead).
    public static let maximumFileBytes = 100_000_000

    /// What one import did.
    public struct Result: Sendable {
        /// The file imported.
        public let path: String
        /// The decks it installed, each with its cards added, updated, retired and unchanged.
        public let decks: [(id: String, report: InstallReport)]
        /// What the reader has to say (an Anki package's counts and what it left out), if anything.
        public let note: String?

        /// The id of the (first) deck it installed.
        public var deckID: String { decks[0].id }
        /// The cards of all its decks, added, updated, retired and unchanged.
        public var report: InstallReport {
            decks.reduce(InstallReport()) { total, deck in
                InstallReport(
                    added: total.added + deck.report.added, updated: total.updated + deck.report.updated,
                    unchanged: total.unchanged + deck.report.unchanged, retired: total.retired + deck.report.retired)
            }
        }
    }

    /// The decks read from a file, with what the reader has to say about them.
    public struct Loaded: Sendable {
        /// The decks as read: one, or (an Anki package) one per Anki deck and subdeck.
        public let decks: [Deck]
        /// What the reader left out, if anything.
        public let note: String?
        /// The article model the deck was generated from, and its text as written.
        public var model: (model: ArticleModel, text: String)? = nil
        /// An Anki package's progress and notes, installed with its decks.
        public var anki: AnkiImportData? = nil
        /// An Anki package's media files, unpacked into a temporary folder.
        public var media: (files: [MediaFile], folder: URL)? = nil

        /// The (first) deck.
        public var deck: Deck { decks[0] }

        /// One deck read from a file.
        public init(deck: Deck, note: String?, model: (model: ArticleModel, text: String)? = nil) {
            self.decks = [deck]
            self.note = note
            self.model = model
        }

        /// Several decks read from one file, installed together (with an Anki package's progress).
        public init(decks: [Deck], note: String?, anki: AnkiImportData? = nil) {
            precondition(!decks.isEmpty, "a file gives at least one deck")
            self.decks = decks
            self.note = note
            self.anki = anki
        }
    }

    /// An importer into `database`, at the times `clock` tells.
    public init(database: StudyDatabase, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// Installs the deck of the file at `path`; nothing changes when it fails.
    public func importFile(_ path: String, progress: StudyDatabase.InstallProgress? = nil) throws -> Result {
        try install(try DeckImporter.load(path), from: path, progress: progress)
    }

    /// Installs a deck already read from `path`, in one transaction. `progress` is told how many
    /// cards of how many are written. `contentHash` gives the file's fingerprint, asked for once
    /// the cards are written (a caller may work it out on another thread meanwhile); by default
    /// it is read then.
    public func install(
        _ loaded: Loaded, from path: String, progress: StudyDatabase.InstallProgress? = nil,
        contentHash: (() throws -> String)? = nil
    ) throws -> Result {
        let progress0 = progress
        let source = DeckSource.file(path: URL(fileURLWithPath: path).standardizedFileURL.path, contentHash: "")
        let hash = contentHash ?? { try DeckImporter.fingerprint(path) }
        defer { DeckImporter.discard(loaded) }
        if let anki = loaded.anki {
            let now = clock.now()
            let progress = AnkiProgressConverter(now: now).convert(anki)
            let media = try loaded.media.map { try moveMedia($0.files, from: $0.folder) } ?? []
            let written = try database.installAnkiPackage(
                loaded.decks, progress: progress, notes: anki.notes, media: media, source: source, now: now,
                onProgress: progress0, contentHash: hash)
            var kept: [String] = []
            if written.anki.applied > 0 {
                kept.append(
                    "progress of \(written.anki.applied) cards and \(written.anki.reviews) reviews brought from Anki")
            }
            if written.anki.unchanged > 0 {
                kept.append(
                    "\(written.anki.unchanged) cards unchanged in Anki since they were imported: their progress here is kept"
                )
            }
            return Result(
                path: path, decks: Array(zip(loaded.decks.map(\.deck.id), written.decks)),
                note: ([loaded.note].compactMap { $0 } + kept).joined(separator: "; "))
        }
        if loaded.decks.count > 1 {
            let reports = try database.installDecks(
                loaded.decks, source: source, now: clock.now(), progress: progress, contentHash: hash)
            return Result(path: path, decks: Array(zip(loaded.decks.map(\.deck.id), reports)), note: loaded.note)
        }
        let deck = try loaded.model.flatMap { try DeckImporter.regenerated($0.model, besides: database) } ?? loaded.deck
        let report = try database.installDeck(
            deck, source: source, now: clock.now(), model: loaded.model?.text, progress: progress, contentHash: hash)
        return Result(path: path, decks: [(loaded.deck.deck.id, report)], note: loaded.note)
    }

    /// The deck a file holds, read by the format its name says (`ImportFormat.all`).
    public static func load(_ path: String) throws -> Loaded {
        guard let format = ImportFormat.format(of: path) else { throw AppError.unsupportedFile(path: path) }
        try requireRegularFile(path)
        return try format.read(path)
    }

    /// Removes what reading `loaded` unpacked (an Anki package's media), once it is installed
    /// or will not be.
    public static func discard(_ loaded: Loaded) {
        if let folder = loaded.media?.folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Moves unpacked media files into the database's media folder (files are named by their
    /// content, so one already there is the same file and stays).
    private func moveMedia(_ files: [MediaFile], from folder: URL) throws -> [MediaFile] {
        let target = database.mediaFolder
        do {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for file in files {
                let destination = target.appendingPathComponent(file.file)
                if FileManager.default.fileExists(atPath: destination.path) { continue }
                try FileManager.default.moveItem(at: folder.appendingPathComponent(file.file), to: destination)
            }
        } catch {
            throw AppError.unreadable(
                path: target.path, reason: "cannot copy media files into it: \(error.localizedDescription)")
        }
        return files
    }

    /// The deck of `model` made again with the other installed decks' models (for distractors
    /// and chronology across articles); nil when there are none, so the deck made alone stands.
    /// A stored model that no longer loads is left out.
    public static func regenerated(_ model: ArticleModel, besides database: StudyDatabase) throws -> Deck? {
        let others = try database.installedModels(except: model.article.id).sorted { $0.key < $1.key }
            .compactMap { entry in try? ModelLoader.load(yaml: entry.value, file: entry.key) }
        return others.isEmpty ? nil : try QuestionGenerator().generate(model, others: others).deck
    }

    /// Installs the built-in seed deck (the NATO–IP4 article), as on a fresh database.
    public static func installSeed(into database: StudyDatabase, now: Date) throws -> InstallReport {
        let model = try ModelLoader.load(yaml: EmbeddedSeed.modelYAML, file: EmbeddedSeed.fileName)
        return try database.installDeck(
            try regenerated(model, besides: database) ?? QuestionGenerator().generate(model).deck,
            source: .embedded(
                name: EmbeddedSeed.fileName, contentHash: ContentHash.of(Data(EmbeddedSeed.modelYAML.utf8))),
            now: now, model: EmbeddedSeed.modelYAML)
    }

    /// `added 3, updated 0, retired 1` as the import command prints it.
    public static func describe(_ report: InstallReport) -> String {
        "added \(report.added), updated \(report.updated), retired \(report.retired)"
            + (report.unchanged > 0 ? " (\(report.unchanged) unchanged)" : "")
    }

    /// The file's bytes, refusing what is not a regular file or is too large to be a deck.
    static func read(_ path: String) throws -> Data {
        let size = try requireRegularFile(path)
        guard size <= maximumFileBytes else {
            let limit = maximumFileBytes / 1_000_000
            throw AppError.unreadable(
                path: path, reason: "the file is \(size / 1_000_000) MB; decks of more than \(limit) MB are refused")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw AppError.unreadable(path: path, reason: "permission denied")
        }
    }

    /// The file's size; throws when it is missing or not a regular file.
    @discardableResult
    private static func requireRegularFile(_ path: String) throws -> Int {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw AppError.unreadable(path: path, reason: "no such file")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw AppError.unreadable(path: path, reason: "not a regular file")
        }
        return (attributes[.size] as? NSNumber)?.intValue ?? 0
    }

    /// A fingerprint of the file, read in chunks (packages may be large).
    public static func fingerprint(_ path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        var hasher = ContentHash.Hasher()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.add(chunk)
        }
        return hasher.hex
    }
}
