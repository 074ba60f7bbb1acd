/// Aligned columns for terminal output, measured in display cells.
///
/// Cells are sanitized (and cut to `cellLimit` scalars) before they are measured, so widths
/// match what the console prints; Arabic cells are padded like any other.
public struct Table: Sendable, Equatable {
    /// How a column's cells are padded.
    public enum Alignment: Sendable, Equatable {
        /// Text on the left, padding on the right.
        case left
        /// Padding on the left (numbers).
        case right
    }

    /// A column's title and alignment.
    public struct Column: Sendable, Equatable {
        /// The header text.
        public var title: String
        /// How the column's cells are padded.
        public var alignment: Alignment

        /// A column titled `title`.
        public init(_ title: String, alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// The columns, in order.
    public var columns: [Column]
    /// The rows; missing cells are empty, extra cells are ignored.
    public var rows: [[String]]
    /// Whether the first line is the header, followed by a rule of `-`.
    public var showsHeader: Bool
    /// The blank cells between columns.
    public var gap: Int
    /// The most scalars shown of one cell.
    public var cellLimit: Int

    /// A table with `columns` and `rows`.
    public init(columns: [Column], rows: [[String]] = [], showsHeader: Bool = true, gap: Int = 2, cellLimit: Int = 80) {
        self.columns = columns
        self.rows = rows
        self.showsHeader = showsHeader
        self.gap = gap
        self.cellLimit = cellLimit
    }

    /// Appends a row.
    public mutating func addRow(_ cells: [String]) {
        rows.append(cells)
    }

    /// The table's lines: the header and its rule (if shown), then one line per row, with no
    /// trailing blanks.
    public func render() -> [String] {
        let body = rows.map { row in
            columns.indices.map { index in
                TerminalText.sanitize(index < row.count ? row[index] : "", limit: cellLimit)
            }
        }
        let header = columns.map { TerminalText.sanitize($0.title, limit: cellLimit) }
        let all = showsHeader ? [header] + body : body
        let widths = columns.indices.map { index in all.map { DisplayWidth.of($0[index]) }.max() ?? 0 }
        var lines = all.map { format($0, widths: widths) }
        if showsHeader {
            let ruleWidth = widths.reduce(0, +) + gap * max(0, widths.count - 1)
            lines.insert(String(repeating: "-", count: ruleWidth), at: 1)
        }
        return lines
    }

    private func format(_ cells: [String], widths: [Int]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() {
            let padding = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
            if index > 0 { line += String(repeating: " ", count: gap) }
            line += columns[index].alignment == .right ? padding + cell : cell + padding
        }
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
