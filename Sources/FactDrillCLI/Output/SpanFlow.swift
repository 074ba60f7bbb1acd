/// Lays a line of styled spans out in lines of a width: pieces stay whole while they fit, the
/// rest goes on continuation lines that start with an indent. Styles stay with their text.
///
/// Text is sanitized before it is measured (the console sanitizes it again, which changes
/// nothing); a piece wider than a whole line is cut at character boundaries.
enum SpanFlow {
    /// A character with its style.
    private typealias Styled = [(character: Character, style: Style)]

    /// `items` joined by `separator` after `lead` (a label, say), in lines of at most `width`
    /// cells; an item is moved whole to the next line, which starts with `indent` blanks.
    /// With `width` nil, or when everything fits, the one line is returned as given.
    static func flow(_ items: [[Span]], separator: String, lead: [Span] = [], indent: Int, width: Int?) -> [[Span]] {
        var joined = lead
        for (index, item) in items.enumerated() {
            if index > 0 { joined.append(Span(separator)) }
            joined += item
        }
        guard let width, cells(joined) > width else { return [joined] }
        let gap = styled([Span(separator)])
        let pieces = items.enumerated().map { index, item in (gap: index == 0 ? [] : gap, body: styled(item)) }
        return layout(pieces, lead: styled(lead), indent: indent, width: width).map(spans)
    }

    /// `line` broken at blanks into lines of at most `width` cells, continuation lines
    /// starting with `indent` blanks; returned as given when it fits or `width` is nil.
    static func wrap(_ line: [Span], indent: Int, width: Int?) -> [[Span]] {
        guard let width, cells(line) > width else { return [line] }
        var pieces: [(gap: Styled, body: Styled)] = []
        var gap: Styled = []
        var body: Styled = []
        for element in styled(line) {
            if element.character == " " {
                if !body.isEmpty {
                    pieces.append((gap, body))
                    gap = []
                    body = []
                }
                gap.append(element)
            } else {
                body.append(element)
            }
        }
        if !body.isEmpty { pieces.append((gap, body)) }
        return layout(pieces, lead: [], indent: indent, width: width).map(spans)
    }

    /// The cells `line` takes once sanitized.
    static func cells(_ line: [Span]) -> Int {
        line.reduce(0) { $0 + DisplayWidth.of(TerminalText.sanitize($1.text)) }
    }

    private static func layout(
        _ pieces: [(gap: Styled, body: Styled)], lead: Styled, indent: Int,
        width: Int
    ) -> [Styled] {
        // No indent on lines too narrow to hold it and a wide character.
        let indent = indent + 2 <= width ? max(0, indent) : 0
        let margin: Styled = Array(repeating: (" ", []), count: indent)
        var lines: [Styled] = []
        var line = lead
        var used = cells(lead)
        var startsLine = true
        for piece in pieces {
            let bodyCells = cells(piece.body)
            let gapCells = startsLine ? 0 : cells(piece.gap)
            if used + gapCells + bodyCells <= width {
                if !startsLine { line += piece.gap }
            } else {
                if !startsLine || used > indent {
                    lines.append(line)
                    line = margin
                    used = indent
                }
                var rest = piece.body
                // A piece wider than a whole line goes in slices.
                while cells(rest) > width - used {
                    let (head, tail) = cut(rest, toWidth: max(1, width - used))
                    lines.append(line + head)
                    line = margin
                    used = indent
                    rest = tail
                }
                line += rest
                used += cells(rest)
                startsLine = false
                continue
            }
            line += piece.body
            used += gapCells + bodyCells
            startsLine = false
        }
        lines.append(line)
        return lines
    }

    private static func cut(_ text: Styled, toWidth width: Int) -> (Styled, Styled) {
        var used = 0
        var index = 0
        while index < text.count {
            let next = DisplayWidth.of(String(text[index].character))
            if used + next > width && index > 0 { break }
            used += next
            index += 1
        }
        return (Array(text[..<index]), Array(text[index...]))
    }

    private static func styled(_ spans: [Span]) -> Styled {
        spans.flatMap { span in TerminalText.sanitize(span.text).map { ($0, span.style) } }
    }

    private static func cells(_ text: Styled) -> Int {
        text.reduce(0) { $0 + DisplayWidth.of(String($1.character)) }
    }

    private static func spans(_ text: Styled) -> [Span] {
        var result: [Span] = []
        for (character, style) in text {
            if let last = result.last, last.style == style {
                result[result.count - 1].text.append(character)
            } else {
                result.append(Span(String(character), style: style))
            }
        }
        return result
    }
}
