import Foundation
import Yams

/// Walks a composed YAML document and builds an `ArticleModel`, collecting every problem on the
/// way (it never stops at the first) with the position of the node it concerns.
struct ModelReader {
    /// An entity seen so far: its type (nil when the type was wrong) and where it was defined.
    struct EntityInfo {
        let type: EntityType?
        let line: Int
    }

    /// A mapping's values by key, with the mapping node itself for "missing key" positions.
    struct Fields {
        let node: Node
        var values: [String: Node] = [:]
        /// Known keys offered as "did you mean" for an unknown key: their absence is already explained.
        var suggested: Set<String> = []
        subscript(key: String) -> Node? { values[key] }
    }

    let file: String
    private(set) var problems: [ModelProblem] = []
    /// The article's `language`: the language of a plain-string text.
    var articleLanguage: LanguageCode?
    /// The model's languages: those of the article's title, once read.
    var modelLanguages: [LanguageCode]?
    /// Entities by id, in the order read.
    var entityIndex: [String: EntityInfo] = [:]
    var entityIDs: [String] = []
    /// Entity names seen so far, by language and folded name, with the entity and its line.
    var entityNames: [String: (id: String, line: Int)] = [:]

    init(file: String) {
        self.file = file
    }

    // MARK: - Reporting

    /// Records a problem at a node's position.
    mutating func report(_ node: Node, _ message: String) {
        let mark = node.mark
        problems.append(ModelProblem(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }

    /// The 1-based line of a node.
    static func line(of node: Node) -> Int { node.mark?.line ?? 1 }

    /// A value from the file, quoted for a message: escaped for the terminal and cut if long.
    static func quoted(_ text: String) -> String {
        let limit = 60
        let short =
            text.unicodeScalars.count > limit
            ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) + "…" : text
        return "'" + short.visibleForTerminal + "'"
    }

    /// What a node is, for "expected X, found Y".
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            return isNull(node) ? "nothing" : "the text " + quoted(scalar.string)
        }
    }

    /// Whether a node is YAML's null: an empty plain value, `~` or `null`.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    // MARK: - Mappings and lists

    /// The fields of a mapping, reporting a node that is not a mapping, keys that are not names,
    /// and unknown keys (with the closest known key when it looks like a typo).
    mutating func fields(of node: Node, allowed: [String], context: String, expected: String) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report(node, "\(context): expected \(expected), found \(Self.describe(node))")
            return nil
        }
        var fields = Fields(node: node)
        var misspelt: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key, !Self.isNull(key) else {
                report(key, "\(context): a key must be a plain name such as 'id', found \(Self.describe(key))")
                continue
            }
            guard allowed.contains(scalar.string) else {
                let hint = Suggestion.hint(for: scalar.string, among: allowed)
                if let suggestion = Suggestion.closest(to: scalar.string, among: allowed) {
                    fields.suggested.insert(suggestion)
                    misspelt[suggestion] = misspelt[suggestion] ?? value
                }
                let list = hint.isEmpty ? "; the keys here are \(allowed.joined(separator: ", "))" : ""
                report(key, "\(context): unknown key \(Self.quoted(scalar.string))\(hint)\(list)")
                continue
            }
            fields.values[scalar.string] = value
        }
        // Check what was meant under a misspelt key too, so one typo does not hide the problems
        // inside it nor make everything that refers to it fail (the model still does not load).
        for (key, value) in misspelt where fields.values[key] == nil {
            fields.values[key] = value
        }
        return fields
    }

    /// A required field, reporting its absence at the mapping that lacks it.
    mutating func require(_ fields: Fields, _ key: String, context: String, expected: String) -> Node? {
        guard let value = fields[key] else {
            if fields.suggested.contains(key) { return nil }
            report(fields.node, "\(context): missing '\(key)' (\(expected))")
            return nil
        }
        return value
    }

    /// The items of a list; null counts as an empty list when `nullIsEmpty`.
    mutating func list(_ node: Node, context: String, field: String, of what: String, nullIsEmpty: Bool = false)
        -> [Node]?
    {
        if nullIsEmpty, Self.isNull(node) { return [] }
        guard case .sequence(let sequence) = node else {
            report(
                node,
                "\(context): \(field) must be a list of \(what) (one '- ' item a line, or [a, b]), "
                    + "found \(Self.describe(node))")
            return nil
        }
        return Array(sequence)
    }

    // MARK: - Scalars

    /// A non-empty text scalar.
    mutating func text(_ node: Node, context: String, field: String) -> String? {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            report(node, "\(context): \(field) must be text, found \(Self.describe(node))")
            return nil
        }
        guard !scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            report(node, "\(context): \(field) is empty: write the text or remove the key")
            return nil
        }
        return scalar.string
    }

    /// The raw text of a scalar, whatever YAML would have resolved it to (`2024-07-09` stays a string).
    mutating func raw(_ node: Node, context: String, field: String, expected: String) -> String? {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            report(node, "\(context): \(field) must be \(expected), found \(Self.describe(node))")
            return nil
        }
        return scalar.string
    }

    /// A slug: `[a-z0-9][a-z0-9-]*`.
    mutating func slug(_ node: Node, context: String, field: String) -> String? {
        parsed(
            node, context: context, field: field, expected: "a slug such as 'south-korea'",
            { Self.isSlug($0) ? $0 : nil },
            problem: { _ in
                "is not a valid slug: use lower-case letters a-z, digits and '-', starting with a letter or digit "
                    + "(e.g. 'south-korea')"
            })
    }

    /// The scalar's raw text read by `parse`; when it reads nothing, reports "CONTEXT: FIELD 'TEXT' "
    /// followed by `problem(text)` at the node.
    mutating func parsed<T>(
        _ node: Node, context: String, field: String, expected: String,
        _ parse: (String) -> T?, problem: (String) -> String
    ) -> T? {
        guard let value = raw(node, context: context, field: field, expected: expected) else { return nil }
        if let parsed = parse(value) { return parsed }
        report(node, "\(context): \(field) \(Self.quoted(value)) " + problem(value))
        return nil
    }

    /// The values read from a list's items, each kept once: a repeat is reported at its node,
    /// with the line of the first, as "NAME is already listed at line N; list it once" (`name`
    /// gives NAME). Nil when an item was unreadable (nil) or repeated.
    mutating func listedOnce<T: Hashable>(_ items: [(node: Node, value: T?)], name: (T) -> String) -> [T]? {
        var values: [T] = []
        var firstLines: [T: Int] = [:]
        var valid = true
        for (node, value) in items {
            guard let value else {
                valid = false
                continue
            }
            if let first = firstLines[value] {
                report(node, "\(name(value)) is already listed at line \(first); list it once")
                valid = false
            } else {
                firstLines[value] = Self.line(of: node)
                values.append(value)
            }
        }
        return valid ? values : nil
    }

    /// Whether a text is a slug: `[a-z0-9][a-z0-9-]*`.
    static func isSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-" else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// `true` or `false` (YAML 1.1's `yes`/`on` are refused: other YAML readers take them as text).
    mutating func boolean(_ node: Node, context: String, field: String) -> Bool? {
        guard case .scalar(let scalar) = node, let value = ["true": true, "false": false][scalar.string.lowercased()]
        else {
            report(node, "\(context): \(field) must be true or false, found \(Self.describe(node))")
            return nil
        }
        return value
    }

    /// A whole number written as digits.
    mutating func wholeNumber(_ node: Node, context: String, field: String) -> Int? {
        guard let value = raw(node, context: context, field: field, expected: "a whole number such as 3") else {
            return nil
        }
        let digits = value.hasPrefix("-") || value.hasPrefix("+") ? String(value.dropFirst()) : value
        guard case .scalar(let scalar) = node, scalar.style == .plain,
            !digits.isEmpty, digits.count <= 9, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
            let number = Int(value)
        else {
            report(node, "\(context): \(field) must be a whole number such as 3, found \(Self.describe(node))")
            return nil
        }
        return number
    }
}
