import FactDrillApp
import FactDrillStore
import Foundation

/// Tab completion for the shell: commands as the first word, deck ids after `study`/`stats`,
/// `ar`/`en`/`both` after `lang`, in-session commands after a `:`.
enum ReplCompletion {
    /// The completer for a shell over `database`.
    static func completer(database: StudyDatabase, clock: Clock) -> LineCompleter {
        { lineBeforeCursor, word in
            let words = lineBeforeCursor.split(separator: " ").map(String.init)
            let isFirstWord = words.count <= 1 && !lineBeforeCursor.hasSuffix(" ")
            if word.hasPrefix(":") { return StudyDriver.inSessionCommands }
            if isFirstWord { return ReplShell.commands.map(\.name) }
            switch words.first {
            case "study", "stats":
                let decks = (try? database.decks(now: clock.now()).map(\.id)) ?? []
                return words.first == "study" ? decks + ["--ahead"] : decks
            case "lang":
                return LanguageChoice.allCases.map(\.rawValue)
            case "import":
                return paths(completing: word)
            default:
                return []
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
        return names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            let full = ((expanded.isEmpty ? "." : expanded) as NSString).appendingPathComponent(name)
            FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            return folder + name + (isDirectory.boolValue ? "/" : "")
        }
    }
}
