import Foundation
import GRDB

/// What an import needs of an Anki collection, read with SQL, read-only: note types with their
/// fields and templates, decks, notes, cards with their scheduling, and the review log. Reads
/// both the legacy schema (11, note types and decks as JSON in `col`) and today's (18, tables of
/// their own with protobuf configs).
struct AnkiCollection {
    /// A note type: its fields in order and its card templates.
    struct Notetype: Sendable {
        var id: Int64
        var name: String
        var isCloze: Bool
        var fields: [String]
        var templates: [Template]
    }

    /// A card template: its front and back as Anki's template language writes them.
    struct Template: Sendable {
        var ord: Int
        var name: String
        var front: String
        var back: String
    }

    /// A row of `notes`.
    struct Note: Sendable {
        var id: Int64
        var guid: String
        var notetypeID: Int64
        var modified: Int64
        var tags: String
        var fields: [String]
    }

    /// A row of `cards`, as Anki keeps it.
    struct Card: Sendable {
        var id: Int64
        var noteID: Int64
        var deckID: Int64
        var ord: Int
        var modified: Int64
        var type: Int
        var queue: Int
        var due: Int64
        var interval: Int
        var factor: Int
        var reps: Int
        var lapses: Int
        var left: Int
        var originalDue: Int64
        var originalDeckID: Int64
        var flags: Int
        var data: String

        /// The deck the card belongs to (its home deck while it sits in a filtered one).
        var homeDeckID: Int64 { originalDeckID != 0 ? originalDeckID : deckID }
    }

    /// A row of `revlog`.
    struct Review: Sendable {
        /// Milliseconds since 1970: when the answer was given.
        var id: Int64
        var cardID: Int64
        var ease: Int
        var interval: Int
        /// Milliseconds the answer took.
        var time: Int
        /// 0 learning, 1 review, 2 relearning, 3 filtered (cram), 4 manual, 5 rescheduled.
        var type: Int
    }

    /// The schema version (`col.ver`): 11 for legacy packages, 18 today.
    var schema: Int
    /// When the collection was created (unix seconds): day numbers count from its day.
    var created: Int64
    /// The hour Anki's day starts (`rollover` in the collection config; 4 when not said).
    var rolloverHour = 4
    var notetypes: [Int64: Notetype]
    /// Full deck names, subdecks joined with `::` as Anki shows them.
    var deckNames: [Int64: String]
    var notes: [Note]
    var cards: [Card]
    var reviews: [Review]

