import Foundation

/// How the console renders: colours, bidi isolates, the longest text it prints and the width
/// tables fit.
public struct OutputSettings: Sendable, Equatable {
    /// Whether styles are rendered as SGR escape sequences.
    public var color: Bool
    /// Whether right-to-left runs inside left-to-right lines are wrapped in FSI … PDI.
    public var bidiMarks: Bool
    /// The most scalars printed for one span of text (longer spans end with `…`).
    public var spanLimit: Int
    /// The width tables and stats fit.
    public var width: Width

    /// Settings given explicitly.
    public init(
        color: Bool, bidiMarks: Bool = true, spanLimit: Int = TerminalText.defaultLimit,
        width: Width = .unlimited
    ) {
        self.color = color
        self.bidiMarks = bidiMarks
        self.spanLimit = spanLimit
        self.width = width
    }

    /// Plain settings for pipes and tests: no colour, bidi isolates on, no width limit.
    public static let plain = OutputSettings(color: false)

    /// The settings for a process with this environment and these standard streams.
    ///
    /// Colour needs standard input and output to be terminals (a scripted session gets no
    /// escape sequences at all), `TERM` other than `dumb`, and no `NO_COLOR` set to a non-empty
    /// value (https://no-color.org). `bidiMarks` is false under `--no-bidi-marks`. The width is
    /// `Width.detect`'s.
    public static func detect(
        environment: [String: String], stdinIsTTY: Bool, stdoutIsTTY: Bool, bidiMarks: Bool = true
    ) -> OutputSettings {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        return OutputSettings(
            color: stdinIsTTY && stdoutIsTTY && !noColor && !dumb, bidiMarks: bidiMarks,
            width: Width.detect(environment: environment, stdoutIsTTY: stdoutIsTTY))
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

    /// How many cells wide output may be: tables and stats fit this width.
    ///
    /// On a terminal the width is measured each time it is asked for, so a table printed after the
    /// window was resized fits the new size. A pipe or file gets lines as long as they need, unless
    /// `COLUMNS` is in the environment (`COLUMNS=100 factdrill stats > stats.txt`).
    public enum Width: Sendable, Equatable {
        /// No limit: pipes and files.
        case unlimited
        /// A fixed number of cells: `COLUMNS` on a pipe, and tests.
        case columns(Int)
        /// The terminal on standard output, measured when asked; `fallback` when it cannot be.
        case terminal(fallback: Int)

        /// The width used for a terminal that reports none and no `COLUMNS`.
        public static let standardColumns = 80

        /// The width to fit now, or nil for no limit.
        public var current: Int? {
            switch self {
            case .unlimited: nil
            case .columns(let columns): columns
            case .terminal(let fallback): Self.terminalColumns(of: STDOUT_FILENO) ?? fallback
            }
        }

        /// The width for a process whose standard output is a terminal or not, with `environment`:
        /// the terminal's (else `COLUMNS`, else 80) on a terminal; `COLUMNS` or no limit otherwise.
        public static func detect(environment: [String: String], stdoutIsTTY: Bool) -> Width {
            let columns = environment["COLUMNS"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                .flatMap { $0 > 0 ? $0 : nil }
            if stdoutIsTTY { return .terminal(fallback: columns ?? standardColumns) }
            return columns.map { .columns($0) } ?? .unlimited
        }

        /// The columns of the terminal on `descriptor` (`TIOCGWINSZ`), or nil when it is not a
        /// terminal or reports no size.
        public static func terminalColumns(of descriptor: Int32) -> Int? {
            var size = winsize()
            guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
            return Int(size.ws_col)
        }
    }
}
