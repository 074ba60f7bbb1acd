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
    /// A compressed entry (zstd) is damaged or truncated.
    case damagedStream(file: String, entry: String, reason: String)
    /// The package's `meta` or media map cannot be read.
    case malformedMetadata(file: String, entry: String, reason: String)
    /// A media file's name would land outside the media folder.
    case unsafeMediaName(file: String, name: String)
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
        case .cannotRead(let file, let reason):
            return "\(file): cannot read the file: \(reason)"
        case .notZip(let file):
            return "\(file): not an Anki package (not a zip archive)"
        case .damagedZip(let file):
            return "\(file): the zip archive is damaged or truncated; export the package from Anki again"
        case .unsafeEntry(let file, let entry):
            return "\(file): refused: the archive entry \"\(entry)\" would be written outside the import folder"
        case .tooLarge(let file, let bytes, let limit):
            return
                "\(file): refused: the package unpacks to \(bytes) bytes, more than the \(limit / 1_000_000) MB allowed"
        case .sizeMismatch(let file, let entry):
            return "\(file): refused: \"\(entry)\" inflates past the size its archive declares (damaged or forged)"
        case .compressionBomb(let file, let entry, let ratio):
            return "\(file): refused: \"\(entry)\" would inflate \(ratio) times its packed size (a zip bomb?)"
        case .noCollection(let file):
            return "\(file): not an Anki package: no collection (collection.anki21b, .anki21 or .anki2) inside"
        case .damagedStream(let file, let entry, let reason):
            return "\(file): \(entry) cannot be unpacked: \(reason); export the package from Anki again"
        case .malformedMetadata(let file, let entry, let reason):
            return "\(file): the package's \(entry) list is damaged (\(reason)); export the package from Anki again"
        case .unsafeMediaName(let file, let name):
            return
                "\(file): refused: the media file name \"\(AnkiPackageError.visible(name))\" would be written outside the media folder"
        case .notSQLite(let file, let entry):
            return "\(file): \(entry) is not an SQLite database; export the package from Anki again"
        case .malformedCollection(let file, let reason):
            return "\(file): the collection cannot be read: \(reason)"
        case .noCards(let file, let skipped):
            return "\(file): no Basic notes to import (\(skipped))"
        case .cannotWrite(let file, let reason):
            return "\(file): cannot write the Anki package: \(reason)"
        }
    }

    /// A name as printed: control characters shown as `\u{…}` escapes (text from a package is data).
    static func visible(_ text: String) -> String {
        String(
            text.unicodeScalars.flatMap { scalar -> [Character] in
                scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                    ? Array("\\u{\(String(scalar.value, radix: 16))}") : [Character(scalar)]
            })
    }
}
