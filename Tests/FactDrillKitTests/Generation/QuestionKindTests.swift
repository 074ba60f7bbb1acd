import XCTest

@testable import FactDrillKit

/// Question kinds are listed once, and written in deck files exactly as before they had a type.
final class QuestionKindTests: XCTestCase {
    func testTheGeneratedKindsAreWrittenAsBefore() {
        XCTAssertEqual(
            QuestionKind.generated.map(\.rawValue),
            [
                "ranking.holder-of", "ranking.rank-of", "ranking.higher",
                "event.date", "event.place", "event.earlier", "event.order",
                "role.holder", "role.title", "role.organization",
                "set.member", "set.odd-one-out",
            ])
        XCTAssertEqual(Set(QuestionKind.generated).count, QuestionKind.generated.count)
    }

    func testEveryKindNamesItsFactType() {
        XCTAssertEqual(QuestionKind.rankingRankOf.factType, .ranking)
        XCTAssertEqual(QuestionKind.setOddOneOut.factType, .set)
        XCTAssertEqual(Set(QuestionKind.generated.compactMap(\.factType)), Set(FactType.allCases))
        XCTAssertTrue(QuestionKind.generated.allSatisfy { $0.rawValue.hasPrefix("\($0.factType!).") })
        XCTAssertNil(QuestionKind(rawValue: "note.basic").factType, "an imported note is about no fact")
        XCTAssertEqual(FactBody.typeNames, ["ranking", "event", "role", "set"])
    }

    func testAKindIsCodedAsItsString() throws {
        let data = try JSONEncoder().encode([QuestionKind.eventOrder, QuestionKind(rawValue: "note.reversed")])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["event.order","note.reversed"]"#)
        XCTAssertEqual(try JSONDecoder().decode([QuestionKind].self, from: data).last?.rawValue, "note.reversed")
    }

    func testACardsKindReadsAndWritesTheWrittenForm() {
        var card = DeckCard(
            id: "f.q", fact: "f", kind: "role.title", format: .choice,
            prompt: LocalizedText(ar: "س", en: "Q"), answer: LocalizedText(ar: "ج", en: "A"), accept: ["A"])
        XCTAssertEqual(card.questionKind, .roleTitle)
        card.questionKind = .roleHolder
        XCTAssertEqual(card.kind, "role.holder")
        XCTAssertEqual(card.factType, "role")
    }
}
