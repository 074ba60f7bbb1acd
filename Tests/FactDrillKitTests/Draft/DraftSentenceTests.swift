import XCTest

@testable import FactDrillKit

/// Sentences keep the original text; words keep their place and read without proclitics.
final class DraftSentenceTests: XCTestCase {
    func testSplitting() {
        let sentences = DraftSentence.split(
            "U.S. officials met Mr. Smith on Jan. 5. Then they left!\nفي السنوات الأخيرة.ففي يونيو الماضي، عقدت.")
        XCTAssertEqual(
            sentences.map(\.text),
            [
                "U.S. officials met Mr. Smith on Jan. 5.", "Then they left!", "في السنوات الأخيرة.",
                "ففي يونيو الماضي، عقدت.",
            ])
    }

    func testWordsAndStems() {
        let words = DraftSentence.words(of: "وبحسب معهد \"ستوكهولم\"، NATO's Indo-Pacific")
        XCTAssertEqual(words.map(\.text), ["وبحسب", "معهد", "ستوكهولم", "NATO's", "Indo-Pacific"])
        XCTAssertTrue(words[0].variants.contains { $0.key == DraftWord.key(of: "حسب") })
        XCTAssertEqual(words[3].key, "nato")
        XCTAssertTrue(words[3].isPossessive)
    }

    func testLanguageDetection() {
        XCTAssertEqual(ArticleDrafter.detectLanguage("قال الرئيس إن NATO"), "ar")
        XCTAssertEqual(ArticleDrafter.detectLanguage("The president said"), "en")
    }

    func testHostileTextDraftsAModelThatLoads() {
        for text in [
            "", "\u{0}\u{1b}[31m", String(repeating: "المركز العاشر ", count: 500), "2019-2023 \u{202E}x", "\"\\'",
            // A raw `&` after `,` or `:` would read as a YAML anchor (found by fuzzing).
            "France came in third, behind A,&b: x,&y.", "الرئيس إيمانويل ماكرون قال: أ،&ب.",
        ] {
            DraftFixture.draft(text).loads()
            DraftFixture.draft(text, published: nil).loads()
        }
    }
}
