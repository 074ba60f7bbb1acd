import FactDrillKit
import Foundation

/// Reads an Anki package (`.apkg`) into one deck: Basic-family notes become cards, HTML stripped,
/// tags kept; cloze notes are skipped and counted. All or nothing.
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

    /// A deck and the report of how it was made.
    public struct Result: Hashable, Sendable {
        public var deck: Deck
        public var report: AnkiImportReport
    }

    public var limits: Limits
    /// Where the collection is extracted (in a fresh folder, removed afterwards).
    public var temporaryDirectory: URL

    /// Creates a reader.
    public init(limits: Limits = Limits(), temporaryDirectory: URL = FileManager.default.temporaryDirectory) {
        self.limits = limits
        self.temporaryDirectory = temporaryDirectory
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
        let (path, entry, _) = try AnkiPackageArchive(url: url, limits: limits).extractCollection(into: folder)
        let collection = try AnkiCollection.read(path: path, file: file, entry: entry)
        return try convert(collection, file: file)
    }

    /// The deck made of a collection's notes.
    func convert(_ collection: AnkiCollection, file: String) throws -> Result {
        var report = AnkiImportReport()
        report.notes = collection.notes.count
        var cards: [DeckCard] = []
        var cardsPerDeck: [Int64: Int] = [:]
        let cardsByNote = Dictionary(grouping: collection.cards, by: \.noteID)
        for note in collection.notes {
            guard let model = collection.notetypes[note.notetypeID] else {
                report.skipped[.unknownNotetype, default: 0] += 1
                continue
            }
            let kind = AnkiNoteKind(notetypeName: model.name, isCloze: model.isCloze)
            if kind == .cloze {
                report.skipped[.cloze, default: 0] += 1
                continue
            }
            guard note.fields.count >= 2 else {
                report.skipped[.tooFewFields, default: 0] += 1
                continue
            }
            let front = AnkiHTML.plainText(note.fields[0])
            let back = AnkiHTML.plainText(note.fields[1])
            if front.isEmpty || back.isEmpty {
                report.skipped[front.isEmpty ? .emptyFront : .emptyBack, default: 0] += 1
                continue
            }
            if kind == .other { report.otherNotetypes[model.name, default: 0] += 1 }
            let imported = ImportedNote(
                id: "note-\(note.guid)", front: front, back: back,
                tags: ImportedNote.splitTags(note.tags))
            let existing = cardsByNote[note.id] ?? []
            // Cards deleted in Anki stay deleted; a note without card rows gets its type's cards.
            let ordinals = kind.ordinals(fields: note.fields).filter { ord in
                existing.isEmpty || existing.contains { $0.ord == ord }
            }
            for ord in ordinals {
                let id = "\(imported.id).\(ord)"
                cards.append(ord == 0 ? imported.forwardCard(id: id) : imported.reverseCard(id: id))
            }
            for card in existing where ordinals.contains(card.ord) {
                cardsPerDeck[card.homeDeckID, default: 0] += 1
            }
        }
        report.cards = cards.count
        report.ankiDecks = Set(cardsPerDeck.keys.compactMap { collection.deckNames[$0] }).sorted()
        guard !cards.isEmpty else {
            throw AnkiPackageError.noCards(file: file, skipped: report.summary)
        }
        return Result(
            deck: ImportedDeck.make(name: deckName(collection, cardsPerDeck, file: file), cards: cards),
            report: report)
    }

    /// The top-level name of the Anki deck holding the most cards, else the file's name.
    private func deckName(_ collection: AnkiCollection, _ cardsPerDeck: [Int64: Int], file: String) -> String {
        var perTop: [String: Int] = [:]
        for (deck, count) in cardsPerDeck {
            guard let name = collection.deckNames[deck] else { continue }
            perTop[ImportedDeck.topLevelName(name), default: 0] += count
        }
        let best = perTop.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        return best?.key ?? ImportedDeck.baseName(ofFile: file)
    }
}
