import FactDrillApp
import FactDrillStore
import Foundation

/// Tab completion for the shell, from the same tables the parser and importer use: command
/// names (and `export`'s kinds) from `ShellCommand`, deck ids after `study`, `stats` and
/// `--deck`, `ar`/`en`/`both` after `lang` and `--lang`, stats formats after `--format`, files of
/// an importable format (and folders) after `import`, text files after `draft`, in-session commands after a `:`.
enum ReplCompletion {
    /// The completer for a shell over `database`.
    static func completer(database: StudyDatabase, clock: Clock) -> LineCompleter {
        { lineBeforeCursor, word in
            let words = lineBeforeCursor.split(separator: " ").map(String.init)
            let previous = lineBeforeCursor.hasSuffix(" ") ? words.last : words.dropLast().last
            let position = lineBeforeCursor.hasSuffix(" ") ? words.count : max(words.count - 1, 0)
            let decks = { (try? database.decks(now: clock.now()).map(\.id)) ?? [] }
            if word.hasPrefix(":") { return StudyDriver.inSessionCommands }
            if position == 0 { return ShellCommand.names }
            switch previous {
            case "--deck": return decks()
            case "--lang": return LanguageChoice.allCases.map(\.rawValue)
            case "--format": return StatsFormat.allCases.map(\.rawValue)
            default: break
            }
            switch words.first {
            case "study": return decks() + ["--ahead"]
            case "stats": return decks()
            case "lang": return LanguageChoice.allCases.map(\.rawValue)
            case "help": return position == 1 ? ShellCommand.names : []
            case "export":
                return position == 1 ? ShellCommand.subcommandNames(of: "export") : ["--deck", "--format", "-o"]
            case "import": return paths(completing: word).filter { $0.hasSuffix("/") || ImportFormat.isImportable($0) }
            case "draft":
                if word.hasPrefix("-") { return ["--published", "--lang", "--output", "--explain"] }
                return paths(completing: word).filter { $0.hasSuffix("/") || $0.lowercased().hasSuffix(".txt") }
            default: return []
            }
        }
    }

    /// Files and folders that complete `word` as a path (folders end with `/`), hidden ones only
    /// when the word starts with a dot.
    static func paths(completing word: String) -> [String] {
        let slash = word.lastIndex(of: "/")
        let folder = slash.map { String(word[...$0]) } ?? ""
        let prefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
        let expanded = (folder as NSString).expandingTildeInPath
        let names = (try? FileManager.default.contentsOfDirectory(atPath: expanded.isEmpty ? "." : expanded)) ?? []
        return names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map {
            name in
            var isDirectory: ObjCBool = false
            let full = ((expanded.isEmpty ? "." : expanded) as NSString).appendingPathComponent(name)
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            return folder + name + (isDirectory.boolValue ? "/" : "")
        }
    }
}
