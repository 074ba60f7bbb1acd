import FactDrillTestSupport
import Foundation
import XCTest

@testable import FactDrillKit

/// The direct deck file writer gives the bytes of `JSONEncoder` (pretty, sorted keys, slashes
/// unescaped), so regenerated decks stay byte for byte the same.
final class DeckFileWriterTests: XCTestCase {
    private func viaEncoder(_ deck: Deck) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(deck)
    }

    private func assertSameBytes(_ deck: Deck, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try viaEncoder(deck)
        let written = try XCTUnwrap(DeckFileWriter.encode(deck), file: file, line: line)
        XCTAssertEqual(
            String(decoding: written, as: UTF8.self), String(decoding: expected, as: UTF8.self), file: file, line: line)
    }

    func testGeneratedDecksMatchJSONEncoder() throws {
        for seed in [UInt64(1), 2, 3] {
            let model = SyntheticModel.make(seed: seed, facts: 120, entities: 60, id: "writer-\(seed)")
            let deck = try QuestionGenerator().generate(model).deck
            XCTAssertGreaterThan(deck.cards.count, 100)
            try assertSameBytes(deck)
        }
    }

    func testEdgeCasesMatchJSONEncoder() throws {
        let odd = [
            "", "a \"quoted\" \\ back/slash", "tab\tand\nline", "bell\u{07} esc\u{1B}[31m", "del\u{7F}",
            "\u{2028}\u{2029}", "كوريا الجنوبية", "👍🏽 e\u{301}", "\u{0}",
        ]
        var cards: [DeckCard] = []
        for (index, text) in odd.enumerated() {
            cards.append(
                DeckCard(
                    id: "c\(index)", fact: "f/\(index)", kind: "set.member", format: .choice,
                    prompt: LocalizedText(ar: text, en: text), answer: LocalizedText(en: text),
                    accept: index % 2 == 0 ? [] : [text, "x"],
                    choices: index % 3 == 0 ? nil : (index % 3 == 1 ? [] : [LocalizedText(ar: text, en: "y")]),
                    evidence: index % 2 == 0 ? text : nil, tags: index % 2 == 0 ? [] : [text],
                    reject: index % 4 == 0 ? nil : (index % 4 == 1 ? [] : [text])))
        }
        for article in [
            nil, DeckInfo.ArticleRef(), DeckInfo.ArticleRef(source: "https://x/y"),
            DeckInfo.ArticleRef(source: "s", published: "2024-07"),
        ] {
            let deck = Deck(
                deck: DeckInfo(
                    id: "odd", title: LocalizedText(ar: "ع", en: "t/\"q\""), article: article,
                    languages: ["ar", "en"]), cards: cards)
            try assertSameBytes(deck)
        }
        try assertSameBytes(Deck(deck: DeckInfo(id: "empty", title: LocalizedText([:]), languages: []), cards: []))
    }

    func testUnusualLanguageCodesGoThroughJSONEncoder() throws {
        let deck = Deck(
            deck: DeckInfo(
                id: "d", title: LocalizedText(["zh-Hant": "標題", "en": "Title", "EN": "T"]),
                languages: ["en"]), cards: [])
        XCTAssertNil(DeckFileWriter.encode(deck))
        var expected = try viaEncoder(deck)
        expected.append(0x0A)
        XCTAssertEqual(try DeckFile.encode(deck), expected)
    }
}
