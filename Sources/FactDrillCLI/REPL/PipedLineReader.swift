import CReadline
import Foundation

/// Reads plain lines from standard input when it is not a terminal: no echo, no escapes.
///
/// Invalid UTF-8 in the input becomes U+FFFD; `\n` and `\r\n` end a line. A final line without
/// a terminator is still returned before `.endOfInput`.
public final class PipedLineReader: LineReader {
    /// The completion provider; unused, since a pipe has no Tab key.
    public var completer: LineCompleter?
    private let showsPrompt: Bool
    private let read: () -> String?

    /// A reader of standard input; `showsPrompt` writes each prompt (plain text) to standard output.
    public convenience init(showsPrompt: Bool = false) {
        self.init(showsPrompt: showsPrompt, read: { Swift.readLine(strippingNewline: true) })
    }

    /// A reader over any line source, for tests of the piped behaviour.
    init(showsPrompt: Bool, read: @escaping () -> String?) {
        self.showsPrompt = showsPrompt
        self.read = read
    }

    /// Returns the next line, or `.endOfInput` at the end of the input; never `.interrupted`.
    public func readLine(prompt: String) -> LineInput {
        if showsPrompt {
            fputs(prompt, fd_stdout())
            fflush(fd_stdout())
        }
        guard let line = read() else { return .endOfInput }
        return .line(line)
    }

    /// Does nothing: piped input keeps no history.
    public func addHistory(_ line: String) {}
}
