/// A line reader for tests: answers from a script and records what it was shown.
public final class ScriptedLineReader: LineReader {
    /// The completion provider; tests may call it through `complete(_:)`.
    public var completer: LineCompleter?
    /// Every prompt passed to `readLine(prompt:)`, in order.
    public private(set) var prompts: [String] = []
    /// Every line passed to `addHistory(_:)`, in order.
    public private(set) var history: [String] = []
    private var remaining: ArraySlice<LineInput>

    /// A reader that returns each of `lines`, then `.endOfInput` for ever.
    public convenience init(lines: [String]) {
        self.init(inputs: lines.map(LineInput.line))
    }

    /// A reader that returns each of `inputs` (lines, interruptions, an early end), then
    /// `.endOfInput` for ever.
    public init(inputs: [LineInput]) {
        remaining = inputs[...]
    }

    /// The number of scripted inputs not read yet.
    public var pendingCount: Int { remaining.count }

    /// Records `prompt` and returns the next scripted input.
    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return remaining.popFirst() ?? .endOfInput
    }

    /// Records `line`.
    public func addHistory(_ line: String) {
        history.append(line)
    }

    /// The candidates Tab would offer with `lineBeforeCursor` typed (the last blank-separated
    /// word is the one completed), as the terminal reader filters them.
    public func complete(_ lineBeforeCursor: String) -> [String] {
        guard let completer else { return [] }
        let word = lineBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        return Self.candidates(from: completer(lineBeforeCursor, word), for: word)
    }
}
