import Foundation
import Yams

extension ModelReader {
    static let commonFactKeys = ["id", "type", "as_of", "evidence", "ask"]
    static let factKeys: [String: [String]] = [
        "ranking": ["ranking", "period", "by", "entries"],
        "event": ["event", "date", "place", "participants"],
        "role": ["person", "role", "organization", "unique"],
        "set": ["set", "members"],
    ]

    mutating func readFacts(_ node: Node) -> [Fact]? {
        guard let items = list(node, context: "the file", field: "facts", of: "facts") else { return nil }
        guard !items.isEmpty else {
            report(node, "the file: facts is empty: a model needs at least one fact to make cards")
            return nil
        }
        var facts: [Fact] = []
        var firstLines: [String: Int] = [:]
        var valid = true
        for (index, item) in items.enumerated() {
            if let fact = readFact(item, number: index + 1, firstLines: &firstLines) {
                facts.append(fact)
            } else {
                valid = false
            }
        }
        return valid ? facts : nil
    }

    private mutating func readFact(_ node: Node, number: Int, firstLines: inout [String: Int]) -> Fact? {
        let allKeys = Self.commonFactKeys + FactBody.typeNames.flatMap { Self.factKeys[$0] ?? [] }
        var context = "fact \(number)"
        guard
            let fields = fields(
                of: node, allowed: allKeys, context: context,
                expected: "a mapping with id, type and the fields of its type")
        else { return nil }
        var id: String?
        if let idNode = require(fields, "id", context: context, expected: "a slug such as 'madrid-summit'") {
            if case .scalar(let scalar) = idNode, !Self.isNull(idNode) {
                context = "fact \(Self.quoted(scalar.string))"
            }
            id = slug(idNode, context: context, field: "id")
            if let id, let first = firstLines[id] {
                report(
                    idNode,
                    "\(context): id \(Self.quoted(id)) is already used by the fact at line \(first); "
                        + "ids must be unique in a file")
            } else if let id {
                firstLines[id] = Self.line(of: idNode)
            }
        }
        let known = FactBody.typeNames.joined(separator: ", ")
        var typeName: String?
        if let typeNode = require(fields, "type", context: context, expected: "one of \(known)"),
            let raw = raw(typeNode, context: context, field: "type", expected: "one of \(known)")
        {
            if FactBody.typeNames.contains(raw) {
                typeName = raw
            } else {
                report(
                    typeNode,
                    "\(context): unknown fact type \(Self.quoted(raw))"
                        + "\(Suggestion.hint(for: raw, among: FactBody.typeNames)); the known types are \(known)")
            }
        }
        let asOf = fields["as_of"].flatMap { date($0, context: context, field: "as_of") }
        let evidence = fields["evidence"].flatMap { text($0, context: context, field: "evidence") }
        guard let typeName else { return nil }
        let own = Self.commonFactKeys + (Self.factKeys[typeName] ?? [])
        if case .mapping(let mapping) = node {
            for (key, _) in mapping {
                guard case .scalar(let name) = key, fields[name.string] != nil, !own.contains(name.string) else {
                    continue
                }
                report(
                    key,
                    "\(context): key '\(name.string)' does not belong to \(Self.withArticle(typeName)) fact; "
                        + "\(Self.withArticle(typeName)) has the keys \(own.joined(separator: ", "))")
            }
        }
        let body: FactBody?
        switch typeName {
        case "ranking": body = readRanking(fields, context: context).map(FactBody.ranking)
        case "event": body = readEvent(fields, context: context).map(FactBody.event)
        case "role": body = readRole(fields, context: context).map(FactBody.role)
        default: body = readSet(fields, context: context).map(FactBody.set)
        }
        let ask = fields["ask"].flatMap { readAsk($0, typeName: typeName, context: context) }
        guard let id, let body, fields["as_of"] == nil || asOf != nil, fields["evidence"] == nil || evidence != nil,
            fields["ask"] == nil || ask != nil
        else {
            return nil
        }
        return Fact(id: id, body: body, asOf: asOf, evidence: evidence, ask: ask)
    }

