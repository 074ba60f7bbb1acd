import Foundation

/// Anki's cloze deletions, `{{c1::answer}}` and `{{c1::answer::hint}}`, nested and overlapping
/// as Anki renders them: the card of cloze N hides every deletion numbered N (as `[...]`, or
/// `[hint]`) and shows the others' text; its back shows them all.
public enum AnkiCloze {
    /// Which side of a cloze card to render.
    public enum Side: Sendable {
        case front, back
    }

    indirect enum Node: Equatable {
        case text(String)
        case cloze(ordinal: Int, body: [Node], hint: String?)
    }

    /// The cloze numbers a text holds, in order (`[1, 2]` for c1 and c2): one card each.
    public static func ordinals(_ text: String) -> [Int] {
        var found = Set<Int>()
        func walk(_ nodes: [Node]) {
            for case .cloze(let ordinal, let body, _) in nodes {
                found.insert(ordinal)
                walk(body)
            }
        }
        walk(parse(text))
        return found.sorted()
    }

    /// The text with cloze `ordinal` hidden (front) or shown (back), as HTML.
    public static func render(_ text: String, ordinal: Int, side: Side) -> String {
        render(parse(text), ordinal: ordinal, side: side)
    }

    /// The texts cloze `ordinal` hides, in order (what the card asks for).
    public static func answers(_ text: String, ordinal: Int) -> [String] {
        var answers: [String] = []
        func walk(_ nodes: [Node]) {
            for case .cloze(let number, let body, _) in nodes {
                if number == ordinal {
                    answers.append(render(body, ordinal: ordinal, side: .back))
                } else {
                    walk(body)
                }
            }
        }
        walk(parse(text))
        return answers
    }

    private static func render(_ nodes: [Node], ordinal: Int, side: Side) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .text(let text): out += text
            case .cloze(let number, let body, let hint):
                if number == ordinal, side == .front {
                    out += "[\(hint ?? "...")]"
                } else {
                    out += render(body, ordinal: ordinal, side: side)
                }
            }
        }
        return out
    }

    // MARK: Parsing

    /// An open deletion while parsing: its number, what it holds so far, and its hint once a
    /// `::` at its own level starts one.
    private struct Open {
        var ordinal: Int
        var body: [Node] = []
        var hint: String?
    }

    static func parse(_ text: String) -> [Node] {
        var top: [Node] = []
        var stack: [Open] = []
        var buffer = ""
        func flush() {
            guard !buffer.isEmpty else { return }
            if stack.isEmpty {
                top.append(.text(buffer))
            } else if stack[stack.count - 1].hint != nil {
                stack[stack.count - 1].hint! += buffer
            } else {
                stack[stack.count - 1].body.append(.text(buffer))
            }
            buffer = ""
        }
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("{{c"), let (ordinal, after) = opening(rest) {
                flush()
                stack.append(Open(ordinal: ordinal))
                index = after
                continue
            }
            if !stack.isEmpty, rest.hasPrefix("}}") {
                flush()
                let closed = stack.removeLast()
                let node = Node.cloze(ordinal: closed.ordinal, body: closed.body, hint: closed.hint)
                if stack.isEmpty { top.append(node) } else { stack[stack.count - 1].body.append(node) }
                index = text.index(index, offsetBy: 2)
                continue
            }
            if !stack.isEmpty, stack[stack.count - 1].hint == nil, rest.hasPrefix("::") {
                flush()
                stack[stack.count - 1].hint = ""
                index = text.index(index, offsetBy: 2)
                continue
            }
            buffer.append(text[index])
            index = text.index(after: index)
        }
        flush()
        // An unclosed deletion is text, as Anki leaves it.
        while let open = stack.popLast() {
            let written =
                "{{c\(open.ordinal)::" + render(open.body, ordinal: 0, side: .back)
                + (open.hint.map { "::" + $0 } ?? "")
            if stack.isEmpty { top.append(.text(written)) } else { stack[stack.count - 1].body.append(.text(written)) }
        }
        return top
    }

    /// `{{c12::` at the start of `rest`: the number and where the deletion's text starts.
    private static func opening(_ rest: Substring) -> (Int, String.Index)? {
        var index = rest.index(rest.startIndex, offsetBy: 3)
        var digits = ""
        while index < rest.endIndex, let digit = rest[index].wholeNumberValue, rest[index].isASCII {
            digits.append(String(digit))
            index = rest.index(after: index)
        }
        guard !digits.isEmpty, digits.count <= 4, let number = Int(digits), number > 0,
            rest[index...].hasPrefix("::")
        else { return nil }
        return (number, rest.index(index, offsetBy: 2))
    }
}
