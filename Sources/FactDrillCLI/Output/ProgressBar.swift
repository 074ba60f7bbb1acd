import Foundation

/// A one-line progress bar on standard error, drawn only when it is a terminal and the work is
/// large enough to wait for: `importing  [#########           ]  45%  45,000/100,000 cards`.
/// The line fits the terminal (the label is cut), or `\r` could not redraw it in place.
// @unchecked: the mutable state (`lastPercent`) is only touched under `lock`.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let unit: String
    private let enabled: Bool
    private let columns: @Sendable () -> Int?
    private let lock = NSLock()
    private var lastPercent = -1

    /// A bar for `label`, drawn when stderr is a terminal and `total` reaches `threshold`, as
    /// wide as `columns` (the terminal's width, measured at each redraw) allows.
    init(
        label: String, total: Int, unit: String = "cards", threshold: Int = 5_000,
        isTerminal: Bool = isatty(STDERR_FILENO) != 0,
        columns: @escaping @Sendable () -> Int? = { OutputSettings.Width.terminalColumns(of: STDERR_FILENO) }
    ) {
        self.label = label
        self.unit = unit
        self.enabled = isTerminal && total >= threshold
        self.columns = columns
    }

    /// Redraws the bar when the percentage changed.
    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let percent = min(100, done * 100 / total)
        guard percent != lastPercent else { return }
        lastPercent = percent
        let line = ProgressBar.line(label: label, done: done, total: total, unit: unit, width: columns())
        FileHandle.standardError.write(Data(("\r" + line).utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled, lastPercent >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// The text of the bar, 20 cells wide. The label names a user's file, which may hold escape
    /// sequences and controls: it is printed sanitized, as all untrusted text is. With a `width`
    /// the label is cut so that the line leaves the terminal's last column free; on a terminal
    /// too narrow for the bar and 10 cells of label, the bar is left out.
    static func line(label: String, done: Int, total: Int, unit: String = "cards", width: Int? = nil) -> String {
        let label = TerminalText.sanitize(label, limit: 60)
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let cells = Int((fraction * 20).rounded(.down))
        let bar = String(repeating: "#", count: cells) + String(repeating: " ", count: 20 - cells)
        let percent = String(Int(fraction * 100)).leftPadded(to: 3)
        let counts = " \(percent)%  \(done.grouped)/\(total.grouped) \(unit)"
        var figures = "  [\(bar)]" + counts
        guard let width else { return label + figures }
        if width - 1 - DisplayWidth.of(figures) < 10 { figures = counts }
        return DisplayWidth.truncate(label, toWidth: max(1, width - 1 - DisplayWidth.of(figures))) + figures
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

extension Int {
    /// 100000 → "100,000".
    var grouped: String {
        let digits = String(self)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
