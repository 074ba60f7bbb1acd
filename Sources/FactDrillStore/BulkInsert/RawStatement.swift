import GRDB
import GRDBSQLite

/// A GRDB statement driven through SQLite's C API, for the one loop where per-row overhead
/// matters: installing 100,000 cards. GRDB's `execute(arguments:)` boxes every value in a
/// `DatabaseValue` and an array of existentials; binding a Swift string's UTF-8 directly costs
/// a copy and nothing else. The statement stays GRDB's (prepared, cached and finalized by it).
///
/// The store's only raw SQLite calls are here, used by `CardInserter` and `writeCards` alone,
/// behind `installDeck`.
struct RawStatement {
    private let statement: Statement
    private let db: Database

    /// Wraps `statement` of `db`; bind parameters are numbered from 1 as in SQL.
    init(_ statement: Statement, in db: Database) {
        self.statement = statement
        self.db = db
    }

    /// Binds text (SQLite copies it, up to its first NUL as GRDB binds strings) or NULL.
    func bind(_ index: Int32, _ text: String?) {
        guard let text else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        _ = text.withCString { sqlite3_bind_text(statement.sqliteStatement, index, $0, -1, RawStatement.transient) }
    }

    /// Binds NULL.
    func bindNull(_ index: Int32) {
        sqlite3_bind_null(statement.sqliteStatement, index)
    }

    /// Binds `count` bytes of UTF-8 at `bytes` as text without copying them: they must stay
    /// valid and unchanged until the statement has run (`execute`).
    func bindStatic(_ index: Int32, _ bytes: UnsafeRawPointer, count: Int32) {
        sqlite3_bind_text(statement.sqliteStatement, index, bytes, count, nil)
    }

    /// Binds a REAL.
    func bind(_ index: Int32, _ value: Double) {
        sqlite3_bind_double(statement.sqliteStatement, index, value)
    }

    /// Binds an INTEGER.
    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(statement.sqliteStatement, index, value)
    }

    /// Unbinds every parameter (no pointer of a `bindStatic` outlives its caller).
    func clearBindings() {
        sqlite3_clear_bindings(statement.sqliteStatement)
    }

    /// Runs the statement once (it returns no rows) and resets it for the next bindings.
    func execute() throws {
        let code = sqlite3_step(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            let message = db.lastErrorMessage
            sqlite3_reset(statement.sqliteStatement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(statement.sqliteStatement)
    }

    /// SQLite's SQLITE_TRANSIENT: copy the bound bytes before returning.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
