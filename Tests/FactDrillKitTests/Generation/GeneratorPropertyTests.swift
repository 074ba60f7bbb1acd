import FactDrillTestSupport
import XCTest

@testable import FactDrillKit

/// Properties over a few hundred random models (seeded, so a failure replays): ids unique and
/// stable under edits of other facts, no answer in its prompt, choice answers exactly once,
/// distractors never correct, byte-identical output run to run.
final class GeneratorPropertyTests: XCTestCase {
    /// Small models so that the built-in names and other models are needed as distractors.
    func randomModels(count: Int, seed: UInt64) -> [(model: ArticleModel, other: ArticleModel)] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { index in
            let facts = 1 + Int(rng.next() % 25)
            let entities = 8 + Int(rng.next() % 20)
            let model = SyntheticModel.make(seed: rng.next(), facts: facts, entities: entities, id: "m\(index)")
            let other = SyntheticModel.make(seed: rng.next(), facts: 6, entities: 8, id: "o\(index)")
            return (model, other)
        }
    }

    func testQualityRulesHoldOnRandomModels() throws {
        var cards = 0
        var skipped = 0
        var kinds: Set<String> = []
        for (model, other) in randomModels(count: 300, seed: 1) {
            let result = try QuestionGenerator().generate(model, others: [other])
            let problems = QualityChecker(model: model, others: [other]).problems(result.deck)
            XCTAssertEqual(problems, [], "model \(model.article.id)")
            if !problems.isEmpty { return }
            XCTAssertEqual(Set(result.deck.cards.map(\.id)).count, result.deck.cards.count)
            cards += result.deck.cards.count
            skipped += result.report.map(\.skipped.count).reduce(0, +)
            kinds.formUnion(result.deck.cards.map(\.kind))
        }
        XCTAssertGreaterThan(cards, 3000)
        XCTAssertGreaterThan(skipped, 0, "random ties and leaks are skipped, not written")
        XCTAssertEqual(kinds.count, 12, "\(kinds.sorted())")
    }

    func testTheSameModelGivesTheSameBytes() throws {
        for (model, other) in randomModels(count: 25, seed: 2) {
            let first = try DeckFile.encode(QuestionGenerator().generate(model, others: [other]).deck)
            let second = try DeckFile.encode(QuestionGenerator().generate(model, others: [other]).deck)
            XCTAssertEqual(first, second)
        }
    }

    func testTheSeedChangesTheShuffleButNotTheCards() throws {
        let (model, other) = randomModels(count: 1, seed: 3)[0]
        let a = try QuestionGenerator().generate(model, others: [other]).deck
        let b = try QuestionGenerator(options: GenerationOptions(seed: 99)).generate(model, others: [other]).deck
        XCTAssertEqual(a.cards.map(\.id), b.cards.map(\.id))
        XCTAssertNotEqual(a.cards.map(\.choices), b.cards.map(\.choices))
    }

    /// Changes one fact's texts to new, unique ones (and for a ranking, one entry's rank).
    func edited(_ fact: Fact, tag: String) -> Fact {
        var fact = fact
        let new = LocalizedText(ar: "نص معدل \(tag)", en: "edited text \(tag)")
        switch fact.body {
        case .ranking(var ranking):
            ranking.ranking = new
            if !ranking.entries.isEmpty { ranking.entries[0].rank += 7 }
            fact.body = .ranking(ranking)
        case .event(var event):
            event.event = new
            fact.body = .event(event)
        case .role(var role):
            role.role = new
            fact.body = .role(role)
        case .set(var set):
            set.set = new
            fact.body = .set(set)
        }
        return fact
    }

    func testEditingOneFactChangesOnlyItsCards() throws {
        for (index, pair) in randomModels(count: 80, seed: 4).enumerated() {
            var model = pair.model
            let before = try QuestionGenerator().generate(model, others: [pair.other]).deck.cards
            let target = index % model.facts.count
            let factID = model.facts[target].id
            model.facts[target] = edited(model.facts[target], tag: "\(index)")
            let after = try QuestionGenerator().generate(model, others: [pair.other]).deck.cards
            func untouched(_ cards: [DeckCard]) -> [DeckCard] { cards.filter { $0.fact != factID } }
            XCTAssertEqual(untouched(before).map(\.id), untouched(after).map(\.id), "model \(index), edited \(factID)")
            // Typed cards of other facts stay identical, except chronology cards that show the edited event.
            let typed = { (cards: [DeckCard]) in untouched(cards).filter { $0.format == .text } }
            XCTAssertEqual(typed(before), typed(after), "model \(index), edited \(factID)")
        }
    }

    func testEditingAnEventsDateOnlyMovesChronologyCards() throws {
        for (index, pair) in randomModels(count: 40, seed: 5).enumerated() {
            var model = pair.model
            guard
                let target = model.facts.firstIndex(where: {
                    if case .event = $0.body { return true } else { return false }
                }),
                case .event(var event) = model.facts[target].body
            else { continue }
            let before = try QuestionGenerator().generate(model, others: [pair.other]).deck.cards
            event.date = PartialDate(year: 1990 + index % 5)!
            model.facts[target].body = .event(event)
            let after = try QuestionGenerator().generate(model, others: [pair.other]).deck.cards
            let factID = model.facts[target].id
            func stable(_ cards: [DeckCard]) -> [String] {
                cards.filter {
                    $0.fact != factID && !$0.kind.hasPrefix("event.earlier") && !$0.kind.hasPrefix("event.order")
                }.map(\.id)
            }
            XCTAssertEqual(stable(before), stable(after), "model \(index)")
        }
    }
}
