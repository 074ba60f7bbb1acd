import XCTest

@testable import FactDrillKit

/// The byte-level field cleaning (one scan, then the field unchanged or collapsed) against the
/// string-level cleaning it replaced, over many random fields.
final class CleanFieldTests: XCTestCase {
    /// Pieces that exercise every branch: runs and kinds of whitespace, controls, sounds, markup,
    /// entities, Arabic (with harakat), other scripts, and ASCII words long enough for the
    /// eight-byte scan, so that spaces and specials land at every position of a word.
    let pieces = [
        "a", "Paris", "producers", "question", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2003}",
        "\u{3000}", "\u{85}", "\u{9B}", "\u{1B}", "\u{7F}", "\u{0}", "[sound:x.mp3]", "[sound:", "[", "]",
        "<br>", "<b>", "</div>", "<!-- c -->", "<style>x</style>", "&amp;", "&nbsp;", "&#x627;", "&#27;", "&",
        "<", ">", "\"", "بيت", "عمّان", "\u{FEFB}", "\u{0870}", "é", "e\u{301}", "ß", "🇯🇴", "日本", "«", "—",
        "Radahaland,", "1th",
    ]

    func randomField(_ generator: inout SplitMix64) -> String {
        let count = Int(generator.next() % 24)
        return (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    func cleaned(_ field: String, html: Bool) -> CleanField {
        var field = field
        return field.withUTF8 { CleanField(cleaning: $0, html: html) }
    }

    func testCleaningMatchesTheStringLevelReference() {
        var generator = SplitMix64(seed: 2026)
        var unchanged = 0
        var changed = 0
        for _ in 0..<20_000 {
            let field = randomField(&generator)
            for html in [false, true] {
                let fast = cleaned(field, html: html)
                let reference = ReferenceAnkiTextReader.clean(field, html: html)
                XCTAssertEqual(fast.text, reference, "html: \(html), field: \(field.debugDescription)")
                XCTAssertEqual(fast.isASCII, reference.utf8.allSatisfy { $0 < 0x80 }, field.debugDescription)
                XCTAssertEqual(
                    fast.hasArabic, ReferenceAnkiTextReader.containsArabic(reference), field.debugDescription)
                if reference == field { unchanged += 1 } else { changed += 1 }
            }
        }
        // Both paths must be taken often, or the comparison pins nothing.
        XCTAssertGreaterThan(unchanged, 1000)
        XCTAssertGreaterThan(changed, 1000)
    }

    func testTheScanSaysUnchangedExactlyWhenCollapsingChangesNothing() {
        var generator = SplitMix64(seed: 99)
        for _ in 0..<20_000 {
            var field = randomField(&generator)
            let scan = field.withUTF8 { FieldTraits($0) }
            XCTAssertEqual(
                scan.isCollapsed, ReferenceAnkiHTML.collapsingWhitespace(field) == field,
                field.debugDescription)
            XCTAssertEqual(scan.hasBracket, field.contains("["), field.debugDescription)
            XCTAssertEqual(scan.hasMarkup, field.contains("<") || field.contains("&"), field.debugDescription)
        }
    }

    func testPublicAnkiHTMLFunctionsMatchTheReference() {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<10_000 {
            let field = randomField(&generator)
            XCTAssertEqual(
                AnkiHTML.collapsingWhitespace(field), ReferenceAnkiHTML.collapsingWhitespace(field),
                field.debugDescription)
            XCTAssertEqual(
                AnkiHTML.removingSounds(field), ReferenceAnkiHTML.removingSounds(field),
                field.debugDescription)
            XCTAssertEqual(AnkiHTML.plainText(field), ReferenceAnkiHTML.plainText(field), field.debugDescription)
            XCTAssertEqual(
                ImportedNote.containsArabic(field), ReferenceAnkiTextReader.containsArabic(field),
                field.debugDescription)
        }
    }

    func testSpacesAtEveryPositionOfAnEightByteWord() {
        // Double, leading and trailing spaces at each offset around the 8-byte boundaries.
        for offset in 0..<20 {
            let word = String(repeating: "x", count: offset)
            for field in [word + "  y", " " + word, word + " ", word + " y z", word + "\u{7F}abcdefgh", word + "\tq"] {
                XCTAssertEqual(
                    cleaned(field, html: false).text, ReferenceAnkiHTML.collapsingWhitespace(field),
                    field.debugDescription)
            }
        }
    }

    func testCommonFieldsComeBackUnchanged() {
        let field = "Which country ranked 1th among the largest Radaha producers, question 0?"
        XCTAssertEqual(cleaned(field, html: false).text, field)
        XCTAssertTrue(cleaned(field, html: false).isASCII)
        let back = cleaned("Radahaland, راداها", html: true)
        XCTAssertEqual(back.text, "Radahaland, راداها")
        XCTAssertFalse(back.isASCII)
        XCTAssertTrue(back.hasArabic)
    }
}
