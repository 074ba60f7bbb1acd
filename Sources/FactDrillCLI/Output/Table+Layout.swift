/// Fitting a table to a width: column widths, cut cells and panels.
extension Table {
    /// The table's lines: per panel the header and its rule (if shown), then one line per row,
    /// with no trailing blanks; panels are separated by a blank line.
    ///
    /// With `width` nil the table takes the width it needs. Otherwise no line is longer than
    /// `width` unless the key column and one uncut column alone are wider; the rule never is.
    public func lines(width: Int? = nil) -> [Line] {
        guard !columns.isEmpty else { return [] }
        let header = columns.map { cell($0.title) }
        let body = rows.map { row in columns.indices.map { cell($0 < row.count ? row[$0] : "") } }
        let all = showsHeader ? [header] + body : body
        let natural = columns.indices.map { index in all.map { DisplayWidth.of($0[index]) }.max() ?? 0 }
        let everyColumn = Array(columns.indices)
        guard let width else { return panel(everyColumn, widths: natural, cells: all, limit: nil) }
        if let widths = fitted(everyColumn, natural: natural, limit: width) {
            return panel(everyColumn, widths: widths, cells: all, limit: width)
        }
        // Too wide even with text cut to its least: panels. The key column whole, unless cutting
        // it makes fewer panels.
        let whole = panels(natural: natural, limit: width, keyWhole: true)
        let cut = panels(natural: natural, limit: width, keyWhole: false)
        var lines: [Line] = []
        for (number, indices) in (cut.count < whole.count ? cut : whole).enumerated() {
            if number > 0 { lines.append(Line(text: "", kind: .blank)) }
            let widths =
                fitted(indices, natural: natural, limit: width)
                ?? squeezed(indices, natural: natural, limit: width)
            lines += panel(indices, widths: widths, cells: all, limit: width)
        }
        return lines
    }

    /// The columns of each panel: the key column, then as many of the next columns as fit.
    private func panels(natural: [Int], limit: Int, keyWhole: Bool) -> [[Int]] {
        var panels: [[Int]] = []
        var current = [0]
        for index in columns.indices.dropFirst() {
            let fits = fitted(current + [index], natural: natural, limit: limit, keyWhole: keyWhole) != nil
            if current.count == 1 || fits {
                current.append(index)
            } else {
                panels.append(current)
                current = [0, index]
            }
        }
        panels.append(current)
        return panels
    }

    /// A cell as printed: sanitized, at most `cellLimit` cells.
    private func cell(_ text: String) -> String {
        DisplayWidth.truncate(TerminalText.sanitize(text), toWidth: max(1, cellLimit))
    }

    /// The widths of `indices` (indexes into `natural`) that fit `limit`, cutting the columns
    /// that may be cut, the rightmost first (the key column last), down to their `minWidth`;
    /// nil when they cannot. With `keyWhole` the first column is not cut.
    private func fitted(_ indices: [Int], natural: [Int], limit: Int, keyWhole: Bool = false) -> [Int]? {
        shrunk(indices, natural: natural, limit: limit) { index in
            columns[index].overflow == .keep || (keyWhole && index == 0) ? natural[index] : columns[index].minWidth
        }
    }

    /// The widths of a panel that cannot fit even at its columns' `minWidth`: cut columns
    /// shrink further, to one cell (drawings to nothing); uncut columns stay as they are.
    private func squeezed(_ indices: [Int], natural: [Int], limit: Int) -> [Int] {
        let floor = { (index: Int) -> Int in
            switch self.columns[index].overflow {
            case .keep: natural[index]
            case .truncate: min(1, natural[index])
            case .clip: 0
            }
        }
        return shrunk(indices, natural: natural, limit: limit, widestFirst: true, floor: floor) ?? indices.map(floor)
    }

    /// `natural` widths of `indices` cut to fit `limit`, no column below `floor`: the rightmost
    /// column first, or (`widestFirst`) one cell at a time from the widest; nil when they cannot.
    private func shrunk(
        _ indices: [Int], natural: [Int], limit: Int, widestFirst: Bool = false,
        floor: (Int) -> Int
    ) -> [Int]? {
        var widths = indices.map { natural[$0] }
        let floors = indices.map { min(natural[$0], floor($0)) }
        var total = widths.reduce(0, +) + gap * max(0, indices.count - 1)
        while total > limit {
            let candidates = widths.indices.filter { widths[$0] > floors[$0] }
            guard
                let position = widestFirst
                    ? candidates.max(by: { (widths[$0], $0) < (widths[$1], $1) })
                    : candidates.last
            else { return nil }
            let cut = widestFirst ? 1 : min(widths[position] - floors[position], total - limit)
            widths[position] -= cut
            total -= cut
            // A column clipped to nothing is left out, and a gap with it.
            if widths[position] == 0, indices.count > 1 { total -= gap }
        }
        return widths
    }

    /// The lines of the columns `indices` at `widths` (columns shrunk to nothing left out).
    private func panel(_ indices: [Int], widths: [Int], cells: [[String]], limit: Int?) -> [Line] {
        let shown = indices.indices.filter { position in
            widths[position] > 0 || cells.allSatisfy { $0[indices[position]].isEmpty }
        }
        var lines = cells.enumerated().map { number, row in
            Line(
                text: format(shown.map { (indices[$0], widths[$0]) }, row: row),
                kind: showsHeader && number == 0 ? .header : .row)
        }
        if showsHeader {
            let ruleWidth = shown.reduce(0) { $0 + widths[$1] } + gap * max(0, shown.count - 1)
            let rule = String(repeating: "-", count: min(ruleWidth, limit ?? ruleWidth))
            lines.insert(Line(text: rule, kind: .rule), at: 1)
        }
        return lines
    }

    private func format(_ columnWidths: [(index: Int, width: Int)], row: [String]) -> String {
        var line = ""
        for (position, (index, width)) in columnWidths.enumerated() {
            let column = columns[index]
            var text = row[index]
            if DisplayWidth.of(text) > width {
                text =
                    column.overflow == .clip
                    ? DisplayWidth.clip(text, toWidth: width)
                    : DisplayWidth.truncate(text, toWidth: width)
            }
            let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
            if position > 0 { line += String(repeating: " ", count: gap) }
            line += column.alignment == .right ? padding + text : text + padding
        }
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
