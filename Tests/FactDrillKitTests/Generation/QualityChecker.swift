@testable import FactDrillKit

/// The quality rules checked from the outside, against what the models state: written apart
/// from the generator's own gate so that a bug in one is caught by the other.
struct QualityChecker {
    let model: ArticleModel
    let others: [ArticleModel]

    /// Lowercased words without Arabic harakat: an independent tokenizer for leak checks.
    static func words(_ text: String) -> [String] {
        let stripped = String(
            String.UnicodeScalarView(
                text.lowercased().unicodeScalars.filter {
                    !(0x064B...0x0652).contains($0.value)
                }))
        return stripped.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    static func containsRun(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }

    /// Every problem of `deck`, as readable lines; empty when all rules hold.
    func problems(_ deck: Deck) -> [String] {
        var problems: [String] = []
        var ids: Set<String> = []
        let entities = model.entitiesByID
        let factsByID = Dictionary(uniqueKeysWithValues: (model.facts + others.flatMap(\.facts)).map { ($0.id, $0) })
        for card in deck.cards {
            func fail(_ message: String) { problems.append("\(card.id): \(message)") }
            if !ids.insert(card.id).inserted { fail("duplicate id") }
            for language in deck.deck.languages where card.prompt[language] == nil || card.answer[language] == nil {
                fail("missing \(language)")
            }
            if card.format != .order {
                for needle in card.answer.allStrings + card.accept {
                    let words = Self.words(needle)
                    for prompt in card.prompt.allStrings where Self.containsRun(Self.words(prompt), words) {
                        fail("prompt contains its answer “\(needle)”: \(prompt)")
                    }
                }
            }
            if card.format == .order { problems += orderProblems(card) }
            guard card.format == .choice, let choices = card.choices, let fact = factsByID[card.fact] else { continue }
            let english = choices.compactMap { $0["en"] }
            if english.filter({ $0 == card.answer["en"] }).count != 1 { fail("answer not exactly once among choices") }
            if Set(english).count != english.count { fail("repeated choice") }
            let correct = english.filter { isCorrect($0, card: card, fact: fact, entities: entities) }
            if correct != [card.answer["en"]] { fail("correct options \(correct), answer \(card.answer["en"] ?? "")") }
        }
        return problems
    }

    /// An order card's `accept` must list its options earliest first, each certainly before the next.
    func orderProblems(_ card: DeckCard) -> [String] {
        let events = (model.facts + others.flatMap(\.facts)).compactMap { fact -> Event? in
            if case .event(let event) = fact.body { return event }
            return nil
        }
        guard let choices = card.choices, card.accept.count == 1 else {
            return ["\(card.id): order card without one accept"]
        }
        let positions = card.accept[0].split(separator: " ").compactMap { Int($0) }
        guard positions.sorted() == Array(1...choices.count) else { return ["\(card.id): accept is not a permutation"] }
        let dates = positions.map { position in events.first { $0.event["en"] == choices[position - 1]["en"] }!.date }
        return zip(dates, dates.dropFirst()).allSatisfy { $0.isCertainlyBefore($1) } ? [] : ["\(card.id): wrong order"]
    }

    /// Whether the option `choice` (English) is a right answer to `card`, by the model's facts.
    func isCorrect(_ choice: String, card: DeckCard, fact: Fact, entities: [String: Entity]) -> Bool {
        func named(_ id: String) -> Bool { entities[id]?.name["en"] == choice }
        switch (card.kind, fact.body) {
        case ("ranking.holder-of", .ranking(let ranking)):
            let rank = Int(card.id.components(separatedBy: ".holder-of-choice.")[1].split(separator: ".")[0])!
            return ranking.entries.contains { $0.rank == rank && named($0.entity) }
        case ("ranking.higher", .ranking(let ranking)):
            let ranks = ranking.entries.filter { named($0.entity) }.map(\.rank)
            let all = card.choices!.flatMap { option in
                ranking.entries.filter { entities[$0.entity]?.name["en"] == option["en"] }.map(\.rank)
            }
            return !ranks.isEmpty && ranks.min() == all.min() && all.filter { $0 == all.min() }.count == 1
        case ("role.title", .role(let role)):
            let posts = model.facts.compactMap { fact -> String? in
                guard case .role(let other) = fact.body, other.person == role.person else { return nil }
                return other.role["en"]
            }
            return posts.contains(choice)
        case ("set.odd-one-out", .set(let set)):
            let members = set.members.map { member -> String? in
                switch member {
                case .entity(let id): return entities[id]?.name["en"]
                case .text(let text): return text["en"]
                }
            }
            return !members.contains(choice)
        case ("event.earlier", .event):
            let events = (model.facts + others.flatMap(\.facts)).compactMap { fact -> Event? in
                if case .event(let event) = fact.body { return event }
                return nil
            }
            let dates = card.choices!.map { option in events.first { $0.event["en"] == option["en"] }!.date }
            let mine = events.first { $0.event["en"] == choice }!.date
            return dates.allSatisfy { $0 == mine || mine.isCertainlyBefore($0) }
        default:
            return choice == card.answer["en"]
        }
    }
}
