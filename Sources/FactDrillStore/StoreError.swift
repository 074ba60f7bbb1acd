import Foundation

/// Errors of the store module.
public enum StoreError: LocalizedError, Equatable {
    /// The database file could not be opened or created.
    case cannotOpen(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .cannotOpen(path, reason):
            return "cannot open the database \(path): \(reason)"
        }
    }
}
