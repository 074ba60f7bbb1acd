/// Aligned columns for terminal output, measured in display cells, fitted to a width.
///
/// Cells are sanitized (and cut to `cellLimit` cells) before they are measured, so widths
/// match what the console prints; Arabic cells are padded like any other. Given a width, the
/// table fits it: text columns are cut with `…` and drawings clipped (the rightmost first, the
/// key column last, down to their `minWidth`), numbers are never cut; when that is not enough
/// the columns are split into panels printed one under the other, each repeating the first
/// (key) column.
public struct Table: Sendable, Equatable {
    /// How a column's cells are padded.
    public enum Alignment: Sendable, Equatable {
        /// Text on the left, padding on the right.
        case left
        /// Padding on the left (numbers).
        case right
    }

    /// What a column gives up when the table is wider than the terminal.
    public enum Overflow: Sendable, Equatable {
        /// Cells are cut at a character boundary and end with `…` (text).
        case truncate
        /// Cells are cut without a mark (bars); the column may shrink to nothing and disappear.
        case clip
        /// Cells are never cut (numbers, figures): the table is split into panels instead.
        case keep
    }

    /// A column's title, alignment and what it gives up to fit.
    public struct Column: Sendable, Equatable {
        /// The header text.
        public var title: String
        /// How the column's cells are padded.
        public var alignment: Alignment
        /// What the column gives up when the table is too wide.
        public var overflow: Overflow
        /// The fewest cells the column shrinks to before the table is split into panels.
        public var minWidth: Int

        /// A column titled `title`; by default right-aligned columns (numbers) are never cut
        /// and left-aligned ones (text) are cut to as few as 8 cells.
        public init(_ title: String, alignment: Alignment = .left, overflow: Overflow? = nil, minWidth: Int? = nil) {
            self.title = title
            self.alignment = alignment
            let overflow = overflow ?? (alignment == .right ? .keep : .truncate)
            self.overflow = overflow
            self.minWidth = max(0, minWidth ?? (overflow == .clip ? 0 : 8))
        }
    }

    /// One rendered line and what it is, for styling.
    public struct Line: Sendable, Equatable {
        /// What a line is.
        public enum Kind: Sendable, Equatable {
            /// Column titles.
            case header
            /// The rule of `-` under the titles.
            case rule
            /// A row of cells.
            case row
            /// The empty line between two panels.
            case blank
        }

        /// The line's text, without trailing blanks.
        public var text: String
        /// What the line is.
        public var kind: Kind
    }

    /// The columns, in order.
    public var columns: [Column]
    /// The rows; missing cells are empty, extra cells are ignored.
    public var rows: [[String]]
    /// Whether the first line is the header, followed by a rule of `-`.
    public var showsHeader: Bool
    /// The blank cells between columns.
    public var gap: Int
    /// The most cells shown of one cell (longer cells end with `…`), whatever the width.
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

    /// The table's lines as text (see `lines(width:)`).
    public func render(width: Int? = nil) -> [String] {
        lines(width: width).map(\.text)
    }
}
