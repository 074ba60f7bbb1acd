import Foundation

/// Errors of the store module, written for the user: what is wrong, where, how to fix it.
public enum StoreError: LocalizedError, Equatable {
    /// The database file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer factdrill (it has migrations this build does not know).
    case newerSchema(path: String, schema: String, unknown: [String])
    /// Another factdrill holds the database longer than the busy timeout.
    case busy(path: String)
    /// The database could not be copied aside before a migration.
    case backupFailed(path: String, reason: String)
    /// A migration failed; the database is left as it was (each migration is one transaction).
    case migrationFailed(path: String, reason: String)
    /// A deck has two cards with the same id.
    case duplicateCardID(deck: String, cardID: String, index: Int)
    /// A deck cannot be installed as it is.
    case invalidDeck(deck: String, reason: String)
    /// No card has this row id.
    case unknownCard(id: Int64)
    /// No study session has this id.
    case unknownSession(id: Int64)
    /// A review to record is not valid.
    case invalidReview(reason: String)
    /// A stored row cannot be read back.
    case corruptRow(table: String, id: String, reason: String)
    /// Any other SQLite error, with the operation that met it.
    case sqlite(operation: String, message: String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the database \(path): \(reason)"
        case .newerSchema(let path, let schema, let unknown):
            return "the database \(path) was written by a newer factdrill (schema \(schema); unknown migrations: "
                + "\(unknown.joined(separator: ", "))); upgrade factdrill or use another --db"
        case .busy(let path):
            return "the database \(path) is busy (another factdrill is writing to it); try again in a moment"
        case .backupFailed(let path, let reason):
            return "cannot back up the database to \(path) before upgrading it: \(reason); free some space or "
                + "check permissions, the database was left unchanged"
        case .migrationFailed(let path, let reason):
            return "cannot upgrade the database \(path): \(reason); it was left unchanged (a backup is next to it)"
        case .duplicateCardID(let deck, let cardID, let index):
            return "deck \(deck): card \(index + 1) has the id \(cardID), already used by an earlier card; "
                + "card ids must be unique in a deck (nothing was installed)"
        case .invalidDeck(let deck, let reason):
            return "deck \(deck.isEmpty ? "(no id)" : deck): \(reason) (nothing was installed)"
        case .unknownCard(let id):
            return "no card has the id \(id) in this database"
        case .unknownSession(let id):
            return "no study session has the id \(id) in this database"
        case .invalidReview(let reason):
            return "cannot record the review: \(reason)"
        case .corruptRow(let table, let id, let reason):
            return "the database has an unreadable row in \(table) (\(id)): \(reason); run `factdrill doctor`"
        case .sqlite(let operation, let message):
            return "database error while \(operation): \(message)"
        }
    }
}
