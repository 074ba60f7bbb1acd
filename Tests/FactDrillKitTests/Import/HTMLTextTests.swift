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

    func testTextThatOnlyLooksLikeHTMLIsKept() {
        XCTAssertEqual(HTMLText.plainText("1 < 2 and 3 > 2"), "1 < 2 and 3 > 2")
        XCTAssertEqual(HTMLText.plainText("AT&T &unknown; &#xZZ;"), "AT&T &unknown; &#xZZ;")
        XCTAssertEqual(HTMLText.plainText("[sound:unclosed"), "[sound:unclosed")
    }
}
