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
            if word.hasPrefix(":") { return StudySession.inSessionCommands }
            if isFirstWord { return ReplShell.commands.map(\.name) }
            switch words.first {
            case "study", "stats":
                let decks = (try? database.decks(now: clock.now()).map(\.id)) ?? []
                return words.first == "study" ? decks + ["--ahead"] : decks
            case "lang":
                return LanguageChoice.allCases.map(\.rawValue)
            default:
                return []
            }
        }
    }
}
