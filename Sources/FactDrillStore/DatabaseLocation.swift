import Foundation

/// Where the study database lives.
public enum DatabaseLocation {
    /// The database file name under the data directory.
    public static let fileName = "factdrill.sqlite"

    /// The database path: `flag` (`--db`), else `FACTDRILL_DB`, else
    /// `$XDG_DATA_HOME/factdrill/factdrill.sqlite`, else `$HOME/.local/share/factdrill/factdrill.sqlite`.
    ///
    /// Empty values count as unset; a relative `XDG_DATA_HOME` is ignored, as the XDG spec asks.
    /// The caller creates the parent directory.
    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let path = environment["FACTDRILL_DB"], !path.isEmpty { return path }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return join(xdg, "factdrill", fileName)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return join(home, ".local", "share", "factdrill", fileName)
    }

    /// The readline history file kept next to the database.
    public static func historyPath(forDatabase path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return join(directory.isEmpty ? "." : directory, "factdrill_history")
    }

    private static func join(_ first: String, _ rest: String...) -> String {
        rest.reduce(first) { ($0 as NSString).appendingPathComponent($1) }
    }
}
