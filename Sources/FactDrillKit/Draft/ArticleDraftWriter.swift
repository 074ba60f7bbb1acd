import Foundation

/// Writes a draft as an article model file (`*.article.yaml`) that `factdrill check` accepts:
/// every fact with a comment giving the rule that found it, its confidence and what to check;
/// the relative dates left unresolved listed at the end.
public enum ArticleDraftWriter {
    /// The model text. `id` is the article's slug; `textFile` the text's file name beside it.
    public static func yaml(_ draft: ArticleDraft, id: String, textFile: String?, source: String) -> String {
        var out = """
            # Drafted by `factdrill draft` from \(comment(source)). A draft: read every fact against its
            # evidence, fix or delete what is wrong, add the other language's texts, then
            # `factdrill check` and `factdrill import` this file.

            version: 1
            article:
              id: \(id)

            """
        out += "  title: {\(draft.language): \(quote(draft.title))}\n"
        if let published = draft.published {
            out +=
                "  published: \(published)\(draft.publishedSource == "the date line" ? "   # from the date line" : "")\n"
        } else {
            out += "  # published: unknown (give --published YYYY-MM-DD to resolve relative dates)\n"
        }
        out += "  language: \(draft.language)\n"
        if let textFile { out += "  text_file: \(quote(textFile))\n" }
        let used = referencedEntities(draft)
        let entities = draft.entities.filter { used.contains($0.id) }
        out += entities.isEmpty ? "\nentities: []\n" : "\nentities:\n"
        for entity in entities {
            out += "  - id: \(entity.id)\n    type: \(entity.type.rawValue)\n"
            out += "    name: \(localized(entity.names))\n"
            if !entity.aliases.isEmpty {
                let parts = entity.aliases.keys.sorted().map {
                    "\($0): [\(entity.aliases[$0]!.map(quote).joined(separator: ", "))]"
                }
                out += "    aliases: {\(parts.joined(separator: ", "))}\n"
            }
            if entity.definite == true { out += "    definite: true\n" }
        }
        let ordered =
            draft.facts.filter { $0.typeName == "ranking" } + draft.facts.filter { $0.typeName == "event" }
            + draft.facts.filter { $0.typeName == "role" }
        out += ordered.isEmpty ? "\nfacts: []\n" : "\nfacts:\n"
        for fact in ordered {
            out += "  # \(fact.rule), confidence \(String(format: "%.2f", fact.confidence))"
            out += fact.notes.isEmpty ? "\n" : ": " + comment(fact.notes.joined(separator: "; ")) + "\n"
            out += "  - id: \(fact.id)\n    type: \(fact.typeName)\n"
            switch fact.body {
            case .ranking(let name, let period, let by, let entries):
                out += "    ranking: \(localized(name))\n"
                if let period { out += "    period: \(quote(period))\n" }
                if let by { out += "    by: \(by)\n" }
                out += "    entries:\n"
                for entry in entries { out += "      - {entity: \(entry.entity), rank: \(entry.rank)}\n" }
            case .event(let name, let date, let place):
                out += "    event: \(localized(name))\n    date: \(date)\n"
                if let place { out += "    place: \(place)\n" }
            case .role(let person, let post, let organization):
                out += "    person: \(person)\n    role: \(localized(post))\n"
                if let organization { out += "    organization: \(organization)\n" }
                if let published = draft.published { out += "    as_of: \(published)\n" }
            }
            out += "    evidence: \(quote(fact.evidence))\n"
        }
        if !draft.unresolved.isEmpty {
            out += "\n# Relative dates left unresolved (no publication date to count from):\n"
            for line in draft.unresolved { out += "#   \(comment(line))\n" }
        }
        return out
    }

    /// The ids the facts refer to.
    static func referencedEntities(_ draft: ArticleDraft) -> Set<String> {
        var ids: Set<String> = []
        for fact in draft.facts {
            switch fact.body {
            case .ranking(_, _, let by, let entries):
                ids.formUnion(entries.map(\.entity))
                if let by { ids.insert(by) }
            case .event(_, _, let place):
                if let place { ids.insert(place) }
            case .role(let person, _, let organization):
                ids.insert(person)
                if let organization { ids.insert(organization) }
            }
        }
        return ids
    }

    private static func localized(_ texts: [String: String]) -> String {
        let order = texts.keys.sorted { a, b in a == "ar" ? true : b == "ar" ? false : a < b }
        return "{" + order.map { "\($0): \(quote(texts[$0]!))" }.joined(separator: ", ") + "}"
    }

    /// A YAML double-quoted scalar (`YAMLScalar.quoted`).
    static func quote(_ text: String) -> String { YAMLScalar.quoted(text) }

    /// Text for a comment line: one line, control characters dropped, and `&` written as `＆` (the
    /// model loader refuses a raw `&` that could open an anchor, even in a comment).
    static func comment(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar -> Unicode.Scalar in
                    if scalar == "&" { return "＆" }
                    return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar
                }))
    }
}
