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

    /// Runs `body` in a read transaction with the file memory-mapped: pages are read in place
    /// instead of copied into the page cache by one `pread` each (on the 100k-card bench the
    /// first study queue reads ~1,700 scattered pages, the greeting's counts ~700). Only for
    /// reads of some thousand pages: mapped pages count in the process's RSS, so reads of whole
    /// tables (the stats) keep the plain path.
    func readMapped<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        try read(operation) { db in
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mappedBytes)")
            let result = Result { try body(db) }
            try db.execute(sql: "PRAGMA mmap_size = 0")
            return try result.get()
        }
    }

    /// How much of the file `readMapped` maps (SQLite reads past it as usual).
    static let mappedBytes = 1 << 30

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
