import XCTest

@testable import FactDrillKit

/// Random inputs made of the characters that matter to the parser: every one either imports
/// cards with a prompt and an answer, or throws an `ImportError`; nothing else happens.
final class AnkiTextReaderRandomTests: XCTestCase {
    let pieces = [
        "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "#", "#separator:", "#html:true\n", ":",
        "a", "Paris", "بيت", "<br>", "<b>", "&amp;", "&#", "[sound:x]", " ", "\u{1B}", "|",
    ]

    func randomText(_ generator: inout SplitMix64) -> String {
        let count = Int(generator.next() % 40)
        return (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    func testRandomInputsImportOrFailCleanly() {
        var generator = SplitMix64(seed: 7)
        var imported = 0
        var failed = 0
        for _ in 0..<3000 {
            let text = randomText(&generator)
            do {
                let deck = try AnkiTextReader.read(Data(text.utf8), file: "random.csv")
                imported += 1
                XCTAssertFalse(deck.cards.isEmpty)
                for card in deck.cards {
                    XCTAssertFalse(card.prompt.allStrings.joined().isEmpty, text)
                    XCTAssertFalse(card.answer.allStrings.joined().isEmpty, text)
                    XCTAssertFalse((card.prompt.allStrings + card.answer.allStrings).joined().contains("\u{1B}"), text)
                }
                XCTAssertEqual(Set(deck.cards.map(\.id)).count, deck.cards.count, "ids are unique: \(text)")
            } catch is ImportError {
                failed += 1
            } catch {
                XCTFail("unexpected \(error) for \(text.debugDescription)")
            }
        }
        // Both outcomes must occur, or the generator tests nothing.
        XCTAssertGreaterThan(imported, 100)
        XCTAssertGreaterThan(failed, 100)
    }

    func testPlainTextIsTrimmedAndFreeOfControls() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<3000 {
            let text = AnkiHTML.plainText(randomText(&generator))
            XCTAssertFalse(text.hasPrefix(" ") || text.hasSuffix(" ") || text.contains("  "), text.debugDescription)
            XCTAssertFalse(
                text.unicodeScalars.contains { $0.properties.generalCategory == .control }, text.debugDescription)
        }
    }
}
