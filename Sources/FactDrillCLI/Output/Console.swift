/// The one way the CLI prints: every piece of text is sanitized, right-to-left runs in
/// left-to-right lines are isolated, and styles become escape sequences only when colour is on.
///
/// Escape sequences in the output can therefore come only from `Style`; control characters
/// only as the line feeds ending lines.
public final class Console {
    /// How text is rendered.
    public let settings: OutputSettings
    private let sink: OutputSink

    /// A console writing to `sink` with `settings`.
    public init(sink: OutputSink, settings: OutputSettings) {
        self.sink = sink
        self.settings = settings
    }

    /// A console on the process's standard streams with settings detected from them.
    public convenience init(bidiMarks: Bool = true) {
        self.init(sink: StandardOutputSink(), settings: .current(bidiMarks: bidiMarks))
    }

    /// Prints one line made of `spans` (line breaks inside them become spaces).
    public func line(_ spans: [Span]) {
        sink.writeOut(render(spans) + "\n")
    }

    /// Prints one line made of `spans` (line breaks inside them become spaces).
    public func line(_ spans: Span...) {
        line(spans)
    }

    /// Prints machine-readable output (JSON made by a serializer, which escapes every control
    /// character) as it is, with a line feed.
    public func machineLine(_ text: String) {
        sink.writeOut(text + "\n")
    }

    /// Prints an empty line.
    public func blankLine() {
        sink.writeOut("\n")
    }

    /// Prints each line of a multi-line text (help, usage) in `style`.
    public func paragraph(_ text: String, style: Style = []) {
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line([Span(String(row), style: style)])
        }
    }

    /// Prints a table fitted to the settings' width, one line per row, titles in `headerStyle`.
    public func table(_ table: Table, headerStyle: Style = .bold) {
        for row in table.lines(width: settings.width.current) {
            line([Span(row.text, style: row.kind == .header ? headerStyle : [])])
        }
    }

    /// Prints `factdrill: message` on standard error (message sanitized, one line per line).
    public func error(_ message: String) {
        for row in message.split(separator: "\n", omittingEmptySubsequences: true) {
            let text = TerminalText.sanitize(String(row), limit: settings.spanLimit)
            sink.writeError("factdrill: " + applyBidi([text])[0] + "\n")
        }
    }

    /// One line of `spans` as it would be printed, without the line feed (for prompts).
    public func render(_ spans: [Span]) -> String {
        let texts = applyBidi(spans.map { TerminalText.sanitize($0.text, limit: settings.spanLimit) })
        var rendered = ""
        for (span, text) in zip(spans, texts) {
            if settings.color, !span.style.isEmpty, !text.isEmpty {
                rendered += span.style.startSequence + text + Style.resetSequence
            } else {
                rendered += text
            }
        }
        return rendered
    }

    private func applyBidi(_ texts: [String]) -> [String] {
        settings.bidiMarks ? BidiIsolation.isolate(segments: texts) : texts
    }
}
