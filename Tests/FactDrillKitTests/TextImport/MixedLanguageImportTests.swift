import Foundation
import XCTest

@testable import FactDrillKit

/// Fuzz finding (scripts/fuzz.d/findings/csv): notes in Arabic and English in one export.
final class MixedLanguageImportTests: XCTestCase {
    func testAMixedExportGivesADeckThatSurvivesTheDeckFileRoundTrip() throws {
        let csv = "Capital of Japan,Tokyo\nعاصمة اليابان,طوكيو\n"
        let deck = try AnkiTextReader.read(Data(csv.utf8), file: "mixed.csv")
        XCTAssertEqual(deck.deck.languages, ["mul"], "no language is common to every card")
        XCTAssertEqual(deck.cards.map(\.prompt.values), [["mul": "Capital of Japan"], ["mul": "عاصمة اليابان"]])
        let again = try DeckFile.decode(DeckFile.encode(deck), file: "m.deck.json")
        XCTAssertEqual(again, deck)
    }

    func testASingleLanguageExportListsThatLanguage() throws {
        let deck = try AnkiTextReader.read(Data("عاصمة اليابان,طوكيو\n".utf8), file: "ar.csv")
        XCTAssertEqual(deck.deck.languages, ["ar"])
    }

    func testADeckFileGivingTheFormatTwiceIsCheckedAsDecoded() throws {
        let deck =
            #"{"format":"other","version":1,"deck":{"id":"d","title":{"en":"D"},"languages":["en"]},"cards":[],"format":"factdrill-deck"}"#
        XCTAssertThrowsError(try DeckFile.decode(Data(deck.utf8), file: "dup.deck.json")) { error in
            XCTAssertTrue(error.localizedDescription.contains("dup.deck.json"), error.localizedDescription)
        }
        let version =
            #"{"format":"factdrill-deck","version":2,"deck":{"id":"d","title":{"en":"D"},"languages":["en"]},"cards":[],"version":1}"#
        XCTAssertThrowsError(try DeckFile.decode(Data(version.utf8), file: "v.deck.json"))
    }
}
