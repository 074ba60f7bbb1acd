import FactDrillKit
import Foundation
import GRDB
import ZIPFoundation

/// Writes decks as an Anki package (`.apkg`, legacy `collection.anki2`, schema 11, which every
/// Anki since 2.1 imports) with their progress: each card's scheduling (type, queue, due,
/// interval, FSRS memory state in its data) and review log. Cards that came from Anki go back as
/// their notes (the same guid, note type, fields and tags) and media; other cards as one "Basic"
/// note each, with a guid stable from the deck and card ids.
public struct AnkiPackageWriter: Sendable {
    /// Where the collection is built before it is zipped (in a fresh folder, removed afterwards).
    public var temporaryDirectory: URL

    /// Creates a writer.
    public init(temporaryDirectory: URL = FileManager.default.temporaryDirectory) {
        self.temporaryDirectory = temporaryDirectory
    }

    /// Writes `deck` (every card new) to `url`, replacing it; `now` stamps the notes.
    public static func write(_ deck: Deck, to url: URL, now: Date) throws {
        try AnkiPackageWriter().write(AnkiExport(deck: deck), to: url, now: now)
    }

    /// Writes `export` to `url`, replacing it; `now` stamps the notes and sets Anki's day count.
    public static func write(_ export: AnkiExport, to url: URL, now: Date) throws {
        try AnkiPackageWriter().write(export, to: url, now: now)
    }

    /// Writes `export` to `url` (replacing it).
    public func write(_ export: AnkiExport, to url: URL, now: Date) throws {
        let file = url.lastPathComponent
        let folder = temporaryDirectory.appendingPathComponent("factdrill-apkg-\(UUID().uuidString)")
        let fileManager = FileManager.default
        defer { try? fileManager.removeItem(at: folder) }
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            let collection = folder.appendingPathComponent("collection.anki2")
            try AnkiCollectionWriter(export: export, now: now).write(to: collection)
            let zipURL = folder.appendingPathComponent("package.apkg")
            let archive = try Archive(url: zipURL, accessMode: .create)
            try archive.addEntry(with: "collection.anki2", fileURL: collection, compressionMethod: .deflate)
            var map: [String: String] = [:]
            for (index, media) in export.media.enumerated() {
                map[String(index)] = media.name
                try archive.addEntry(with: String(index), fileURL: media.file, compressionMethod: .deflate)
            }
            let mediaMap = Data(try AnkiSchema11.json(map).utf8)
            try archive.addEntry(
                with: "media", type: .file, uncompressedSize: Int64(mediaMap.count),
                modificationDate: now, compressionMethod: .deflate
            ) { position, size in
                mediaMap.subdata(in: Int(position)..<Int(position) + size)
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
}
