import XCTest

@testable import FactDrillKit

final class AnkiHTMLTests: XCTestCase {
    func testTagsBreaksAndEntities() {
        XCTAssertEqual(AnkiHTML.plainText("<div>one</div><div>two<br/>three</div>"), "one two three")
        XCTAssertEqual(
            AnkiHTML.plainText("<b>bold</b>er &amp; &lt;x&gt; &quot;q&quot; &#39;s&#39;"),
            "bolder & <x> \"q\" 's'")
        XCTAssertEqual(AnkiHTML.plainText("a&nbsp;&nbsp;b &#x627;&#1576;"), "a b اب")
        XCTAssertEqual(AnkiHTML.plainText("<span style=\"color: red\">red > blue</span>"), "red > blue")
    }

    func testHiddenElementsCommentsAndSounds() {
        XCTAssertEqual(AnkiHTML.plainText("<style>.x{}</style>text<!-- hidden <b> -->!"), "text!")
        XCTAssertEqual(AnkiHTML.plainText("word[sound:a.mp3] [sound:b.mp3]end"), "word end")
        XCTAssertEqual(AnkiHTML.plainText("<img src=\"map.png\">Map"), "Map")
    }

    func testControlCharactersAreDropped() {
        XCTAssertEqual(AnkiHTML.plainText("red\u{1B}[31m text\u{7}&#27;"), "red[31m text")
        XCTAssertEqual(AnkiHTML.collapsingWhitespace("a\u{0}b\u{9B}c\r\nd"), "abc d")
    }

    func testUnicodeWhitespaceCollapses() {
        XCTAssertEqual(AnkiHTML.collapsingWhitespace("\u{3000} a\u{A0}\u{2003}b\u{85}c\u{202F}د\u{2029}"), "a b c د")
        XCTAssertEqual(AnkiHTML.collapsingWhitespace("العاصمة   عمّان 🇯🇴"), "العاصمة عمّان 🇯🇴")
    }

    func testTextThatOnlyLooksLikeHTMLIsKept() {
        XCTAssertEqual(AnkiHTML.plainText("1 < 2 and 3 > 2"), "1 < 2 and 3 > 2")
        XCTAssertEqual(AnkiHTML.plainText("AT&T &unknown; &#xZZ;"), "AT&T &unknown; &#xZZ;")
        XCTAssertEqual(AnkiHTML.plainText("[sound:unclosed"), "[sound:unclosed")
    }
}
