import FactDrillKit
import Foundation

/// Reads an Anki package (`.apkg`, `.colpkg`) into decks: one per Anki deck (subdecks as deck
/// paths, `Languages::Arabic`), a card for every card Anki has, rendered from its note type's
/// templates (reversed, custom types, cloze deletions), tags kept. All or nothing.
public struct AnkiPackageReader: Sendable {
    /// Limits against hostile archives.
    public struct Limits: Hashable, Sendable {
        /// The most bytes the archive may declare or inflate to.
        public var maxTotalBytes: UInt64
        /// The highest uncompressed/compressed ratio of an entry larger than `ratioCheckFloor`.
        public var maxRatio: UInt64
        /// Entries up to this size are not checked for their ratio.
        public var ratioCheckFloor: UInt64

        /// Creates limits; the defaults are 512 MB, a ratio of 1000 past 1 MB.
        public init(maxTotalBytes: UInt64 = 512_000_000, maxRatio: UInt64 = 1000, ratioCheckFloor: UInt64 = 1_000_000) {
            self.maxTotalBytes = maxTotalBytes
            self.maxRatio = maxRatio
            self.ratioCheckFloor = ratioCheckFloor
        }
    }

    /// The decks read and the report of how they were made.
    public struct Result: Hashable, Sendable {
        /// One deck per Anki deck that holds cards, by full name.
        public var decks: [Deck]
        public var report: AnkiImportReport
        /// Each card's scheduling and review log, and each note as Anki has it.
        public var anki: AnkiImportData
        /// The package's media files, unpacked into `mediaFolder` under their content names
        /// (the caller moves them into the study database's media folder, then removes it).
        public var media: [MediaFile] = []
        public var mediaFolder: URL?
    }

    public var limits: Limits
    /// Where the collection is extracted (in a fresh folder, removed afterwards).
    public var temporaryDirectory: URL
    /// Whether media files are unpacked (into `Result.mediaFolder`, for an import to move them).
    public var unpacksMedia: Bool

    /// Creates a reader.
    public init(
        limits: Limits = Limits(), temporaryDirectory: URL = FileManager.default.temporaryDirectory,
        unpacksMedia: Bool = false
    ) {
        self.limits = limits
        self.temporaryDirectory = temporaryDirectory
        self.unpacksMedia = unpacksMedia
    }

    /// Reads the package at `url` with the default limits.
    public static func read(url: URL) throws -> Result {
        try AnkiPackageReader().read(url: url)
    }

    /// Reads the package at `url`.
    public func read(url: URL) throws -> Result {
        let file = url.lastPathComponent
        let folder = temporaryDirectory.appendingPathComponent("factdrill-apkg-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AnkiPackageError.cannotRead(
                file: file, reason: "cannot create \(folder.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = AnkiPackageArchive(url: url, limits: limits)
        let (path, entry, media) = try archive.extractCollection(into: folder)
        let collection = try AnkiCollection.read(path: path, file: file, entry: entry)
        var result = try convert(collection, file: file)
        result.report.mediaFiles = media.count
        if unpacksMedia, !media.isEmpty {
            let mediaFolder = temporaryDirectory.appendingPathComponent("factdrill-media-\(UUID().uuidString)")
            do {
                result.media = try unpack(media, from: archive, into: mediaFolder, file: file)
                result.mediaFolder = mediaFolder
            } catch {
                try? FileManager.default.removeItem(at: mediaFolder)
                throw error
            }
        }
        return result
    }

    /// Unpacks every media file of the package into `folder`, each named by its content; the
    /// files together stay under the size limit.
    private func unpack(
        _ media: [AnkiPackageArchive.MediaFile], from archive: AnkiPackageArchive, into folder: URL, file: String
    )
        throws -> [MediaFile]
    {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AnkiPackageError.cannotRead(
                file: file, reason: "cannot create \(folder.path): \(error.localizedDescription)")
        }
        var left = limits.maxTotalBytes
        var files: [MediaFile] = []
        for item in media {
            let data = try archive.mediaBytes(item, limit: left)
            left -= UInt64(data.count)
            let stored = MediaFile.storedName(of: data, name: item.name)
            let target = folder.appendingPathComponent(stored)
            if !FileManager.default.fileExists(atPath: target.path) {
                do {
                    try data.write(to: target, options: .atomic)
                } catch {
                    throw AnkiPackageError.cannotRead(
                        file: file, reason: "cannot write \(target.path): \(error.localizedDescription)")
                }
            }
            files.append(MediaFile(name: item.name, file: stored, size: data.count))
        }
        return files
    }

