import FactDrillKit
import XCTest

@testable import FactDrillCLI

final class TerminalTextTests: XCTestCase {
    /// Hostile deck text and exactly what may be printed of it.
    private let corpus: [(name: String, input: String, expected: String)] = [
        ("ANSI colour", "\u{1B}[31mParis\u{1B}[0m", "Paris"),
        ("cursor movement and clear", "Paris\u{1B}[2J\u{1B}[H\u{1B}[10;5HLondon", "ParisLondon"),
        ("private mode CSI", "a\u{1B}[?1049hb\u{1B}[?25l", "ab"),
        ("OSC 52 clipboard write", "copy\u{1B}]52;c;ZWNobyBoYWNrZWQ=\u{07}me", "copyme"),
        ("OSC 8 hyperlink", "\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\", "click"),
        ("title set with BEL", "\u{1B}]0;pwned\u{07}Title", "Title"),
        ("title set with ST", "\u{1B}]2;pwned\u{1B}\\Title", "Title"),
        ("DCS request", "a\u{1B}P1$r0m\u{1B}\\b", "ab"),
        ("APC, PM and SOS strings", "a\u{1B}_apc\u{1B}\\b\u{1B}^pm\u{1B}\\c\u{1B}Xsos\u{1B}\\d", "abcd"),
        ("C1 CSI U+009B", "\u{9B}31mRed\u{9B}0m", "Red"),
        ("C1 OSC ended by C1 ST", "\u{9D}0;title\u{9C}x", "x"),
        ("C1 DCS", "a\u{90}payload\u{9C}b", "ab"),
        ("other C1 controls", "a\u{80}\u{8D}\u{9A}b", "ab"),
        ("NEL is a line break", "a\u{85}b", "a b"),
        ("BEL made visible", "ding\u{07}", "ding␇"),
        ("backspaces made visible", "Paris\u{08}\u{08}\u{08}\u{08}\u{08}London", "Paris␈␈␈␈␈London"),
        ("carriage return", "safe\rEVIL", "safe EVIL"),
        ("CR LF is one space", "a\r\nb", "a b"),
        ("line feeds", "a\n\nb", "a  b"),
        ("tab, VT, FF", "a\tb\u{0B}c\u{0C}d", "a b c d"),
        ("line and paragraph separators", "a\u{2028}b\u{2029}c", "a b c"),
        ("NUL and DEL made visible", "a\u{00}b\u{7F}c", "a␀b␡c"),
        ("other C0 made visible", "\u{01}\u{1F}", "␁␟"),
        ("right-to-left override", "invoice\u{202E}fdp.exe", "invoicefdp.exe"),
        ("embeddings and isolates", "\u{202A}a\u{202B}b\u{202C}c\u{2066}d\u{2067}e\u{2068}f\u{2069}", "abcdef"),
        ("LRM, RLM and ALM kept", "a\u{200E}b\u{200F}c\u{061C}d", "a\u{200E}b\u{200F}c\u{061C}d"),
        ("full reset ESC c", "\u{1B}cReset", "Reset"),
        ("charset designation", "\u{1B}(0x\u{1B}(B", "x"),
        ("save and restore cursor", "\u{1B}7save\u{1B}8", "save"),
        ("DEC screen alignment", "\u{1B}#8ok", "ok"),
        ("unterminated CSI", "text\u{1B}[31", "text"),
        ("unterminated OSC swallows the rest", "a\u{1B}]0;title and more", "a"),
        ("lone ESC at the end", "text\u{1B}", "text"),
        ("ESC before Arabic", "\u{1B}باريس", "باريس"),
        ("CSI aborted by a line feed", "\u{1B}[3\nX", " X"),
        ("ESC inside OSC starts a new escape", "\u{1B}]0;x\u{1B}[31mred", "red"),
        ("double ESC", "\u{1B}\u{1B}[1mbold", "bold"),
        ("Arabic with harakat untouched", "كَتَبَ الطالبُ", "كَتَبَ الطالبُ"),
        ("emoji and CJK untouched", "🌍 東京 café", "🌍 東京 café"),
    ]

    func testHostileCorpusPrintsExactlyTheVisibleText() {
        for item in corpus {
            let output = TerminalText.sanitize(item.input)
            XCTAssertEqual(output, item.expected, item.name)
            XCTAssertEqual(TerminalSafety.forbiddenScalars(in: output), [], item.name)
            XCTAssertFalse(output.utf8.contains(0x1B), item.name)
        }
    }

    func testLongTextIsCutWithAnEllipsisToTheLimit() {
        let long = String(repeating: "a", count: 5000)
        let output = TerminalText.sanitize(long)
        XCTAssertEqual(output.unicodeScalars.count, TerminalText.defaultLimit)
        XCTAssertEqual(output, String(repeating: "a", count: TerminalText.defaultLimit - 1) + "…")
    }

    func testTextAtTheLimitIsKeptWhole() {
        let exact = String(repeating: "ب", count: 10)
        XCTAssertEqual(TerminalText.sanitize(exact, limit: 10), exact)
        XCTAssertEqual(TerminalText.sanitize(exact + "ب", limit: 10), String(repeating: "ب", count: 9) + "…")
    }

    func testRemovedSequencesDoNotCountTowardsTheLimit() {
        let text = String(repeating: "\u{1B}[31m", count: 1000) + "abc"
        XCTAssertEqual(TerminalText.sanitize(text, limit: 3), "abc")
    }

    func testEscapeOnlyTextBecomesEmpty() {
        let text = String(repeating: "\u{1B}]52;c;AAAA\u{07}\u{1B}[2J", count: 10_000)
        XCTAssertEqual(TerminalText.sanitize(text), "")
    }

    func testIsClean() {
        XCTAssertTrue(TerminalText.isClean("seed-نفط"))
        XCTAssertFalse(TerminalText.isClean("evil\u{1B}[31m"))
        XCTAssertFalse(TerminalText.isClean("two\nlines"))
        XCTAssertTrue(TerminalText.isClean(String(repeating: "x", count: 5000)))
    }

    /// Random mixes of escape material: output is always safe, within the limit, and stable.
    func testRandomHostileTextIsSafeBoundedAndIdempotent() {
        let alphabet: [Unicode.Scalar] = [
            "\u{1B}", "[", "]", "P", "_", "\\", "\u{07}", ";", "0", "3", "m", "H", "a", "ب", "\u{9B}",
            "\u{9D}", "\u{9C}", "\u{85}", "\u{0D}", "\u{0A}", "\u{08}", "\u{202E}", "\u{2067}", "\u{7F}", " ",
            "\u{064E}",
        ]
        var random = SplitMix64(seed: 20_261_129)
        for _ in 0..<2000 {
            let length = Int(random.next() % 60)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
            let output = TerminalText.sanitize(String(scalars), limit: 20)
            XCTAssertEqual(TerminalSafety.forbiddenScalars(in: output), [], String(scalars).debugDescription)
            XCTAssertLessThanOrEqual(output.unicodeScalars.count, 20)
            XCTAssertEqual(TerminalText.sanitize(output, limit: 20), output, String(scalars).debugDescription)
        }
    }
}
