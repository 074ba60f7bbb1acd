import CZstd
import GRDBSQLite

/// The system libraries the store runs on, for `factdrill doctor`: SQLite (libsqlite3-dev) and
/// zstd (libzstd-dev, today's Anki packages).
public enum SystemLibraries {
    /// `[("SQLite", "3.40.1"), ("zstd", "1.5.4")]`, as the loaded libraries report them.
    public static var versions: [(name: String, version: String)] {
        [("SQLite", String(cString: sqlite3_libversion())), ("zstd", String(cString: ZSTD_versionString()))]
    }
}
