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
