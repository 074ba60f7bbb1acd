import XCTest

@testable import FactDrillKit

final class AnkiNoteKindTests: XCTestCase {
    func testStockNamesCopiesAndCloze() {
        XCTAssertEqual(AnkiNoteKind(notetypeName: "Basic"), .basic)
        XCTAssertEqual(AnkiNoteKind(notetypeName: "basic (and reversed card)"), .reversed)
        XCTAssertEqual(AnkiNoteKind(notetypeName: "Basic (optional reversed card)"), .optionalReversed)
        XCTAssertEqual(AnkiNoteKind(notetypeName: "Basic (type in the answer)"), .typeIn)
        XCTAssertEqual(AnkiNoteKind(notetypeName: "Basic-a1b2c"), .basic, "Anki's name for an imported copy")
        XCTAssertEqual(AnkiNoteKind(notetypeName: "Cloze"), .cloze)
        XCTAssertEqual(AnkiNoteKind(notetypeName: "My cloze", isCloze: true), .cloze)
        XCTAssertEqual(AnkiNoteKind(notetypeName: "Basic vocabulary"), .other)
        XCTAssertEqual(AnkiNoteKind(notetypeName: "أساسي"), .other)
    }

    func testOrdinals() {
        XCTAssertEqual(AnkiNoteKind.basic.ordinals(fields: ["a", "b"]), [0])
        XCTAssertEqual(AnkiNoteKind.reversed.ordinals(fields: ["a", "b"]), [0, 1])
        XCTAssertEqual(AnkiNoteKind.optionalReversed.ordinals(fields: ["a", "b", "y"]), [0, 1])
        XCTAssertEqual(AnkiNoteKind.optionalReversed.ordinals(fields: ["a", "b", "<br>"]), [0])
        XCTAssertEqual(AnkiNoteKind.optionalReversed.ordinals(fields: ["a", "b"]), [0])
        XCTAssertEqual(AnkiNoteKind.cloze.ordinals(fields: ["{{c1::a}}", ""]), [])
    }

    func testDeckNamesAndSlugs() {
        XCTAssertEqual(ImportedDeck.slug("Arms Trade::SIPRI 2024!"), "arms-trade-sipri-2024")
        XCTAssertEqual(ImportedDeck.slug("  --  "), "imported")
        XCTAssertEqual(ImportedDeck.slug("مفردات عربية"), "مفردات-عربية")
        XCTAssertEqual(ImportedDeck.topLevelName("Arms Trade::Exporters::2024"), "Arms Trade")
        XCTAssertEqual(ImportedDeck.baseName(ofFile: "/a/b/my.deck.tsv"), "my.deck")
        XCTAssertEqual(ImportedDeck.baseName(ofFile: ".hidden"), ".hidden")
    }
}
