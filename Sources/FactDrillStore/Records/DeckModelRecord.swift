import GRDB

/// A row of `deck_models`: the article model a deck was installed from, as its text.
struct DeckModelRecord: Hashable {
    /// The deck id (the table's primary key).
    var deckID: String
    /// The model's text as installed (YAML or JSON).
    var text: String
}

// MARK: - Database

extension DeckModelRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "deck_models"

    /// The table's columns.
    enum Columns {
        static let deckID = Column("deck_id")
        static let text = Column("text")
    }

    init(row: Row) {
        deckID = row[Columns.deckID]
        text = row[Columns.text]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.deckID] = deckID
        container[Columns.text] = text
    }
}
