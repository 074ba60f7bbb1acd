import GRDB
import GRDBSQLite

/// The rows of a GRDB statement read through SQLite's C API, for the stats' passes over every
/// card and answer: a GRDB `Row` cursor retains, releases and boxes for each value, which cost
/// more than SQLite's own work on 100,000 rows. The statement stays GRDB's (prepared with its
/// arguments, finalized by it).
struct RawRows {
    private let statement: Statement
    private let db: Database

    /// Prepares `sql` with `arguments` in `db`.
    init(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws {
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        self.db = db
    }

    /// Steps to the next row: false when there is none left.
    func next() throws -> Bool {
        switch sqlite3_step(statement.sqliteStatement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage,
                sql: statement.sql)
        }
    }

    /// Column `index` (from 0) of the row as an integer (0 for NULL).
    func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(statement.sqliteStatement, index) }

    /// Column `index` as an `Int`.
    func int(_ index: Int32) -> Int { Int(int64(index)) }

    /// Column `index` as a flag: not 0.
    func bool(_ index: Int32) -> Bool { int64(index) != 0 }

    /// Column `index` as a REAL (0 for NULL).
    func double(_ index: Int32) -> Double { sqlite3_column_double(statement.sqliteStatement, index) }

    /// Column `index` as a REAL; nil for NULL.
    func optionalDouble(_ index: Int32) -> Double? {
        sqlite3_column_type(statement.sqliteStatement, index) == SQLITE_NULL ? nil : double(index)
    }
}