    /// Reads the collection at `path`; `file` and `entry` name it in errors.
    static func read(path: URL, file: String, entry: String) throws -> AnkiCollection {
        try checkSQLiteHeader(path: path, file: file, entry: entry)
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path.path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT ver, crt, models, decks FROM col") else {
                    throw AnkiPackageError.malformedCollection(file: file, reason: "the col table is empty")
                }
                let schema: Int = row["ver"] ?? 11
                let modern = try db.tableExists("notetypes")
                let notetypes =
                    modern
                    ? try AnkiSchema18.notetypes(db, file: file) : try parseModels(row["models"] ?? "", file: file)
                let decks = modern ? try AnkiSchema18.decks(db) : try parseDecks(row["decks"] ?? "", file: file)
                return AnkiCollection(
                    schema: schema, created: row["crt"] ?? 0, notetypes: notetypes, deckNames: decks,
                    notes: try notes(db), cards: try cards(db), reviews: try reviews(db))
            }
        } catch let error as AnkiPackageError {
            throw error
        } catch let error as DatabaseError {
            throw AnkiPackageError.malformedCollection(file: file, reason: error.message ?? "\(error)")
        }
    }

    private static func notes(_ db: Database) throws -> [Note] {
        try Row.fetchAll(db, sql: "SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id").map {
            Note(
                id: $0["id"], guid: $0["guid"], notetypeID: $0["mid"], modified: $0["mod"] ?? 0, tags: $0["tags"] ?? "",
                fields: (($0["flds"] as String?) ?? "").components(separatedBy: "\u{1F}"))
        }
    }

    private static func cards(_ db: Database) throws -> [Card] {
        let sql = """
            SELECT id, nid, did, ord, mod, type, queue, due, ivl, factor, reps, lapses, "left", odue, odid,
                   flags, data
            FROM cards ORDER BY nid, ord
            """
        return try Row.fetchAll(db, sql: sql).map { row in
            Card(
                id: row["id"], noteID: row["nid"], deckID: row["did"], ord: row["ord"], modified: row["mod"] ?? 0,
                type: row["type"] ?? 0, queue: row["queue"] ?? 0, due: row["due"] ?? 0, interval: row["ivl"] ?? 0,
                factor: row["factor"] ?? 0, reps: row["reps"] ?? 0, lapses: row["lapses"] ?? 0,
                left: row["left"] ?? 0, originalDue: row["odue"] ?? 0, originalDeckID: row["odid"] ?? 0,
                flags: row["flags"] ?? 0, data: row["data"] ?? "")
        }
    }

    private static func reviews(_ db: Database) throws -> [Review] {
        try Row.fetchAll(db, sql: "SELECT id, cid, ease, ivl, time, type FROM revlog ORDER BY cid, id")
            .map { row in
                Review(
                    id: row["id"], cardID: row["cid"], ease: row["ease"] ?? 0, interval: row["ivl"] ?? 0,
                    time: row["time"] ?? 0,
                    type: row["type"] ?? 0)
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

    /// Legacy note types: `col.models`, JSON by id, with `flds` and `tmpls`.
    private static func parseModels(_ json: String, file: String) throws -> [Int64: Notetype] {
        let object = try jsonObject(json, what: "note types (col.models)", file: file)
        var models: [Int64: Notetype] = [:]
        for (key, value) in object {
            guard let id = Int64(key), let model = value as? [String: Any] else { continue }
            let fields = (model["flds"] as? [[String: Any]] ?? [])
                .sorted { ($0["ord"] as? Int ?? 0) < ($1["ord"] as? Int ?? 0) }
                .map { $0["name"] as? String ?? "" }
            let templates = (model["tmpls"] as? [[String: Any]] ?? []).enumerated().map { index, template in
                Template(
                    ord: template["ord"] as? Int ?? index, name: template["name"] as? String ?? "",
                    front: template["qfmt"] as? String ?? "", back: template["afmt"] as? String ?? "")
            }
            models[id] = Notetype(
                id: id, name: model["name"] as? String ?? "", isCloze: (model["type"] as? NSNumber)?.intValue == 1,
                fields: fields, templates: templates.sorted { $0.ord < $1.ord })
        }
        if models.isEmpty {
            throw AnkiPackageError.malformedCollection(file: file, reason: "it lists no note types")
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

/// Today's schema (18): note types, their fields and templates, and decks in tables of their
/// own; configs are protobuf messages.
enum AnkiSchema18 {
    static func notetypes(_ db: Database, file: String) throws -> [Int64: AnkiCollection.Notetype] {
        var fields: [Int64: [(ord: Int, name: String)]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT ntid, ord, name FROM fields") {
            fields[row["ntid"], default: []].append((row["ord"], row["name"]))
        }
        var templates: [Int64: [AnkiCollection.Template]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT ntid, ord, name, config FROM templates") {
            var front = ""
            var back = ""
            for field in try message(row["config"], what: "a card template", file: file) {
                if field.field == 1 { front = field.value.string ?? "" }
                if field.field == 2 { back = field.value.string ?? "" }
            }
            templates[row["ntid"], default: []].append(
                .init(ord: row["ord"], name: row["name"], front: front, back: back))
        }
        var notetypes: [Int64: AnkiCollection.Notetype] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, config FROM notetypes") {
            let id: Int64 = row["id"]
            let config = try message(row["config"], what: "a note type", file: file)
            let kind = config.first { $0.field == 1 }?.value.integer ?? 0
            notetypes[id] = .init(
                id: id, name: row["name"], isCloze: kind == 1,
                fields: (fields[id] ?? []).sorted { $0.ord < $1.ord }.map(\.name),
                templates: (templates[id] ?? []).sorted { $0.ord < $1.ord })
        }
        if notetypes.isEmpty {
            throw AnkiPackageError.malformedCollection(file: file, reason: "it lists no note types")
        }
        return notetypes
    }

    /// Deck names: components joined by U+001F in the table, by `::` as Anki shows them.
    static func decks(_ db: Database) throws -> [Int64: String] {
        var decks: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM decks") {
            decks[row["id"]] = (row["name"] as String? ?? "").replacingOccurrences(of: "\u{1F}", with: "::")
        }
        return decks
    }

    private static func message(_ data: Data?, what: String, file: String) throws -> [(
        field: Int, value: ProtobufReader.Value
    )] {
        do {
            return try ProtobufReader.fields(of: data ?? Data())
        } catch let error as ProtobufReader.Malformed {
            throw AnkiPackageError.malformedCollection(
                file: file, reason: "\(what)'s settings are damaged: \(error.reason)")
        }
    }
}
