import FactDrillKit
import Foundation
import GRDB

/// A media file of an imported card: the name cards use (`flag.png`) and the file that holds it
/// in the media folder, named by its content (`<sha256>.png`).
public struct MediaFile: Hashable, Sendable {
    public var name: String
    public var file: String
    public var size: Int

    public init(name: String, file: String, size: Int) {
        self.name = name
        self.file = file
        self.size = size
    }

    /// The content-addressed file name of `data` named `name`: its SHA-256 and `name`'s
    /// extension (letters and digits only, so the file name is always plain).
    public static func storedName(of data: Data, name: String) -> String {
        let ext = (name as NSString).pathExtension.lowercased()
        let plain = ext.count <= 8 && !ext.isEmpty && ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return SHA256.hex(data) + (plain ? "." + ext : "")
    }
}

extension StudyDatabase {
    /// The media folder beside the database (`factdrill.media` next to `factdrill.sqlite`); an
    /// in-memory database's is a folder of its own in the temporary directory.
    public var mediaFolder: URL {
        if path == ":memory:" {
            return FileManager.default.temporaryDirectory.appendingPathComponent(
                "factdrill-memory-media-\(getpid())-\(UInt(bitPattern: ObjectIdentifier(self).hashValue))")
        }
        let url = URL(fileURLWithPath: path)
        return url.deletingPathExtension().appendingPathExtension("media")
    }

    /// The file holding the media file `name`, if an import brought one and it is still there.
    public func mediaFile(named name: String) throws -> URL? {
        let stored = try read("finding a media file") { db in
            try String.fetchOne(db, sql: "SELECT file FROM media_files WHERE name = ?", arguments: [name])
        }
        guard let stored, !stored.contains("/"), !stored.hasPrefix(".") else { return nil }
        let url = mediaFolder.appendingPathComponent(stored)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Records media files (already in the media folder) by name, inside an install's transaction.
    func recordMedia(_ files: [MediaFile], in db: Database, now: Date) throws {
        for file in files {
            try db.execute(
                sql: """
                    INSERT INTO media_files (name, file, size, added_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET file = excluded.file, size = excluded.size, added_at = excluded.added_at
                    """, arguments: [file.name, file.file, file.size, now.unixSeconds])
        }
    }
}
