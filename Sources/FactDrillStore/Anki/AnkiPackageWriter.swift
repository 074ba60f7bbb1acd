import FactDrillKit
import Foundation
import GRDB
import ZIPFoundation

/// Writes a deck as an Anki package (`.apkg`, legacy `collection.anki2`, schema 11) that Anki
/// imports as new cards: one "Basic" note per card, guid stable from the deck and card ids.
public struct AnkiPackageWriter: Sendable {
    /// Where the collection is built before it is zipped (in a fresh folder, removed afterwards).
    public var temporaryDirectory: URL

    /// Creates a writer.
    public init(temporaryDirectory: URL = FileManager.default.temporaryDirectory) {
        self.temporaryDirectory = temporaryDirectory
    }

    /// Writes `deck` to `url` (replacing it); `now` stamps the notes and numbers their ids.
    public static func write(_ deck: Deck, to url: URL, now: Date) throws {
        try AnkiPackageWriter().write(deck, to: url, now: now)
    }

    /// Writes `deck` to `url` (replacing it); `now` stamps the notes and numbers their ids.
    public func write(_ deck: Deck, to url: URL, now: Date) throws {
        let file = url.lastPathComponent
        let folder = temporaryDirectory.appendingPathComponent("factdrill-apkg-\(UUID().uuidString)")
        let fileManager = FileManager.default
        defer { try? fileManager.removeItem(at: folder) }
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            let collection = folder.appendingPathComponent("collection.anki2")
            try writeCollection(deck, to: collection, now: now)
            let zipURL = folder.appendingPathComponent("package.apkg")
            let archive = try Archive(url: zipURL, accessMode: .create)
            try archive.addEntry(with: "collection.anki2", fileURL: collection, compressionMethod: .deflate)
            let media = Data("{}".utf8)
            try archive.addEntry(
                with: "media", type: .file, uncompressedSize: Int64(media.count),
                modificationDate: now, compressionMethod: .deflate
            ) { position, size in
                media.subdata(in: Int(position)..<Int(position) + size)
            }
            // rename(2) replaces the target at once; across file systems, copy instead.
            if rename(zipURL.path, url.path) != 0 {
                if fileManager.fileExists(atPath: url.path) { try fileManager.removeItem(at: url) }
                try fileManager.copyItem(at: zipURL, to: url)
            }
        } catch let error as AnkiPackageError {
            throw error
        } catch let error as DatabaseError {
            throw AnkiPackageError.cannotWrite(file: file, reason: error.message ?? "\(error)")
        } catch {
            throw AnkiPackageError.cannotWrite(file: file, reason: error.localizedDescription)
        }
    }

    private func writeCollection(_ deck: Deck, to path: URL, now: Date) throws {
        let nowMillis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        let nowSeconds = nowMillis / 1000
        let modelID = AnkiPackageWriter.stableID("model:basic")
        let deckID = AnkiPackageWriter.stableID("deck:" + deck.deck.id)
        let deckName = AnkiPackageWriter.ankiDeckName(deck)
        let queue = try DatabaseQueue(path: path.path)
        defer { try? queue.close() }
        try queue.write { db in
            try db.execute(sql: AnkiSchema11.tables)
            let decks: [String: Any] = [
                "1": AnkiSchema11.deck(id: 1, name: "Default", modSeconds: nowSeconds),
                String(deckID): AnkiSchema11.deck(id: deckID, name: deckName, modSeconds: nowSeconds),
            ]
            try db.execute(
                sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
                arguments: [
                    nowSeconds, nowMillis, nowMillis,
                    try AnkiSchema11.json(AnkiSchema11.conf(modelID: modelID, deckID: deckID)),
                    try AnkiSchema11.json([
                        String(modelID): AnkiSchema11.basicModel(
                            id: modelID, deckID: deckID, modSeconds: nowSeconds)
                    ]),
                    try AnkiSchema11.json(decks),
                    try AnkiSchema11.json(["1": AnkiSchema11.defaultDeckConfig(modSeconds: nowSeconds)]),
                ])
            let note = try db.makeStatement(sql: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')")
            let card = try db.makeStatement(
                sql: "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")
            for (index, deckCard) in deck.cards.enumerated() {
                let fields = AnkiPackageWriter.fields(of: deckCard, languages: deck.deck.languages)
                let sortField = AnkiPackageWriter.strippedField(fields.front)
                let id = nowMillis + Int64(index)
                try note.execute(arguments: [
                    id, AnkiPackageWriter.guid(deck: deck.deck.id, card: deckCard.id), modelID, nowSeconds,
                    AnkiPackageWriter.tagsField(deckCard.tags), fields.front + "\u{1F}" + fields.back,
                    sortField, AnkiPackageWriter.checksum(sortField),
                ])
                try card.execute(arguments: [id, id, deckID, nowSeconds, index + 1])
            }
        }
    }
}
