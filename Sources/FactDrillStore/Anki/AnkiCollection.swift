import Foundation
import GRDB

/// The parts of a legacy (schema 11) Anki collection an import needs, read with SQL, read-only.
struct AnkiCollection {
    /// A note type from `col.models`.
    struct Model: Sendable {
        var name: String
        var isCloze: Bool
    }

    /// A row of `notes`.
    struct Note: Sendable {
        var id: Int64
        var guid: String
        var modelID: Int64
        var tags: String
        var fields: [String]
    }

    var models: [Int64: Model]
    var deckNames: [Int64: String]
    var notes: [Note]
    /// The card ordinals and deck of each note id, from `cards`.
    var cards: [Int64: [(ord: Int, deck: Int64)]]

    /// Reads the collection at `path`; `file` and `entry` name it in errors.
    static func read(path: URL, file: String, entry: String) throws -> AnkiCollection {
        try checkSQLiteHeader(path: path, file: file, entry: entry)
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path.path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT models, decks FROM col") else {
                    throw AnkiPackageError.malformedCollection(file: file, reason: "the col table is empty")
                }
                let models = try parseModels(row["models"] ?? "", file: file)
                let decks = try parseDecks(row["decks"] ?? "", file: file)
                let notes = try Row.fetchAll(db, sql: "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id").map {
                    Note(
                        id: $0["id"], guid: $0["guid"], modelID: $0["mid"], tags: $0["tags"] ?? "",
                        fields: (($0["flds"] as String?) ?? "").components(separatedBy: "\u{1F}"))
                }
                var cards: [Int64: [(ord: Int, deck: Int64)]] = [:]
                for card in try Row.fetchAll(db, sql: "SELECT nid, ord, did FROM cards ORDER BY nid, ord") {
                    cards[card["nid"], default: []].append((card["ord"], card["did"]))
                }
                return AnkiCollection(models: models, deckNames: decks, notes: notes, cards: cards)
            }
        } catch let error as AnkiPackageError {
            throw error
        } catch let error as DatabaseError {
            throw AnkiPackageError.malformedCollection(file: file, reason: error.message ?? "\(error)")
        }
    }

    /// SQLite files start with "SQLite format 3\0"; write-ahead-log ones are switched to rollback
    /// mode in this private copy so a read-only connection needs no `-shm` file.
    private static func checkSQLiteHeader(path: URL, file: String, entry: String) throws {
        guard let handle = FileHandle(forUpdatingAtPath: path.path) else {
            throw AnkiPackageError.cannotRead(file: file, reason: "the extracted collection vanished")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 20)) ?? Data()
        guard header.count == 20, header.prefix(16) == Data("SQLite format 3\0".utf8) else {
            throw AnkiPackageError.notSQLite(file: file, entry: entry)
        }
        if header[18] == 2 || header[19] == 2 {
            try? handle.seek(toOffset: 18)
            try? handle.write(contentsOf: Data([1, 1]))
        }
    }

    private static func parseModels(_ json: String, file: String) throws -> [Int64: Model] {
        let object = try jsonObject(json, what: "note types (col.models)", file: file)
        var models: [Int64: Model] = [:]
        for (key, value) in object {
            guard let id = Int64(key), let model = value as? [String: Any] else { continue }
            let name = model["name"] as? String ?? ""
            let type = (model["type"] as? NSNumber)?.intValue ?? 0
            models[id] = Model(name: name, isCloze: type == 1)
        }
        if models.isEmpty {
            throw AnkiPackageError.malformedCollection(
                file: file,
                reason: "it lists no note types (a newer schema?); in Anki export with "
                    + "'Support older Anki versions' checked, then import again")
        }
        return models
    }

    private static func parseDecks(_ json: String, file: String) throws -> [Int64: String] {
        var decks: [Int64: String] = [:]
        for (key, value) in try jsonObject(json, what: "decks (col.decks)", file: file) {
            if let id = Int64(key), let name = (value as? [String: Any])?["name"] as? String {
                decks[id] = name
            }
        }
        return decks
    }

    private static func jsonObject(_ json: String, what: String, file: String) throws -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw AnkiPackageError.malformedCollection(file: file, reason: "its \(what) are not valid JSON")
        }
        return object
    }
}
