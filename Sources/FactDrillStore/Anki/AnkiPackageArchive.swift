import Foundation
import ZIPFoundation

/// The zip side of an `.apkg`: checks every entry, then extracts the collection alone.
struct AnkiPackageArchive {
    let url: URL
    let limits: AnkiPackageReader.Limits
    private var file: String { url.lastPathComponent }

    /// Extracts the collection (`collection.anki21`, else `collection.anki2`) into `folder` and
    /// returns its path and entry name; refuses unsafe paths, absurd sizes and anki21b packages.
    func extractCollection(into folder: URL) throws -> (path: URL, entry: String) {
        let archive = try open()
        let entries = Array(archive)
        var declared: UInt64 = 0
        for entry in entries {
            try checkPath(entry)
            declared &+= entry.uncompressedSize
            let ratio = entry.uncompressedSize / max(entry.compressedSize, 1)
            if entry.uncompressedSize > limits.ratioCheckFloor, ratio > limits.maxRatio {
                throw AnkiPackageError.compressionBomb(file: file, entry: entry.path, ratio: ratio)
            }
        }
        guard declared <= limits.maxTotalBytes else {
            throw AnkiPackageError.tooLarge(file: file, bytes: declared, limit: limits.maxTotalBytes)
        }
        let byName = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        // Newer packages carry a stub collection.anki2 that only says "please update Anki".
        if byName["collection.anki21b"] != nil { throw AnkiPackageError.newCompressedFormat(file: file) }
        guard let entry = byName["collection.anki21"] ?? byName["collection.anki2"] else {
            throw AnkiPackageError.noCollection(file: file)
        }
        let target = folder.appendingPathComponent("collection.sqlite")
        try extract(entry, from: archive, to: target)
        return (target, entry.path)
    }

    private func open() throws -> Archive {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw AnkiPackageError.cannotRead(file: file, reason: "no such file, or no permission to read it")
        }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        do {
            return try Archive(url: url, accessMode: .read)
        } catch {
            if magic.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw AnkiPackageError.damagedZip(file: file) }
            throw AnkiPackageError.notZip(file: file)
        }
    }

    private func checkPath(_ entry: Entry) throws {
        let path = entry.path
        let parts = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        let absolute =
            path.hasPrefix("/") || path.hasPrefix("\\")
            || (path.count >= 2 && path.dropFirst().first == ":")
        if absolute || parts.contains("..") || path.isEmpty || entry.type == .symlink {
            throw AnkiPackageError.unsafeEntry(file: file, entry: path)
        }
    }

    /// Streams `entry` to `target`, stopping once more bytes arrive than it declared or the limit.
    private func extract(_ entry: Entry, from archive: Archive, to target: URL) throws {
        guard FileManager.default.createFile(atPath: target.path, contents: nil),
            let output = FileHandle(forWritingAtPath: target.path)
        else {
            throw AnkiPackageError.cannotRead(
                file: file, reason: "cannot create a temporary file in \(target.deletingLastPathComponent().path)")
        }
        defer { try? output.close() }
        var written: UInt64 = 0
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                written += UInt64(chunk.count)
                if written > limits.maxTotalBytes {
                    throw AnkiPackageError.tooLarge(file: file, bytes: written, limit: limits.maxTotalBytes)
                }
                if written > entry.uncompressedSize {
                    throw AnkiPackageError.sizeMismatch(file: file, entry: entry.path)
                }
                try output.write(contentsOf: chunk)
            }
        } catch let error as AnkiPackageError {
            throw error
        } catch {
            throw AnkiPackageError.damagedZip(file: file)
        }
    }
}
