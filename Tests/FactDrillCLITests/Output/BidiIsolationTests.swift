import XCTest

@testable import FactDrillCLI

final class BidiIsolationTests: XCTestCase {
    private let fsi = "\u{2068}", pdi = "\u{2069}"

    func testArabicInsideEnglishIsIsolated() {
        XCTAssertEqual(BidiIsolation.isolate("Capital: باريس (France)"), "Capital: \(fsi)باريس\(pdi) (France)")
    }

    func testArabicOnlyLineIsUntouched() {
        XCTAssertEqual(BidiIsolation.isolate("ما عاصمة فرنسا؟"), "ما عاصمة فرنسا؟")
    }

    func testLineStartingWithArabicIsUntouched() {
        XCTAssertEqual(BidiIsolation.isolate("[3/17] باريس is the capital"), "[3/17] باريس is the capital")
    }

    func testLineWithoutStrongCharactersIsUntouched() {
        XCTAssertEqual(BidiIsolation.isolate("[3/17] 1990 -- !"), "[3/17] 1990 -- !")
    }

    func testRunKeepsNumbersBetweenArabicWords() {
        XCTAssertEqual(BidiIsolation.isolate("Answer: عام 1990 م ok"), "Answer: \(fsi)عام 1990 م\(pdi) ok")
    }

    func testRunEndsAtTheLastArabicLetterNotAtTrailingNeutrals() {
        XCTAssertEqual(BidiIsolation.isolate("Said: باريس, 1990."), "Said: \(fsi)باريس\(pdi), 1990.")
    }

    func testHarakatAndArabicQuestionMarkStayInsideTheRun() {
        XCTAssertEqual(BidiIsolation.isolate("Word: كَتَبَ."), "Word: \(fsi)كَتَبَ\(pdi).")
        XCTAssertEqual(BidiIsolation.isolate("Q: ما؟ x"), "Q: \(fsi)ما؟\(pdi) x")
    }

    func testArabicIndicDigitsExtendARunButDoNotStartOne() {
        XCTAssertEqual(BidiIsolation.isolate("Date: سنة ١٩٩٠ AD"), "Date: \(fsi)سنة ١٩٩٠\(pdi) AD")
        XCTAssertEqual(BidiIsolation.isolate("Year: ١٩٩٠"), "Year: ١٩٩٠")
    }

    func testEachRunIsIsolatedSeparately() {
        XCTAssertEqual(BidiIsolation.isolate("a باريس b لندن c"), "a \(fsi)باريس\(pdi) b \(fsi)لندن\(pdi) c")
    }

    func testHebrewIsRightToLeftToo() {
        XCTAssertEqual(BidiIsolation.isolate("Shalom: שלום"), "Shalom: \(fsi)שלום\(pdi)")
    }

    func testSegmentsShareOneLine() {
        XCTAssertEqual(
            BidiIsolation.isolate(segments: ["Capital: ", "باريس", " ok"]),
            ["Capital: ", "\(fsi)باريس\(pdi)", " ok"]
        )
        XCTAssertEqual(BidiIsolation.isolate(segments: ["Q: ما", " هي"]), ["Q: \(fsi)ما", " هي\(pdi)"])
        XCTAssertEqual(BidiIsolation.isolate(segments: ["[1/2] ", "ما هي", " Paris"]), ["[1/2] ", "ما هي", " Paris"])
    }

    func testBaseDirectionComesFromTheWholeLine() {
        XCTAssertEqual(BidiIsolation.isolate(segments: ["", "Paris ", "باريس"]), ["", "Paris ", "\(fsi)باريس\(pdi)"])
    }
}
