import XCTest

@testable import FactDrillKit

/// Deck files: deterministic bytes, round trip, and an error naming the card for each problem.
final class DeckFileTests: XCTestCase {
    func sampleDeck() throws -> Deck {
        try QuestionGenerator().generate(SampleModels.natoIP4).deck
    }

    func testEncodingIsDeterministicReadableUTF8() throws {
        let deck = try sampleDeck()
        let data = try DeckFile.encode(deck)
        XCTAssertEqual(data, try DeckFile.encode(deck))
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.hasSuffix("}\n"))
        XCTAssertTrue(text.contains("كوريا الجنوبية"), "Arabic is written as UTF-8, not escaped")
        XCTAssertFalse(text.contains("\\u"))
        XCTAssertFalse(text.contains("\\/"))
        XCTAssertLessThan(
            text.range(of: "\"cards\"")!.lowerBound, text.range(of: "\"deck\"")!.lowerBound, "keys are sorted")
        XCTAssertTrue(
            text.contains("\"format\" : \"factdrill-deck\"") || text.contains("\"format\": \"factdrill-deck\""))
    }

    func testRoundTrip() throws {
        let deck = try sampleDeck()
        XCTAssertEqual(try DeckFile.decode(DeckFile.encode(deck), file: "d.json"), deck)
    }

    /// The sample deck as a JSON object, edited by `change`, then decoded.
    func decodeEdited(_ change: (inout [String: Any]) -> Void) throws -> Deck {
        var json = try JSONSerialization.jsonObject(with: DeckFile.encode(sampleDeck())) as! [String: Any]
        change(&json)
        return try DeckFile.decode(JSONSerialization.data(withJSONObject: json), file: "d.json")
    }

    func editCard(_ index: Int, _ change: @escaping (inout [String: Any]) -> Void) -> (inout [String: Any]) -> Void {
        { json in
            var cards = json["cards"] as! [[String: Any]]
            change(&cards[index])
            json["cards"] = cards
        }
    }

    func assertError(_ expected: DeckError, _ change: (inout [String: Any]) -> Void, line: UInt = #line) {
        XCTAssertThrowsError(try decodeEdited(change), line: line) { error in
            XCTAssertEqual(error as? DeckError, expected, line: line)
            XCTAssertTrue(error.localizedDescription.hasPrefix("d.json: "), error.localizedDescription, line: line)
        }
    }

    func testUnknownFieldsAreIgnored() throws {
        let deck = try decodeEdited { json in
            json["generator"] = "future"
            self.editCard(0) { $0["difficulty"] = 3 }(&json)
        }
        XCTAssertEqual(deck, try sampleDeck())
    }

    func testEachProblemIsNamed() throws {
        let first = try sampleDeck().cards[0].id
        let second = try sampleDeck().cards[1].id
        XCTAssertThrowsError(try DeckFile.decode(Data("{ nope".utf8), file: "d.json")) { error in
            guard case DeckError.notJSON(file: "d.json", _) = error else { return XCTFail("\(error)") }
        }
        assertError(.notADeck(file: "d.json", format: "anki")) { $0["format"] = "anki" }
        assertError(.unsupportedVersion(file: "d.json", version: 2)) { $0["version"] = 2 }
        assertError(
            .missingField(file: "d.json", card: .init(index: 1, id: second), field: "prompt"),
            editCard(1) { $0["prompt"] = nil })
        assertError(
            .missingField(file: "d.json", card: .init(index: 0, id: nil), field: "id"), editCard(0) { $0["id"] = nil })
        XCTAssertThrowsError(try decodeEdited(editCard(1) { $0["format"] = "essay" })) { error in
            guard
                case DeckError.invalidField(file: "d.json", card: .init(index: 1, id: second), field: "format", _) =
                    error
            else {
                return XCTFail("\(error)")
            }
            XCTAssertTrue(error.localizedDescription.contains("card 1 (id \"\(second)\"): field \"format\" is invalid"))
        }
        assertError(.missingField(file: "d.json", card: nil, field: "deck.languages")) { json in
            var deck = json["deck"] as! [String: Any]
            deck["languages"] = nil
            json["deck"] = deck
        }
        assertError(.duplicateCardID(file: "d.json", id: first, indices: [0, 1]), editCard(1) { $0["id"] = first })
        assertError(
            .missingLanguage(file: "d.json", card: .init(index: 1, id: second), field: "answer", language: "ar"),
            editCard(1) { $0["answer"] = ["en": "x"] })
    }

    func testChoiceCardsNeedTheirAnswerAmongTheirChoices() throws {
        let deck = try sampleDeck()
        let index = deck.cards.firstIndex { $0.format == .choice }!
        let ref = DeckError.CardRef(index: index, id: deck.cards[index].id)
        assertError(.missingChoices(file: "d.json", card: ref), editCard(index) { $0["choices"] = nil })
        assertError(
            .answerNotAmongChoices(file: "d.json", card: ref),
            editCard(index) { $0["answer"] = ["ar": "لا", "en": "none"] })
        assertError(
            .missingLanguage(file: "d.json", card: ref, field: "choices[0]", language: "ar"),
            editCard(index) { card in
                var choices = card["choices"] as! [[String: String]]
                choices[0]["ar"] = nil
                card["choices"] = choices
            })
    }
}
