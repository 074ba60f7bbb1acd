import Foundation
import Yams

extension ModelReader {
    static let topKeys = ["version", "article", "entities", "facts"]
    static let articleKeys = ["id", "title", "source", "published", "language", "text_file", "tags"]
    static let entityKeys = ["id", "type", "name", "aliases", "definite"]

    /// Reads a whole model; nil when any problem was found.
    mutating func readModel(_ root: Node) -> ArticleModel? {
        guard
            let top = fields(
                of: root, allowed: Self.topKeys, context: "the file",
                expected: "a mapping with the keys version, article, entities and facts")
        else {
            return nil
        }
        let version = readVersion(top)
        // The article comes first whatever the order in the file: it fixes the languages.
        let article = require(top, "article", context: "the file", expected: "the article's id, title and language")
            .flatMap { readArticle($0) }
        let entities = top["entities"].flatMap { readEntities($0) } ?? (top["entities"] == nil ? [] : nil)
        let facts = require(top, "facts", context: "the file", expected: "a list of the article's facts")
            .flatMap { readFacts($0) }
        guard problems.isEmpty, let version, let article, let entities, let facts else { return nil }
        return ArticleModel(version: version, article: article, entities: entities, facts: facts)
    }

    private mutating func readVersion(_ top: Fields) -> Int? {
        let supported = "this factdrill reads article models of version \(ArticleModel.currentVersion) only"
        guard let node = top["version"] else {
            report(top.node, "the file: missing 'version: \(ArticleModel.currentVersion)' at the top; \(supported)")
            return nil
        }
        guard case .scalar(let scalar) = node, Int(scalar.string) == ArticleModel.currentVersion else {
            let shown: String
            if case .scalar(let scalar) = node, !Self.isNull(node) {
                shown = Self.quoted(scalar.string)
            } else {
                shown = "(\(Self.describe(node)))"
            }
            report(
                node, "version \(shown) is not supported: \(supported) (write version: \(ArticleModel.currentVersion))")
            return nil
        }
        return ArticleModel.currentVersion
    }

    private mutating func readArticle(_ node: Node) -> Article? {
        let context = "article"
        guard
            let fields = fields(
                of: node, allowed: Self.articleKeys, context: context,
                expected: "a mapping with the article's id, title and language")
        else { return nil }
        let id = require(
            fields, "id", context: context, expected: "a slug such as 'nato-summit-2024'; it becomes the deck id"
        )
        .flatMap { slug($0, context: context, field: "id") }
        articleLanguage = require(
            fields, "language", context: context, expected: "the language of the original text, e.g. ar"
        )
        .flatMap { languageCode($0, context: context, field: "language") }
        let title = require(fields, "title", context: context, expected: "the title, e.g. {ar: \"…\", en: \"…\"}")
            .flatMap { localizedText($0, context: context, field: "title") }
        modelLanguages = title?.languages
        let source = fields["source"].flatMap { text($0, context: context, field: "source") }
        let published = fields["published"].flatMap { date($0, context: context, field: "published") }
        let textFile = fields["text_file"].flatMap { text($0, context: context, field: "text_file") }
        var tags: [String]? = []
        if let node = fields["tags"] {
            tags = list(node, context: context, field: "tags", of: "words", nullIsEmpty: true)
                .map { items in items.compactMap { text($0, context: context, field: "a tag") } }
        }
        guard let id, let title, let language = articleLanguage, let tags else { return nil }
        return Article(
            id: id, title: title, source: source, published: published, language: language,
            textFile: textFile, tags: tags)
    }

    private mutating func readEntities(_ node: Node) -> [Entity]? {
        guard let items = list(node, context: "the file", field: "entities", of: "entities", nullIsEmpty: true) else {
            return nil
        }
        var entities: [Entity] = []
        var valid = true
        for (index, item) in items.enumerated() {
            if let entity = readEntity(item, number: index + 1) { entities.append(entity) } else { valid = false }
        }
        return valid ? entities : nil
    }

    private mutating func readEntity(_ node: Node, number: Int) -> Entity? {
        var context = "entity \(number)"
        guard
            let fields = fields(
                of: node, allowed: Self.entityKeys, context: context,
                expected: "a mapping with id, type and name")
        else { return nil }
        var id: String?
        if let idNode = require(fields, "id", context: context, expected: "a slug such as 'south-korea'"),
            case .scalar(let scalar) = idNode, !Self.isNull(idNode)
        {
            context = "entity \(Self.quoted(scalar.string))"
            id = slug(idNode, context: context, field: "id")
            if let first = entityIndex[scalar.string] {
                report(
                    idNode,
                    "\(context): id \(Self.quoted(scalar.string)) is already used by the entity at line "
                        + "\(first.line); ids must be unique in a file")
                id = nil
            }
        } else if let idNode = fields["id"] {
            _ = slug(idNode, context: context, field: "id")
        }
        let typeNames = EntityType.allCases.map(\.rawValue)
        var type: EntityType?
        if let typeNode = require(
            fields, "type", context: context, expected: "one of \(typeNames.joined(separator: ", "))"),
            let raw = raw(
                typeNode, context: context, field: "type", expected: "one of \(typeNames.joined(separator: ", "))")
        {
            type = EntityType(rawValue: raw)
            if type == nil {
                report(
                    typeNode,
                    "\(context): unknown entity type \(Self.quoted(raw))"
                        + "\(Suggestion.hint(for: raw, among: typeNames)); the types are \(typeNames.joined(separator: ", "))"
                )
            }
        }
        // Register the id even when the rest is wrong, so that references to it do not fail too.
        if let idNode = fields["id"], case .scalar(let scalar) = idNode, !Self.isNull(idNode),
            entityIndex[scalar.string] == nil
        {
            entityIndex[scalar.string] = EntityInfo(type: type, line: Self.line(of: idNode))
            entityIDs.append(scalar.string)
        }
        let name = require(fields, "name", context: context, expected: "the name, e.g. {ar: \"…\", en: \"…\"}")
            .flatMap { localizedText($0, context: context, field: "name") }
        var aliases: LocalizedList? = [:]
        if let node = fields["aliases"], !Self.isNull(node) { aliases = self.aliases(node, context: context) }
        let definite = fields["definite"].flatMap { boolean($0, context: context, field: "definite") }
        if let id, let name, let nameNode = fields["name"] {
            checkNameIsUnique(name, of: id, at: nameNode, context: context)
        }
        guard let id, let type, let name, let aliases, fields["definite"] == nil || definite != nil else { return nil }
        return Entity(id: id, type: type, name: name, aliases: aliases, definite: definite)
    }

    /// Two entities with one name make questions with two right answers.
    private mutating func checkNameIsUnique(_ name: LocalizedText, of id: String, at node: Node, context: String) {
        for language in name.languages {
            guard let text = name[language] else { continue }
            let key =
                language + "|"
                + text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .trimmingCharacters(in: .whitespaces)
            if let first = entityNames[key] {
                report(
                    node,
                    "\(context): name \(Self.quoted(text)) (\(language)) is also the name of entity "
                        + "\(Self.quoted(first.id)) at line \(first.line); give each entity a name of its own")
                return
            }
            entityNames[key] = (id, Self.line(of: node))
        }
    }
}
