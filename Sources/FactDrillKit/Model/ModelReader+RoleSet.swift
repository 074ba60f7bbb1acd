import Foundation
import Yams

extension ModelReader {
    mutating func readRole(_ fields: Fields, context: String) -> Role? {
        var person: String?
        if let node = require(fields, "person", context: context, expected: "the id of an entity of type person"),
            let id = reference(node, context: context, field: "person")
        {
            if let type = entityIndex[id]?.type, type != .person {
                report(
                    node,
                    "\(context): person \(Self.quoted(id)) is \(Self.article(for: type)) \(type.rawValue), "
                        + "not a person: a role's person must be an entity of type person")
            } else {
                person = id
            }
        }
        let role = require(fields, "role", context: context, expected: "the role's title, e.g. {ar: \"…\", en: \"…\"}")
            .flatMap { localizedText($0, context: context, field: "role") }
        let organization = fields["organization"].flatMap { reference($0, context: context, field: "organization") }
        let unique = fields["unique"].flatMap { boolean($0, context: context, field: "unique") }
        guard let person, let role, fields["organization"] == nil || organization != nil,
            fields["unique"] == nil || unique != nil
        else { return nil }
        return Role(person: person, role: role, organization: organization, unique: unique)
    }

    mutating func readSet(_ fields: Fields, context: String) -> NamedSet? {
        let set = require(fields, "set", context: context, expected: "what the set is, e.g. {ar: \"…\", en: \"…\"}")
            .flatMap { localizedText($0, context: context, field: "set") }
        var members: [SetMember]?
        if let node = require(fields, "members", context: context, expected: "a list of entity ids or localized texts"),
            let items = list(node, context: context, field: "members", of: "entity ids or localized texts")
        {
            members = readMembers(items, listNode: node, context: context)
        }
        guard let set, let members else { return nil }
        return NamedSet(set: set, members: members)
    }

    /// Members: a plain string is an entity id (and must name one); a mapping is a localized text.
    private mutating func readMembers(_ items: [Node], listNode: Node, context: String) -> [SetMember]? {
        if items.count < 2 {
            report(
                listNode,
                "\(context): members has \(items.count) member\(items.count == 1 ? "" : "s"); "
                    + "a set needs at least 2 (a single member is better written as another kind of fact)")
            return nil
        }
        var read: [(node: Node, value: SetMember?)] = []
        for item in items {
            var member: SetMember?
            if case .mapping = item {
                member = localizedText(item, context: context, field: "a member").map(SetMember.text)
            } else if case .scalar(let scalar) = item, !Self.isNull(item) {
                if entityIndex[scalar.string] != nil {
                    member = .entity(scalar.string)
                } else {
                    let example = (modelLanguages ?? ["ar", "en"]).map { "\($0): \"…\"" }.joined(separator: ", ")
                    report(
                        item,
                        "\(context): members: no entity \(Self.quoted(scalar.string)) in this file"
                            + "\(Suggestion.hint(for: scalar.string, among: entityIDs)); a plain string names an entity: "
                            + "write {\(example)} for a text member")
                }
            } else {
                report(
                    item,
                    "\(context): a member must be an entity id or a localized text such as "
                        + "{ar: \"…\", en: \"…\"}, found \(Self.describe(item))")
            }
            read.append((item, member))
        }
        return listedOnce(read, name: { _ in "\(context): this member" })
    }

    /// "a" or "an" before an entity type's name.
    static func article(for type: EntityType) -> String {
        type == .organization || type == .other ? "an" : "a"
    }

    /// A fact type's name after "a" or "an": "an event", "a ranking".
    static func withArticle(_ typeName: String) -> String {
        (typeName.hasPrefix("e") ? "an " : "a ") + typeName
    }
}