    /// The decks made of a collection's cards.
    func convert(_ collection: AnkiCollection, file: String) throws -> Result {
        var report = AnkiImportReport()
        report.notes = collection.notes.count
        let notes = Dictionary(collection.notes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byDeck: [String: [DeckCard]] = [:]
        var made: Set<Int64> = []
        var progress: [AnkiCardProgress] = []
        let reviews = Dictionary(grouping: collection.reviews, by: \.cardID)
        for card in collection.cards {
            guard let note = notes[card.noteID], let anki = collection.notetypes[note.notetypeID] else {
                report.skipped[.unknownNotetype, default: 0] += 1
                continue
            }
            let deck = collection.deckNames[card.homeDeckID] ?? ImportedDeck.baseName(ofFile: file)
            let input = AnkiCardMaker.Note(
                guid: note.guid, fields: note.fields, tags: ImportedNote.splitTags(note.tags), deck: deck)
            switch AnkiCardMaker.card(input, notetype: anki.notetype, ord: card.ord) {
            case .success(let made1):
                byDeck[deck, default: []].append(made1)
                made.insert(card.id)
                progress.append(
                    AnkiCardProgress(
                        deckID: ImportedDeck.id(path: deck), cardKey: made1.id, ankiID: card.id, guid: note.guid,
                        ord: card.ord, modified: card.modified, type: card.type, queue: card.queue,
                        due: card.originalDeckID != 0 && card.originalDue != 0 ? card.originalDue : card.due,
                        interval: card.interval, factor: card.factor, reps: card.reps, lapses: card.lapses,
                        left: card.left, data: card.data,
                        reviews: (reviews[card.id] ?? []).map { review in
                            .init(
                                at: Date(timeIntervalSince1970: Double(review.id) / 1000), ease: review.ease,
                                interval: review.interval, durationMs: review.time,
                                type: review.type)
                        }))
                if anki.isCloze { report.clozeCards += 1 }
            case .failure(let error):
                let reason: AnkiImportReport.SkipReason
                switch error.skip {
                case .emptyFront: reason = .emptyFront
                case .emptyBack: reason = .emptyBack
                case .noTemplate: reason = .noTemplate
                }
                report.skipped[reason, default: 0] += 1
            }
        }
        report.cards = byDeck.values.reduce(0) { $0 + $1.count }
        report.ankiDecks = byDeck.keys.sorted()
        report.reviews = collection.reviews.filter { made.contains($0.cardID) }.count
        guard report.cards > 0 else {
            throw AnkiPackageError.noCards(file: file, skipped: report.summary)
        }
        let decks = byDeck.keys.sorted().map { name in ImportedDeck.make(path: name, cards: byDeck[name]!) }
        let used = Set(progress.map(\.guid))
        let noteRecords = collection.notes.filter { used.contains($0.guid) }.compactMap { note in
            collection.notetypes[note.notetypeID].map { type in
                AnkiNoteRecord(
                    guid: note.guid, notetype: type.notetype, fields: note.fields,
                    tags: ImportedNote.splitTags(note.tags), modified: note.modified)
            }
        }
        let anki = AnkiImportData(
            created: Date(timeIntervalSince1970: Double(collection.created)), rolloverHour: collection.rolloverHour,
            cards: progress, notes: noteRecords)
        return Result(decks: decks, report: report, anki: anki)
    }
}

extension AnkiCollection.Notetype {
    /// The note type as the card maker reads it.
    var notetype: AnkiNotetype {
        AnkiNotetype(
            id: id, name: name, isCloze: isCloze, fields: fields,
            templates: templates.map { .init(ord: $0.ord, name: $0.name, front: $0.front, back: $0.back) })
    }
}
