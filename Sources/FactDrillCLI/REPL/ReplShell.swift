import ArgumentParser
import FactDrillApp
import FactDrillStore
import Foundation

/// The interactive shell: reads lines and runs them through `ShellCommand`'s parser until `quit`
/// or the end of input. Errors of one command are printed and the shell goes on.
final class ReplShell {
    let environment: CommandEnvironment
    let reader: LineReader
    private var context: AppContext { environment.context }
    private var console: Console { environment.console }

    init(environment: CommandEnvironment, reader: LineReader) {
        self.environment = environment
        self.reader = reader
    }

    /// Runs the shell until `quit` or end of input.
    func run() {
        console.line(
            "factdrill: \(summaryLine()) Type ", .bold("study"), " to begin, ", .bold("help"), " for commands.")
        while true {
            switch reader.readLine(prompt: console.render([.cyan("factdrill> ")])) {
            case .endOfInput:
                return
            case .interrupted:
                continue
            case .line(let line):
                let words = ReplShell.split(line)
                guard !words.isEmpty else { continue }
                reader.addHistory(line)
                if !execute(words) { return }
            }
        }
    }

    /// Runs one line's words; false when the shell should end (`quit`).
    @discardableResult
    func execute(_ words: [String]) -> Bool {
        var words = words
        if ["?", "-h", "--help"].contains(words[0]) { words[0] = "help" }
        guard let name = words.first, ShellCommand.names.contains(name) || name.hasPrefix("-") else {
            console.line("unknown command '\(words.first ?? "")'; type help")
            return true
        }
        if name == "help" {
            show(ShellCommand.help(for: Array(words.dropFirst())))
            return true
        }
        let command: ParsableCommand
        do {
            command = try ShellCommand.parseAsRoot(words)
        } catch {
            // Help, usage and argument errors: the parser's text, and the shell goes on.
            show(ShellCommand.fullMessage(for: error))
            return true
        }
        if command is QuitCommand { return false }
        do {
            if let command = command as? any DatabaseCommand, let db = command.global.db {
                throw CLIError.shellOption("--db \(db)", reason: "the shell works on \(context.databasePath)")
            }
            guard let runnable = command as? any ShellRunnable else {
                // The parser's own help command (`stats --help`): the same text as `help stats`.
                show(ShellCommand.help(for: words.filter { !$0.hasPrefix("-") }))
                return true
            }
            try runnable.run(in: environment)
        } catch {
            console.error(error.localizedDescription)
        }
        return true
    }

    /// Prints the parser's text line by line, as the shell's own (`usage: export …`).
    private func show(_ text: String) {
        let shellText = text.replacingOccurrences(of: "Usage:  ", with: "usage: ")
            .replacingOccurrences(of: "USAGE:  ", with: "usage: ")
            .replacingOccurrences(of: "See ' ", with: "See '")
        for line in shellText.trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false)
        {
            line.isEmpty ? console.blankLine() : console.line(Span(String(line)))
        }
    }

    /// `2 decks, 37 cards due now.`
    private func summaryLine() -> String {
        guard let overview = try? context.database.overview(now: context.clock.now()) else { return "" }
        return "\(overview.decks) deck\(overview.decks == 1 ? "" : "s"), \(overview.dueNow) due, \(overview.new) new."
    }

    /// Splits a command line into words; double or single quotes group words with spaces.
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
