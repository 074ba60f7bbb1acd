import Foundation

/// Errors of reading and writing Anki packages (`.apkg`); each names the file and how to fix it.
public enum AnkiPackageError: LocalizedError, Equatable, Sendable {
    /// The file could not be read at all.
    case cannotRead(file: String, reason: String)
    /// The file is not a zip archive.
    case notZip(file: String)
    /// The file starts like a zip archive but its directory cannot be read.
    case damagedZip(file: String)
    /// An entry's path would land outside the extraction folder.
    case unsafeEntry(file: String, entry: String)
    /// The archive declares or inflates to more than the limit.
    case tooLarge(file: String, bytes: UInt64, limit: UInt64)
    /// An entry inflates to more bytes than it declares.
    case sizeMismatch(file: String, entry: String)
    /// An entry compresses so well it is likely a zip bomb.
    case compressionBomb(file: String, entry: String, ratio: UInt64)
    /// The archive holds no collection.
    case noCollection(file: String)
    /// The archive holds only Anki 2.1.50+'s zstd collection.
    case newCompressedFormat(file: String)
    /// The collection entry is not an SQLite database.
    case notSQLite(file: String, entry: String)
    /// The collection is SQLite but not as Anki writes it.
    case malformedCollection(file: String, reason: String)
    /// Nothing in the package can become a card.
    case noCards(file: String, skipped: String)
    /// Writing a package failed.
    case cannotWrite(file: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .cannotRead(file, reason):
            return "\(file): cannot read the file: \(reason)"
        case let .notZip(file):
            return "\(file): not an Anki package (not a zip archive)"
        case let .damagedZip(file):
            return "\(file): the zip archive is damaged or truncated; export the package from Anki again"
        case let .unsafeEntry(file, entry):
            return "\(file): refused: the archive entry \"\(entry)\" would be written outside the import folder"
        case let .tooLarge(file, bytes, limit):
            return "\(file): refused: the package unpacks to \(bytes) bytes, more than the \(limit / 1_000_000) MB allowed"
        case let .sizeMismatch(file, entry):
            return "\(file): refused: \"\(entry)\" inflates past the size its archive declares (damaged or forged)"
        case let .compressionBomb(file, entry, ratio):
            return "\(file): refused: \"\(entry)\" would inflate \(ratio) times its packed size (a zip bomb?)"
        case let .noCollection(file):
            return "\(file): not an Anki package: no collection.anki21 or collection.anki2 inside"
        case let .newCompressedFormat(file):
            return "\(file): this package uses Anki 2.1.50+'s compressed format; in Anki export with "
                + "'Support older Anki versions' checked, then import again"
        case let .notSQLite(file, entry):
            return "\(file): \(entry) is not an SQLite database; export the package from Anki again"
        case let .malformedCollection(file, reason):
            return "\(file): the collection cannot be read: \(reason)"
        case let .noCards(file, skipped):
            return "\(file): no Basic notes to import (\(skipped))"
        case let .cannotWrite(file, reason):
            return "\(file): cannot write the Anki package: \(reason)"
        }
    }
}
