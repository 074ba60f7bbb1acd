import FactDrillKit
import Foundation
import GRDB

// MARK: - Database

/// Reading cards back from `cards` joined to `card_schedule`.
extension StoredCard: FetchableRecord {
    /// The select list that `init(row:)` reads; alias `c` for cards and `s` for card_schedule.
    static let selection = """
        c.id, c.deck_id, c.card_key, c.fact, c.kind, c.format, c.prompt, c.answer, c.choices,
        c.accept, c.reject, c.evidence, c.tags, c.retired,
        s.state, s.step, s.stability, s.difficulty, s.due, s.last_review, s.reps, s.lapses,
        s.suspended, s.buried_until
        """

    /// `FROM` clause joining a card to its schedule.
    static let source = "cards c JOIN card_schedule s ON s.card_id = c.id"

    /// The card with row id `id`, retired or not; nil if there is none.
    static func fetch(_ db: Database, id: Int64) throws -> StoredCard? {
        try fetchOne(db, sql: "SELECT \(selection) FROM \(source) WHERE c.id = ?", arguments: [id])
    }

    /// Decodes a row selected with `selection`.
    public init(row: Row) throws {
        let id: Int64 = row["id"]
        let key: String = row["card_key"]
        func fail(_ reason: String) -> StoreError {
            StoreError.corruptRow(table: "cards", id: "\(id) \(key)", reason: reason)
        }
        guard let format = CardFormat(rawValue: row["format"] as String) else {
            throw fail("unknown format \(row["format"] as String)")
        }
        let card = DeckCard(
            id: key, fact: row["fact"], kind: row["kind"], format: format,
            prompt: try JSONColumn.decode(LocalizedText.self, row["prompt"], or: fail),
            answer: try JSONColumn.decode(LocalizedText.self, row["answer"], or: fail),
            accept: try JSONColumn.decode([String].self, row["accept"], or: fail),
            choices: try JSONColumn.decodeOptional([LocalizedText].self, row["choices"], or: fail),
            evidence: row["evidence"],
            tags: try JSONColumn.decode([String].self, row["tags"], or: fail),
            reject: try JSONColumn.decodeOptional([String].self, row["reject"], or: fail))
        self.init(
            id: id, deckID: row["deck_id"], card: card, schedule: try ScheduleState(row: row, .current, or: fail),
            suspended: row["suspended"], buriedUntil: (row["buried_until"] as Double?).map(Date.init(unixSeconds:)),
            retired: row["retired"])
    }
}

/// JSON text columns: written with sorted keys so equal values give equal text.
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, arrays and dictionaries of strings cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func encodeOptional<T: Encodable>(_ value: T?) -> String? {
        value.map { encode($0) }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String, or fail: (String) -> StoreError) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw fail("bad JSON \(String(text.prefix(40)))")
        }
    }

    static func decodeOptional<T: Decodable>(_ type: T.Type, _ text: String?, or fail: (String) -> StoreError) throws
        -> T?
    {
        guard let text else { return nil }
        return try decode(type, text, or: fail)
    }
}
