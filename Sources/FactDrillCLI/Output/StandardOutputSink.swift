import CReadline
import Foundation

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
