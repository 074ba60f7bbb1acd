import Foundation

/// Anki's card template language, rendered as Anki renders it: `{{Field}}`, sections that show
/// when a field is filled (`{{#Field}}…{{/Field}}`) or empty (`{{^Field}}…{{/Field}}`), filters
/// (`{{text:Field}}`, `{{hint:Field}}`, `{{cloze:Text}}`, `{{type:Back}}`), and the special
/// fields `FrontSide`, `Tags`, `Type`, `Deck`, `Subdeck`, `Card`.
public struct AnkiTemplate: Sendable {
    /// What a template is rendered with.
    public struct Context: Sendable {
        /// Field values (HTML) by name.
        public var fields: [String: String]
        /// The card's cloze number (1 for `c1`), for cloze note types.
        public var cloze: Int?
        /// The rendered front, for `{{FrontSide}}` on the back.
        public var frontSide: String?
        /// The note's tags, the note type's, deck's and template's names.
        public var tags: [String] = []
        public var notetype = ""
        public var deck = ""
        public var card = ""

        public init(fields: [String: String], cloze: Int? = nil, frontSide: String? = nil) {
            self.fields = fields
            self.cloze = cloze
            self.frontSide = frontSide
        }
    }

    /// One piece of a parsed template.
    indirect enum Node: Sendable {
        case text(String)
        case field(name: String, filters: [String])
        case section(name: String, negated: Bool, body: [Node])
    }

    let nodes: [Node]

    /// Parses a template; an unclosed or stray section tag is read as text, as Anki shows it.
    public init(_ source: String) {
        var tokens = AnkiTemplate.tokens(source)[...]
        nodes = AnkiTemplate.parse(&tokens, closing: nil)
    }

    /// The template rendered with `context`, as HTML.
    public func render(_ context: Context) -> String {
        AnkiTemplate.render(nodes, context)
    }

    /// The field names a template reads (`{{Front}}`, `{{cloze:Text}}`, sections), in order.
    public var fieldNames: [String] {
        var names: [String] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .text: break
                case .field(let name, _): if !names.contains(name) { names.append(name) }
                case .section(let name, _, let body):
                    if !names.contains(name) { names.append(name) }
                    walk(body)
                }
            }
        }
        walk(nodes)
        return names
    }

    /// The field a `{{type:Field}}` asks to type, if the template has one.
    public var typedField: String? {
        func find(_ nodes: [Node]) -> String? {
            for node in nodes {
                switch node {
                case .text: continue
                case .field(let name, let filters): if filters.contains("type") { return name }
                case .section(_, _, let body): if let found = find(body) { return found }
                }
            }
            return nil
        }
        return find(nodes)
    }

    // MARK: Parsing

    private enum Token {
        case text(String)
        case tag(String)
    }

    private static func tokens(_ source: String) -> [Token] {
        var tokens: [Token] = []
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            if open.lowerBound > rest.startIndex { tokens.append(.text(String(rest[..<open.lowerBound]))) }
            tokens.append(.tag(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { tokens.append(.text(String(rest))) }
        return tokens
    }

    private static func parse(_ tokens: inout ArraySlice<Token>, closing: String?) -> [Node] {
        var nodes: [Node] = []
        while let token = tokens.popFirst() {
            switch token {
            case .text(let text): nodes.append(.text(text))
            case .tag(let tag):
                if let first = tag.first, first == "#" || first == "^" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    nodes.append(.section(name: name, negated: first == "^", body: parse(&tokens, closing: name)))
                } else if tag.first == "/" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if name == closing { return nodes }
                    nodes.append(.text("{{\(tag)}}"))
                } else {
                    var parts = tag.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                    let name = parts.removeLast().trimmingCharacters(in: .whitespaces)
                    nodes.append(.field(name: name, filters: parts.map { $0.trimmingCharacters(in: .whitespaces) }))
                }
            }
        }
        return nodes
    }

    // MARK: Rendering

    private static func render(_ nodes: [Node], _ context: Context) -> String {
        var out = ""
        for node in nodes {
            switch node {
            case .text(let text): out += text
            case .section(let name, let negated, let body):
                let filled = !isEmpty(value(of: name, context) ?? "")
                if filled != negated { out += render(body, context) }
            case .field(let name, let filters):
                out += apply(filters, to: name, context)
            }
        }
        return out
    }

    /// A field's value, or a special field's.
    private static func value(of name: String, _ context: Context) -> String? {
        switch name {
        case "FrontSide": return context.frontSide ?? ""
        case "Tags": return context.tags.joined(separator: " ")
        case "Type": return context.notetype
        case "Deck": return context.deck
        case "Subdeck": return context.deck.components(separatedBy: "::").last ?? ""
        case "Card": return context.card
        default: return context.fields[name]
        }
    }

    /// Filters apply from the field outwards (`{{text:cloze:Text}}`: cloze first).
    private static func apply(_ filters: [String], to name: String, _ context: Context) -> String {
        // A type-in box shows nothing on a card read in the terminal: the typed answer is asked.
        if filters.contains("type") { return "" }
        guard var text = value(of: name, context) else { return "" }
        for filter in filters.reversed() {
            switch filter {
            case "cloze":
                text =
                    context.cloze.map {
                        AnkiCloze.render(text, ordinal: $0, side: context.frontSide == nil ? .front : .back)
                    } ?? text
            case "cloze-only":
                text = context.cloze.map { AnkiCloze.answers(text, ordinal: $0).joined(separator: ", ") } ?? ""
            case "text": text = AnkiHTML.plainText(text)
            case "hint": break  // a hint link shows its text in the terminal
            default: break  // furigana, kana, kanji, tts…: the text as written
            }
        }
        return text
    }

    /// Whether a field counts as empty for sections and optional cards: nothing but whitespace
    /// and line-break markup (an image or a sound counts as content).
    public static func isEmpty(_ html: String) -> Bool {
        if html.contains("<img") || html.contains("[sound:") { return false }
        return AnkiHTML.plainText(html).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
