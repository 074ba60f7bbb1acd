import Foundation
import GRDB

/// Reading and writing with SQLite errors turned into `StoreError`s.
extension StudyDatabase {
    /// Runs `body` in a write transaction.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        try Self.mapErrors(path: path, operation) { try writer.write(body) }
    }

    /// Runs `body` in a read transaction (a snapshot: consistent across its queries).
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        try Self.mapErrors(path: path, operation) { try writer.read(body) }
    }

    static func mapErrors<T>(path: String, _ operation: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                throw StoreError.busy(path: path)
            }
            throw StoreError.sqlite(operation: operation, message: describe(error))
        }
    }

    static func describe(_ error: DatabaseError) -> String {
        error.message ?? "SQLite error \(error.resultCode.rawValue)"
    }
}

/// SQL functions factdrill registers on every connection.
enum SQLFunctions {
    /// `pow(x, y)`: x to the power y, for SQLite builds without the math functions.
    static let power = DatabaseFunction("pow", argumentCount: 2, pure: true) { values in
        guard let x = Double.fromDatabaseValue(values[0]), let y = Double.fromDatabaseValue(values[1]) else {
            return nil
        }
        return Foundation.pow(x, y)
    }
}

/// Dates as stored: unix seconds (REAL, UTC).
extension Date {
    /// The date as stored in the database.
    var unixSeconds: Double { timeIntervalSince1970 }

    /// A date from a stored column value.
    init(unixSeconds: Double) { self.init(timeIntervalSince1970: unixSeconds) }
}
