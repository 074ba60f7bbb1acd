import XCTest
@testable import FactDrillKit

final class HTMLTextTests: XCTestCase {
    func testTagsBreaksAndEntities() {
        XCTAssertEqual(HTMLText.plainText("<div>one</div><div>two<br/>three</div>"), "one two three")
        XCTAssertEqual(HTMLText.plainText("<b>bold</b>er &amp; &lt;x&gt; &quot;q&quot; &#39;s&#39;"),
                       "bolder & <x> \"q\" 's'")
        XCTAssertEqual(HTMLText.plainText("a&nbsp;&nbsp;b &#x627;&#1576;"), "a b اب")
        XCTAssertEqual(HTMLText.plainText("<span style=\"color: red\">red > blue</span>"), "red > blue")
    }

    func testHiddenElementsCommentsAndSounds() {
        XCTAssertEqual(HTMLText.plainText("<style>.x{}</style>text<!-- hidden <b> -->!"), "text!")
        XCTAssertEqual(HTMLText.plainText("word[sound:a.mp3] [sound:b.mp3]end"), "word end")
        XCTAssertEqual(HTMLText.plainText("<img src=\"map.png\">Map"), "Map")
    }

    func testControlCharactersAreDropped() {
        XCTAssertEqual(HTMLText.plainText("red\u{1B}[31m text\u{7}&#27;"), "red[31m text")
        XCTAssertEqual(HTMLText.collapsingWhitespace("a\u{0}b\u{9B}c\r\nd"), "abc d")
    }

    func testUnicodeWhitespaceCollapses() {
        XCTAssertEqual(HTMLText.collapsingWhitespace("\u{3000} a\u{A0}\u{2003}b\u{85}c\u{202F}د\u{2029}"), "a b c د")
        XCTAssertEqual(HTMLText.collapsingWhitespace("العاصمة   عمّان 🇯🇴"), "العاصمة عمّان 🇯🇴")
    }

    func testTextThatOnlyLooksLikeHTMLIsKept() {
        XCTAssertEqual(HTMLText.plainText("1 < 2 and 3 > 2"), "1 < 2 and 3 > 2")
        XCTAssertEqual(HTMLText.plainText("AT&T &unknown; &#xZZ;"), "AT&T &unknown; &#xZZ;")
        XCTAssertEqual(HTMLText.plainText("[sound:unclosed"), "[sound:unclosed")
    }
}