    private mutating func readRanking(_ fields: Fields, context: String) -> Ranking? {
        let ranking = require(
            fields, "ranking", context: context, expected: "what is ranked, e.g. {ar: \"…\", en: \"…\"}"
        )
        .flatMap { localizedText($0, context: context, field: "ranking") }
        let period = fields["period"].flatMap { self.period($0, context: context, field: "period") }
        let by = fields["by"].flatMap { reference($0, context: context, field: "by") }
        var entries: [RankingEntry]?
        if let node = require(fields, "entries", context: context, expected: "a list of {entity: id, rank: N}"),
            let items = list(node, context: context, field: "entries", of: "{entity: id, rank: N}")
        {
            if items.isEmpty {
                report(node, "\(context): entries is empty: a ranking needs at least one {entity: id, rank: N}")
            } else {
                entries = readEntries(items, context: context)
            }
        }
        guard let ranking, let entries, fields["period"] == nil || period != nil, fields["by"] == nil || by != nil
        else {
            return nil
        }
        return Ranking(ranking: ranking, period: period, by: by, entries: entries)
    }

    private mutating func readEntries(_ items: [Node], context: String) -> [RankingEntry]? {
        var entries: [RankingEntry] = []
        var firstLines: [String: Int] = [:]
        var valid = true
        for (index, item) in items.enumerated() {
            let entryContext = "\(context): entry \(index + 1)"
            guard
                let fields = fields(
                    of: item, allowed: ["entity", "rank"], context: entryContext,
                    expected: "a mapping {entity: id, rank: N}")
            else {
                valid = false
                continue
            }
            let entity = require(fields, "entity", context: entryContext, expected: "the id of the ranked entity")
                .flatMap { reference($0, context: entryContext, field: "entity") }
            var rank: Int?
            if let node = require(fields, "rank", context: entryContext, expected: "a whole number from 1 (the top)"),
                let number = wholeNumber(node, context: entryContext, field: "rank")
            {
                if number < 1 {
                    report(node, "\(entryContext): rank \(number) is below 1: rank 1 is the top of a ranking")
                } else {
                    rank = number
                }
            }
            if let entity, let node = fields["entity"] {
                if let first = firstLines[entity] {
                    report(
                        node,
                        "\(entryContext): \(Self.quoted(entity)) is already ranked at line \(first) of this "
                            + "ranking; keep one entry per entity")
                    valid = false
                } else {
                    firstLines[entity] = Self.line(of: node)
                }
            }
            if let entity, let rank { entries.append(RankingEntry(entity: entity, rank: rank)) } else { valid = false }
        }
        return valid ? entries : nil
    }

    private mutating func readEvent(_ fields: Fields, context: String) -> Event? {
        let event = require(
            fields, "event", context: context, expected: "what happened, as a noun phrase, e.g. {ar: \"…\", en: \"…\"}"
        )
        .flatMap { localizedText($0, context: context, field: "event") }
        let date = require(fields, "date", context: context, expected: "when it happened: YYYY, YYYY-MM or YYYY-MM-DD")
            .flatMap { self.date($0, context: context, field: "date") }
        let place = fields["place"].flatMap { reference($0, context: context, field: "place") }
        var participants: [String]? = []
        if let node = fields["participants"] {
            participants = entityList(node, context: context, field: "participants")
        }
        guard let event, let date, let participants, fields["place"] == nil || place != nil else { return nil }
        return Event(event: event, date: date, place: place, participants: participants)
    }

    /// A non-empty list of distinct entity ids.
    private mutating func entityList(_ node: Node, context: String, field: String) -> [String]? {
        guard let items = list(node, context: context, field: field, of: "entity ids") else { return nil }
        if items.isEmpty {
            report(node, "\(context): \(field) is empty: name at least one entity, or remove the key")
            return nil
        }
        let read = items.map { item in (node: item, value: reference(item, context: context, field: field)) }
        return listedOnce(read, name: { id in "\(context): \(field): \(Self.quoted(id))" })
    }
}
