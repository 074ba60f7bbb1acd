import XCTest

@testable import FactDrillKit

/// Chronology asks only what the article tells (events at most ten years apart), and an event the
/// article announces is asked about as planned.
final class ChronologySpanTests: XCTestCase {
    private let yaml = """
        version: 1
        article:
          id: span
          title: {ar: "الحلف", en: "The alliance"}
          published: 2024-10
          language: en
        entities:
          - {id: hague, type: place, name: {ar: "لاهاي", en: "The Hague"}}
        facts:
          - {id: treaty, type: event, event: {ar: "توقيع المعاهدة", en: "the signing of the treaty"}, date: 1949-04-04}
          - {id: appointed, type: event, event: {ar: "تعيين الأمين العام", en: "the appointment"}, date: 2014-10-01}
          - {id: invasion, type: event, event: {ar: "الغزو", en: "the invasion"}, date: 2022-02-24}
          - {id: accession, type: event, event: {ar: "انضمام فنلندا", en: "Finland's accession"}, date: 2023-04-04}
          - id: next-summit
            type: event
            event: {ar: "القمة المقبلة", en: "the next summit"}
            date: 2025
            place: hague
        """

    private func deck() throws -> Deck {
        try QuestionGenerator().generate(ModelLoader.load(yaml: yaml, file: "span.article.yaml")).deck
    }

    func testEventsFarApartAreNeverAskedTogether() throws {
        let chronology = try deck().cards.filter { $0.kind == "event.earlier" || $0.kind == "event.order" }
        XCTAssertFalse(chronology.isEmpty)
        for card in chronology {
            XCTAssertFalse(card.id.contains("treaty"), "1949 is common knowledge beside 2014-2025: \(card.id)")
        }
        XCTAssertTrue(chronology.contains { $0.id == "appointed.earlier.invasion" }, "8 years apart is asked")
    }

    func testAnEventAfterThePublicationIsAskedAsPlanned() throws {
        let deck = try deck()
        XCTAssertEqual(
            deck.cards.first { $0.id == "next-summit.date" }?.prompt["en"],
            "In what year was the next summit to take place?")
        XCTAssertEqual(
            deck.cards.first { $0.id == "next-summit.place" }?.prompt["en"], "Where was the next summit to take place?")
        XCTAssertEqual(
            deck.cards.first { $0.id == "accession.date" }?.prompt["en"],
            "On what date did Finland's accession take place?")
    }
}

/// Words that place an event after another give the order away, as ordinals do.
final class LaterWordGiveawayTests: XCTestCase {
    private func text(_ en: String, _ ar: String) -> LocalizedText { LocalizedText(ar: ar, en: en) }

    func testAnEventNamedAsFollowingAnotherGivesTheOrderAway() {
        let washington = text("the Washington summit", "قمة واشنطن")
        let hague = text("the NATO summit following the Washington summit", "قمة الناتو التالية لقمة واشنطن")
        XCTAssertNotNil(OptionGiveaway.orderProblem(chronological: [washington, hague]))
        XCTAssertNotNil(
            OptionGiveaway.orderProblem(chronological: [
                text("the opening", "الافتتاح"), text("the closing ceremony", "حفل اختتام الألعاب"),
            ]))
    }

    func testAfterAloneOrdersNothing() {
        XCTAssertNil(
            OptionGiveaway.orderProblem(chronological: [
                text("Sunak's announcement", "إعلان سوناك"),
                text("the election that returned Labour after 14 years", "الانتخابات التي أعادت العمال بعد 14 عاماً"),
            ]))
    }
}
