/// Where rendered text goes: the process's standard streams, or a buffer in tests.
public protocol OutputSink: AnyObject {
    /// Writes `text` to standard output as it is.
    func writeOut(_ text: String)
    /// Writes `text` to standard error as it is.
    func writeError(_ text: String)
}
