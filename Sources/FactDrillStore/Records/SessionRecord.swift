import Foundation
import GRDB

/// A row of `sessions`: one study session of a deck (or of all decks).
struct SessionRecord: Hashable {
    /// The row id; nil until inserted.
    var id: Int64?
    /// The deck studied; nil for all decks.
    var deckID: String?
    /// When the session started.
    var startedAt: Date
    /// When it ended; nil while open (or if factdrill stopped first).
    var endedAt: Date?
}

// MARK: - Database

extension SessionRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "sessions"

    /// The table's columns.
    enum Columns {
        static let id = Column("id")
        static let deckID = Column("deck_id")
        static let startedAt = Column("started_at")
        static let endedAt = Column("ended_at")
    }

    init(row: Row) {
        id = row[Columns.id]
        deckID = row[Columns.deckID]
        startedAt = Date(unixSeconds: row[Columns.startedAt])
        endedAt = (row[Columns.endedAt] as Double?).map(Date.init(unixSeconds:))
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.deckID] = deckID
        container[Columns.startedAt] = startedAt.unixSeconds
        container[Columns.endedAt] = endedAt?.unixSeconds
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
