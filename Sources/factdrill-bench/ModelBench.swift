import FactDrillKit
import FactDrillTestSupport
import Foundation

/// `factdrill-bench model --write PATH [--facts 10000] [--entities 1000] [--seed 2024]`: writes a
/// synthetic article model (`SyntheticModel`) as YAML, for timing `factdrill generate` and
/// `factdrill check` end to end (the YAML loader included). Sets of fewer than 2 distinct members
/// (which the model rules refuse) are left out; the line printed says how many facts were written.
enum ModelBench {
    static func run(_ arguments: [String]) throws {
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            guard ["--write", "--facts", "--entities", "--seed"].contains(name), index + 1 < arguments.count else {
                throw StoreBench.UsageError("usage: model --write PATH [--facts N] [--entities N] [--seed S]")
            }
            options[name] = arguments[index + 1]
            index += 2
        }
        guard let path = options["--write"] else { throw StoreBench.UsageError("model: give --write PATH") }
        let facts = Int(options["--facts"] ?? "") ?? 10_000
        let entities = Int(options["--entities"] ?? "") ?? 1_000
        let seed = UInt64(options["--seed"] ?? "") ?? 2024
        let model = SyntheticModel.make(seed: seed, facts: facts, entities: entities, id: "bench")
        var writer = ModelYAMLWriter()
        let written = writer.write(model)
        try Data(writer.text.utf8).write(to: URL(fileURLWithPath: path))
        print(
            "model: \(written) facts, \(model.entities.count) entities, \(writer.text.utf8.count / 1024) KiB -> \(path)"
        )
    }
}

/// Writes an article model as YAML: block lists of flow maps, every string double-quoted (JSON
/// string syntax, which YAML reads the same).
struct ModelYAMLWriter {
    /// The YAML written so far.
    private(set) var text = ""

    /// Appends the whole model; returns the number of facts written.
    mutating func write(_ model: ArticleModel) -> Int {
        let article = model.article
        text += "version: \(model.version)\narticle:\n"
        text += "  id: \(quote(article.id))\n  title: \(localized(article.title))\n"
        if let published = article.published { text += "  published: \(quote(published.description))\n" }
        text += "  language: \(quote(article.language))\nentities:\n"
        for entity in model.entities {
            var fields = [
                "id: \(quote(entity.id))", "type: \(entity.type.rawValue)", "name: \(localized(entity.name))",
            ]
            if !entity.aliases.isEmpty {
                let lists = entity.aliases.keys.sorted().map {
                    "\($0): [\(entity.aliases[$0, default: []].map(quote).joined(separator: ", "))]"
                }
                fields.append("aliases: {\(lists.joined(separator: ", "))}")
            }
            text += "  - {\(fields.joined(separator: ", "))}\n"
        }
        text += "facts:\n"
        var count = 0
        for fact in model.facts {
            var fields = ["id: \(quote(fact.id))", "type: \(fact.typeName)"]
            switch fact.body {
            case .ranking(let ranking):
                fields.append("ranking: \(localized(ranking.ranking))")
                if let period = ranking.period { fields.append("period: \(quote(period.description))") }
                if let by = ranking.by { fields.append("by: \(quote(by))") }
                let entries = ranking.entries.map { "{entity: \(quote($0.entity)), rank: \($0.rank)}" }
                fields.append("entries: [\(entries.joined(separator: ", "))]")
            case .event(let event):
                fields.append("event: \(localized(event.event))")
                fields.append("date: \(quote(event.date.description))")
                if let place = event.place { fields.append("place: \(quote(place))") }
                if !event.participants.isEmpty {
                    fields.append("participants: [\(event.participants.map(quote).joined(separator: ", "))]")
                }
            case .role(let role):
                fields.append("person: \(quote(role.person))")
                fields.append("role: \(localized(role.role))")
                if let organization = role.organization { fields.append("organization: \(quote(organization))") }
            case .set(let set):
                guard Set(set.members).count >= 2 else { continue }
                fields.append("set: \(localized(set.set))")
                let members = set.members.map { member -> String in
                    switch member {
                    case .entity(let id): return quote(id)
                    case .text(let text): return localized(text)
                    }
                }
                fields.append("members: [\(members.joined(separator: ", "))]")
            }
            if let asOf = fact.asOf { fields.append("as_of: \(quote(asOf.description))") }
            if let evidence = fact.evidence { fields.append("evidence: \(quote(evidence))") }
            text += "  - {\(fields.joined(separator: ", "))}\n"
            count += 1
        }
        return count
    }

    private func localized(_ text: LocalizedText) -> String {
        "{" + text.languages.map { "\($0): \(quote(text[$0] ?? ""))" }.joined(separator: ", ") + "}"
    }

    /// A double-quoted scalar (the one quoting, `YAMLScalar`).
    private func quote(_ value: String) -> String { YAMLScalar.quoted(value) }
}
