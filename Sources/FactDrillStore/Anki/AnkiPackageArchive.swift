import Foundation
import ZIPFoundation

/// The zip side of an Anki package (`.apkg`, `.colpkg`): checks every entry, extracts the
/// collection (today's zstd `collection.anki21b`, else `collection.anki21`, else the legacy
/// `collection.anki2`), reads the media map, and extracts media files on request.
struct AnkiPackageArchive {
    /// A media file of the package: the name notes use, and the zip entry that holds it.
    struct MediaFile: Hashable, Sendable {
        var name: String
        var entry: String
        /// Whether the entry is zstd-compressed (today's packages).
        var compressed: Bool
    }

    let url: URL
    let limits: AnkiPackageReader.Limits
    private var file: String { url.lastPathComponent }

    /// Extracts the collection into `folder`; returns its path, its entry's name and the media
    /// files the package lists. Refuses unsafe paths, absurd sizes and damaged streams.
    func extractCollection(into folder: URL) throws -> (path: URL, entry: String, media: [MediaFile]) {
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
        let target = folder.appendingPathComponent("collection.sqlite")
        // Today's packages also carry a stub collection.anki2 that only says "please update Anki".
        let modern = byName["collection.anki21b"]
        if let modern {
            try extract(modern, from: archive, to: target, zstd: true)
        } else if let entry = byName["collection.anki21"] ?? byName["collection.anki2"] {
            try extract(entry, from: archive, to: target, zstd: false)
        } else {
            throw AnkiPackageError.noCollection(file: file)
        }
        let entry = modern?.path ?? (byName["collection.anki21"] ?? byName["collection.anki2"])!.path
        let media = try byName["media"].map { try mediaFiles($0, from: archive, modern: modern != nil, byName: byName) }
        return (target, entry, media ?? [])
    }

    /// Extracts one media file's bytes (decompressed), refusing more than `limit` bytes.
    func mediaBytes(_ media: MediaFile, limit: UInt64) throws -> Data {
        let archive = try open()
        guard let entry = archive[media.entry] else { throw AnkiPackageError.noCollection(file: file) }
        var data = Data()
        try stream(entry, from: archive, zstd: media.compressed, limit: limit) { data.append($0) }
        return data
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

    /// The media map: JSON `{"0": "name.png"}` in legacy packages; in today's, a zstd protobuf
    /// list of entries (name, size, sha1) whose position is the zip entry's name.
    private func mediaFiles(_ entry: Entry, from archive: Archive, modern: Bool, byName: [String: Entry]) throws
        -> [MediaFile]
    {
        var data = Data()
        try stream(entry, from: archive, zstd: false, limit: 64_000_000) { data.append($0) }
        var files: [MediaFile] = []
        if modern {
            let decoded: Data
            do {
                decoded = try ZstdDecoder.decode(data, limit: 64_000_000)
            } catch {
                throw AnkiPackageError.damagedStream(file: file, entry: "media", reason: "\(error)")
            }
            do {
                for (index, item) in try ProtobufReader.fields(of: decoded).enumerated() where item.field == 1 {
                    guard let bytes = item.value.bytes else { continue }
                    var name = ""
                    var zipName = String(index)
                    for field in try ProtobufReader.fields(of: bytes) {
                        if field.field == 1 { name = field.value.string ?? "" }
                        if field.field == 255, let number = field.value.integer { zipName = String(number) }
                    }
                    files.append(MediaFile(name: name, entry: zipName, compressed: true))
                }
            } catch let error as ProtobufReader.Malformed {
                throw AnkiPackageError.malformedMetadata(file: file, entry: "media", reason: error.reason)
            }
        } else {
            guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                throw AnkiPackageError.malformedMetadata(file: file, entry: "media", reason: "not a JSON object")
            }
            for (key, value) in object {
                guard let name = value as? String else { continue }
                files.append(MediaFile(name: name, entry: key, compressed: false))
            }
        }
        for media in files {
            guard AnkiPackageArchive.isSafeMediaName(media.name) else {
                throw AnkiPackageError.unsafeMediaName(file: file, name: media.name)
            }
        }
        // (A listed file the archive lacks is left out, as Anki does.)
        return files.filter { byName[$0.entry] != nil }.sorted { $0.name < $1.name }
    }

    /// A media name is a plain file name: no folder, no "..", no control characters.
    static func isSafeMediaName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\\")
            && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } && name.utf8.count <= 255
    }

    /// Streams `entry` to `target`, decompressing zstd when asked, stopping once more bytes
    /// arrive than it declared (zip) or the limit (zstd streams declare nothing).
    private func extract(_ entry: Entry, from archive: Archive, to target: URL, zstd: Bool) throws {
        guard FileManager.default.createFile(atPath: target.path, contents: nil),
            let output = FileHandle(forWritingAtPath: target.path)
        else {
            throw AnkiPackageError.cannotRead(
                file: file, reason: "cannot create a temporary file in \(target.deletingLastPathComponent().path)")
        }
        defer { try? output.close() }
        try stream(entry, from: archive, zstd: zstd, limit: limits.maxTotalBytes) { try output.write(contentsOf: $0) }
    }

    private func stream(
        _ entry: Entry, from archive: Archive, zstd: Bool, limit: UInt64, to sink: (Data) throws -> Void
    ) throws {
        try withoutActuallyEscaping(sink) { sink in try stream(entry, from: archive, zstd: zstd, limit: limit, sink) }
    }

    private func stream(
        _ entry: Entry, from archive: Archive, zstd: Bool, limit: UInt64, _ sink: @escaping (Data) throws -> Void
    ) throws {
        var packed: UInt64 = 0
        var written: UInt64 = 0
        let decoder = zstd ? ZstdDecoder() : nil
        let write: (Data) throws -> Void = { piece in
            written += UInt64(piece.count)
            if written > limit { throw AnkiPackageError.tooLarge(file: file, bytes: written, limit: limit) }
            // A zstd stream may inflate past the ratio a zip entry is allowed.
            if zstd, written > limits.ratioCheckFloor, written / max(packed, 1) > limits.maxRatio {
                throw AnkiPackageError.compressionBomb(file: file, entry: entry.path, ratio: written / max(packed, 1))
            }
            try sink(piece)
        }
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                packed += UInt64(chunk.count)
                if packed > entry.uncompressedSize {
                    throw AnkiPackageError.sizeMismatch(file: file, entry: entry.path)
                }
                if let decoder { try decoder.feed(chunk, output: write) } else { try write(chunk) }
            }
            try decoder?.finish(output: write)
        } catch let error as AnkiPackageError {
            throw error
        } catch let failure as ZstdDecoder.Failure {
            let reason: String
            switch failure {
            case .truncated: reason = "the zstd stream ends early (truncated)"
            case .damaged(let message): reason = "the zstd stream is damaged (\(message))"
            }
            throw AnkiPackageError.damagedStream(file: file, entry: entry.path, reason: reason)
        } catch {
            throw AnkiPackageError.damagedZip(file: file)
        }
    }
}
