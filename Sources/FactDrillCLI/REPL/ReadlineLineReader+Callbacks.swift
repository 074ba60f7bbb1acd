import CReadline
import Foundation

/// The state readline's C callbacks share with the reader.
///
/// Callbacks are plain C function pointers, so they cannot capture the reader; the reader sets
/// these before each line and reads them back. Only the thread reading a line touches them.
// nonisolated(unsafe), all four: readline calls its callbacks synchronously on the thread inside
// `readLine`, the only thread that sets or reads them; C function pointers cannot capture state.
enum ReadlineCallbackState {
    /// The result of the line being read, set by the line handler.
    nonisolated(unsafe) static var finished: LineInput?
    /// The completion provider of the reader that is reading.
    nonisolated(unsafe) static var completer: LineCompleter?
    /// The candidates of the completion in progress.
    nonisolated(unsafe) static var matches: [String] = []
    /// The next candidate `readlineCompletionEntry` hands to readline.
    nonisolated(unsafe) static var matchIndex = 0
}

/// Called by readline once a line is complete (`nil` on Ctrl-D on an empty line or at EOF).
func readlineLineHandler(_ line: UnsafeMutablePointer<CChar>?) {
    if let line {
        ReadlineCallbackState.finished = .line(String(cString: line))
        free(line)
    } else {
        ReadlineCallbackState.finished = .endOfInput
    }
    rl_callback_handler_remove()
}

/// Called by readline on Tab: asks the completer, never falls back to file names.
func readlineAttemptCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    fd_set_attempted_completion_over(1)
    guard let text, let completer = ReadlineCallbackState.completer, let buffer = fd_line_buffer() else {
        return nil
    }
    let word = String(cString: text)
    let beforeCursor = String(
        decoding: UnsafeRawBufferPointer(start: buffer, count: max(0, Int(end))), as: UTF8.self
    )
    let matches = ReadlineLineReader.candidates(from: completer(beforeCursor, word), for: word)
    guard !matches.isEmpty else { return nil }
    ReadlineCallbackState.matches = matches
    ReadlineCallbackState.matchIndex = 0
    return rl_completion_matches(text, readlineCompletionEntry)
}

/// Hands readline one candidate per call (a `malloc`ed copy it frees), then `nil`.
func readlineCompletionEntry(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 { ReadlineCallbackState.matchIndex = 0 }
    let index = ReadlineCallbackState.matchIndex
    guard index < ReadlineCallbackState.matches.count else { return nil }
    ReadlineCallbackState.matchIndex += 1
    return strdup(ReadlineCallbackState.matches[index])
}
