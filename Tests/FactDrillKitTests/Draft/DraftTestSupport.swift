import XCTest

@testable import FactDrillKit

/// Drafting a text in a test, and reading the facts back by names.
enum DraftFixture {
    static func draft(_ text: String, published: String? = "2024-07-10", language: String? = nil) -> ArticleDraft {
        ArticleDrafter().draft(
            text: text, options: .init(published: published.flatMap(PartialDate.init), language: language))
    }
}

extension ArticleDraft {
    /// The name of an entity in the draft's language.
    func name(_ id: String?) -> String? {
        guard let id, let entity = entity(id) else { return nil }
        return entity.names[language]
    }

    /// Ranking entries as "name rank".
    var rankingEntries: [String] {
        facts.flatMap { fact -> [String] in
            guard case .ranking(_, _, _, let entries) = fact.body else { return [] }
            return entries.map { "\(name($0.entity) ?? $0.entity) \($0.rank)" }
        }
    }

    /// The rankings' names in the draft's language.
    var rankingNames: [String] {
        facts.compactMap { fact in
            guard case .ranking(let name, _, _, _) = fact.body else { return nil }
            return name[language]
        }
    }

    /// Each ranking as "name: entity rank, entity rank".
    var rankingLists: [String] {
        facts.compactMap { fact in
            guard case .ranking(let name, _, _, let entries) = fact.body else { return nil }
            let listed = entries.map { "\(self.name($0.entity) ?? $0.entity) \($0.rank)" }
            return (name[language] ?? "") + ": " + listed.joined(separator: ", ")
        }
    }

    /// Events as "date name".
    var eventDates: [String] {
        facts.compactMap { fact in
            guard case .event(_, let date, _) = fact.body else { return nil }
            return date.description
        }
    }

    /// Roles as "person | post | organization".
    var roleLines: [String] {
        facts.compactMap { fact in
            guard case .role(let person, let post, let organization) = fact.body else { return nil }
            return "\(name(person) ?? "?") | \(post[language] ?? "?") | \(name(organization) ?? "-")"
        }
    }

    /// The model file loads as `check` loads it (a draft without facts is not written).
    func loads(file: StaticString = #filePath, line: UInt = #line) {
        guard !facts.isEmpty else { return }
        let yaml = ArticleDraftWriter.yaml(self, id: "test", textFile: nil, source: "test")
        XCTAssertNoThrow(try ModelLoader.load(yaml: yaml, file: "test.article.yaml"), yaml, file: file, line: line)
    }
}
