/// Checks, before generating, that every text a question needs exists in every requested
/// language and that every reference names an entity, and reports all that is missing at once.
enum ModelRequirements {
    static func check(_ model: ArticleModel, languages: [LanguageCode]) throws {
        var missing: [GenerationError.MissingText] = []
        let entities = model.entitiesByID
        func need(_ text: LocalizedText, _ fact: String?, _ field: String) {
            for language in languages where (text[language] ?? "").isEmpty {
                missing.append(.init(fact: fact, field: field, language: language))
            }
        }
        func needEntity(_ id: String, _ fact: String, _ field: String) throws {
            guard let entity = entities[id] else {
                throw GenerationError.unknownEntity(fact: fact, field: field, id: id)
            }
            need(entity.name, fact, "\(field) (\(id)) name")
        }
        need(model.article.title, nil, "title")
        for fact in model.facts {
            switch fact.body {
            case .ranking(let ranking):
                need(ranking.ranking, fact.id, "ranking")
                if let by = ranking.by { try needEntity(by, fact.id, "by") }
                for (index, entry) in ranking.entries.enumerated() {
                    try needEntity(entry.entity, fact.id, "entries[\(index)].entity")
                }
            case .event(let event):
                need(event.event, fact.id, "event")
                if let place = event.place { try needEntity(place, fact.id, "place") }
            case .role(let role):
                need(role.role, fact.id, "role")
                try needEntity(role.person, fact.id, "person")
                if let organization = role.organization { try needEntity(organization, fact.id, "organization") }
            case .set(let set):
                need(set.set, fact.id, "set")
                for (index, member) in set.members.enumerated() {
                    switch member {
                    case .entity(let id): try needEntity(id, fact.id, "members[\(index)]")
                    case .text(let text): need(text, fact.id, "members[\(index)]")
                    }
                }
            }
        }
        if !missing.isEmpty { throw GenerationError.missingText(missing) }
    }
}
