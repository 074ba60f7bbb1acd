import FactDrillKit
import Foundation
import GRDB

/// A row of `decks` as the store reads it back: the deck's id, title, languages and source.
/// (Installs write decks with the cards, in `StudyDatabase+Install.swift`.)
struct DeckRecord: Hashable {
    /// The deck id (the table's primary key).
    var id: String
    /// The title per language.
    var title: LocalizedText
    /// The languages of the deck's cards.
    var languages: [LanguageCode]
    /// Where the deck was installed from.
    var source: DeckSource
    /// When the deck was first installed.
    var installedAt: Date
    /// When the deck was last (re)installed.
    var updatedAt: Date
}

// MARK: - Database

extension DeckRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "decks"

    /// The table's columns read back (`article` is written by installs and read by no one yet).
    enum Columns {
        static let id = Column("id")
        static let title = Column("title")
        static let languages = Column("languages")
        static let sourceKind = Column("source_kind")
        static let sourcePath = Column("source_path")
        static let contentHash = Column("content_hash")
        static let installedAt = Column("installed_at")
        static let updatedAt = Column("updated_at")
    }

    /// The columns `init(row:)` reads.
    static var databaseSelection: [any SQLSelectable] {
        [
            Columns.id, Columns.title, Columns.languages, Columns.sourceKind, Columns.sourcePath, Columns.contentHash,
            Columns.installedAt, Columns.updatedAt,
        ]
    }

    init(row: Row) throws {
        let id: String = row[Columns.id]
        func fail(_ reason: String) -> StoreError { StoreError.corruptRow(table: "decks", id: id, reason: reason) }
        guard
            let source = DeckSource(
                kind: row[Columns.sourceKind], location: row[Columns.sourcePath],
                contentHash: row[Columns.contentHash])
        else {
            throw fail("unknown source kind")
        }
        self.id = id
        title = try JSONColumn.decode(LocalizedText.self, row[Columns.title], or: fail)
        languages = try JSONColumn.decode([String].self, row[Columns.languages], or: fail)
        self.source = source
        installedAt = Date(unixSeconds: row[Columns.installedAt])
        updatedAt = Date(unixSeconds: row[Columns.updatedAt])
    }

    /// Stores `hash` as the content hash of deck `id`.
    static func setContentHash(_ db: Database, id: String, _ hash: String) throws {
        try filter(key: id).updateAll(db, Columns.contentHash.set(to: hash))
    }
}
