import CReadline
import Foundation

/// Reads lines from a terminal with GNU readline: editing, persistent history, Tab completion.
///
/// Ctrl-C cancels the line being typed (`.interrupted`) and never stops the program; Ctrl-D on
/// an empty line returns `.endOfInput`. Readline runs in its callback mode under a `poll(2)` loop
/// that also watches a signal pipe (`ReadlineSignals`), so a signal is handled between
/// keystrokes, never inside readline. While a reader lives, SIGINT, SIGWINCH and SIGTSTP go to that
/// pipe (a Ctrl-C or Ctrl-Z while the program works is dropped); `deinit` restores the
/// previous handlers. Ctrl-Z at the prompt suspends with the terminal restored.
/// Readline's history list is process-wide: the newest reader's history is the one in use.
public final class ReadlineLineReader: LineReader {
    /// The completion provider used for Tab.
    public var completer: LineCompleter?
    /// The history file (`nil`: history lives only as long as the process).
    public let historyFile: URL?
    /// The most entries kept in memory and in the history file.
    public let historyLimit: Int
    private let signalPipe: Int32?
    private var lastHistoryLine: String?

    /// Sets up readline: the locale, signal routing, completion, and the history read from
    /// `historyFile` (created, with its folder, when missing; an unusable file is ignored).
    public init(historyFile: URL?, historyLimit: Int = 1000) {
        self.historyFile = historyFile
        self.historyLimit = max(1, historyLimit)
        TerminalLocale.configure()
        fd_set_readline_name(Self.readlineName)
        fd_set_catch_signals(0)
        fd_set_catch_sigwinch(0)
        fd_set_change_environment(0)
        fd_set_completion_function(readlineAttemptCompletion)
        fd_set_word_breaks_blanks()
        stifle_history(Int32(self.historyLimit))
        clear_history()
        if let path = historyFile?.path, Self.prepareHistoryFile(at: path) {
            read_history(path)
        }
        lastHistoryLine = fd_history_last_line().map { String(cString: $0) }
        signalPipe = ReadlineSignals.acquire()
    }

    deinit {
        ReadlineSignals.release()
    }

    /// Shows `prompt` and lets the user edit a line; colour escapes in `prompt` are allowed.
    public func readLine(prompt: String) -> LineInput {
        ReadlineCallbackState.completer = completer
        ReadlineCallbackState.finished = nil
        _ = ReadlineSignals.drain()
        using_history()
        rl_callback_handler_install(Self.markInvisible(prompt), readlineLineHandler)
        let input = fileno(fd_rl_instream())
        while true {
            var fds = [pollfd(fd: input, events: Int16(POLLIN), revents: 0)]
            if let signalPipe { fds.append(pollfd(fd: signalPipe, events: Int16(POLLIN), revents: 0)) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                rl_callback_handler_remove()
                return .endOfInput
            }
            if fds.count > 1, fds[1].revents != 0 {
                let signals = ReadlineSignals.drain()
                if signals.contains(UInt8(SIGWINCH)) { rl_resize_terminal() }
                if signals.contains(UInt8(SIGTSTP)) { suspend() }
                if signals.contains(UInt8(SIGINT)) {
                    cancelLine()
                    return .interrupted
                }
            }
            if fds[0].revents != 0 {
                rl_callback_read_char()
                if let finished = ReadlineCallbackState.finished { return finished }
            }
        }
    }

    /// Adds `line` to the history and appends it to the history file; blank lines and a repeat
    /// of the newest entry are not recorded.
    public func addHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != lastHistoryLine else { return }
        add_history(line)
        lastHistoryLine = line
        guard let path = historyFile?.path else { return }
        if append_history(1, path) == 0 {
            history_truncate_file(path, Int32(historyLimit))
        }
    }

    /// Wraps each CSI escape sequence of `prompt` in readline's invisible-text markers
    /// (`\u{1}` … `\u{2}`), so colours do not count towards the prompt's width.
    static func markInvisible(_ prompt: String) -> String {
        var result = String.UnicodeScalarView()
        var inSequence = false
        var scalars = prompt.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if inSequence {
                result.append(scalar)
                if (0x40...0x7E).contains(scalar.value) {
                    result.append("\u{2}")
                    inSequence = false
                }
            } else if scalar == "\u{1B}" {
                result.append("\u{1}")
                result.append(scalar)
                guard let next = scalars.next() else {
                    result.append("\u{2}")
                    break
                }
                result.append(next)
                if next == "[" { inSequence = true } else { result.append("\u{2}") }
            } else {
                result.append(scalar)
            }
        }
        if inSequence { result.append("\u{2}") }
        return String(result)
    }

    // MARK: - Private

    // nonisolated(unsafe): a C string made once and never written; readline keeps the pointer.
    nonisolated(unsafe) private static let readlineName: UnsafeMutablePointer<CChar>? = strdup("factdrill")

    /// Ctrl-Z: gives the terminal back, stops, and on `fg` takes it again and redraws the line.
    private func suspend() {
        rl_cleanup_after_signal()
        fd_suspend_self()
        rl_reset_after_signal()
        rl_forced_update_display()
    }

    /// Abandons the line being edited the way a shell does: `^C`, then a fresh line.
    private func cancelLine() {
        fd_point_to_end()
        rl_redisplay()
        Self.writeOut("^C")
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_callback_handler_remove()  // ends with a carriage return on the same line
        Self.writeOut("\n")
    }

    private static func writeOut(_ text: String) {
        fputs(text, fd_stdout())
        fflush(fd_stdout())
    }

    /// Creates the history file (mode 0600) and its folder when missing; false if unusable.
    private static func prepareHistoryFile(at path: String) -> Bool {
        let files = FileManager.default
        if files.fileExists(atPath: path) { return files.isWritableFile(atPath: path) }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? files.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        return files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
    }
}
