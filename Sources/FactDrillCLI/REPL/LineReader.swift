import Foundation

/// What one attempt to read a line produced.
public enum LineInput: Equatable, Sendable {
    /// A line the user entered, without its line terminator.
    case line(String)
    /// Ctrl-C: the line being typed was cancelled; the caller shows a fresh prompt.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input: the caller leaves.
    case endOfInput
}

/// Proposes completions for the word at the cursor.
///
/// `lineBeforeCursor` is the whole line up to the cursor (the word included), `word` the
/// blank-separated word being completed (possibly empty). Readers keep only candidates that
/// start with `word` and contain no control characters, so a completer may return every
/// candidate that fits the context.
public typealias LineCompleter = @Sendable (_ lineBeforeCursor: String, _ word: String) -> [String]

/// The source of the lines the REPL reads: a terminal with line editing, a pipe, or a script.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (where the reader shows prompts) and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Records a line in the history (persisted by readers that keep one; a no-op otherwise).
    func addHistory(_ line: String)
    /// The completion provider used for Tab; `nil` disables completion.
    var completer: LineCompleter? { get set }
}

extension LineReader {
    /// The candidates a completer's answer leaves for `word`: those that extend it and print
    /// as they are (a deck id with control characters is never offered), without duplicates,
    /// in the completer's order.
    static func candidates(from proposals: [String], for word: String) -> [String] {
        var seen = Set<String>()
        return proposals.filter {
            $0.hasPrefix(word) && TerminalText.isClean($0) && seen.insert($0).inserted
        }
    }
}

/// Chooses the line reader for the current process.
public enum LineReaders {
    /// GNU readline when both standard input and output are terminals, plain lines otherwise.
    ///
    /// `historyFile` is where readline keeps its history (`nil`: no persistent history). When
    /// standard input is a terminal but output is not, prompts are still written, plainly.
    public static func standard(
        historyFile: URL?,
        stdinIsTTY: Bool = isatty(STDIN_FILENO) != 0,
        stdoutIsTTY: Bool = isatty(STDOUT_FILENO) != 0
    ) -> LineReader {
        if stdinIsTTY && stdoutIsTTY {
            return ReadlineLineReader(historyFile: historyFile)
        }
        return PipedLineReader(showsPrompt: stdinIsTTY)
    }
}
