import CReadline
import Foundation

/// Where rendered text goes: the process's standard streams, or a buffer in tests.
public protocol OutputSink: AnyObject {
    /// Writes `text` to standard output as it is.
    func writeOut(_ text: String)
    /// Writes `text` to standard error as it is.
    func writeError(_ text: String)
}

/// Writes through C stdio (the streams `print` and readline use, so output stays in order)
/// and flushes every write, so what is on screen is what has been done.
public final class StandardOutputSink: OutputSink {
    /// The process's standard output and error.
    public init() {}

    /// Writes to standard output and flushes it.
    public func writeOut(_ text: String) {
        fputs(text, fd_stdout())
        fflush(fd_stdout())
    }

    /// Writes to standard error and flushes it.
    public func writeError(_ text: String) {
        fflush(fd_stdout())
        fputs(text, fd_stderr())
        fflush(fd_stderr())
    }
}

/// Keeps everything written, for tests to inspect (text and bytes).
public final class CapturingOutputSink: OutputSink {
    /// Everything written to standard output.
    public private(set) var out = ""
    /// Everything written to standard error.
    public private(set) var error = ""

    /// An empty capture.
    public init() {}

    /// Appends to `out`.
    public func writeOut(_ text: String) {
        out += text
    }

    /// Appends to `error`.
    public func writeError(_ text: String) {
        error += text
    }

    /// `out` split into lines (the text after the last newline, if any, is the last line).
    public var outLines: [String] {
        var lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
