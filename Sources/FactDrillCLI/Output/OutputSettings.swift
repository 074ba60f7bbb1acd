import Foundation

/// How the console renders: colours, bidi isolates, and the longest text it prints.
public struct OutputSettings: Sendable, Equatable {
    /// Whether styles are rendered as SGR escape sequences.
    public var color: Bool
    /// Whether right-to-left runs inside left-to-right lines are wrapped in FSI … PDI.
    public var bidiMarks: Bool
    /// The most scalars printed for one span of text (longer spans end with `…`).
    public var spanLimit: Int

    /// Settings given explicitly.
    public init(color: Bool, bidiMarks: Bool = true, spanLimit: Int = TerminalText.defaultLimit) {
        self.color = color
        self.bidiMarks = bidiMarks
        self.spanLimit = spanLimit
    }

    /// Plain settings for pipes and tests: no colour, bidi isolates on.
    public static let plain = OutputSettings(color: false)

    /// The settings for a process with this environment and these standard streams.
    ///
    /// Colour needs standard input and output to be terminals (a scripted session gets no
    /// escape sequences at all), `TERM` other than `dumb`, and no `NO_COLOR` set to a non-empty
    /// value (https://no-color.org). `bidiMarks` is false under `--no-bidi-marks`.
    public static func detect(
        environment: [String: String], stdinIsTTY: Bool, stdoutIsTTY: Bool, bidiMarks: Bool = true
    ) -> OutputSettings {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        return OutputSettings(color: stdinIsTTY && stdoutIsTTY && !noColor && !dumb, bidiMarks: bidiMarks)
    }

    /// The settings for this process.
    public static func current(bidiMarks: Bool = true) -> OutputSettings {
        detect(
            environment: ProcessInfo.processInfo.environment,
            stdinIsTTY: isatty(STDIN_FILENO) != 0,
            stdoutIsTTY: isatty(STDOUT_FILENO) != 0,
            bidiMarks: bidiMarks
        )
    }
}
