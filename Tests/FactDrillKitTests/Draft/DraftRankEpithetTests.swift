import XCTest

@testable import FactDrillKit

/// A superlative said of the country the article is about without naming it there; of who
/// overtook, with who was overtaken one rank below.
final class DraftRankEpithetTests: XCTestCase {
    func testAnEpithetIsTheArticlesCountry() {
        let english = DraftFixture.draft(
            """
            South Korea held its presidential election on Wednesday, and South Korea's voters chose change.
            Yoon Suk Yeol takes charge of Asia's fourth-largest economy at a time of soaring prices.
            """, language: "en")
        XCTAssertEqual(english.rankingEntries, ["South Korea 4"])
        let arabic = DraftFixture.draft(
            """
            أعلنت اليابان أمس تراجع اقتصادها، وقالت اليابان إن الطلب المحلي ضعيف.
            ويواجه رئيس الوزراء الجديد تحديات كبيرة في إدارة ثاني أكبر اقتصاد في آسيا.
            """)
        XCTAssertEqual(arabic.rankingEntries, ["اليابان 2"])
    }

    func testNotAnEpithetTheSentenceSaysOfANamedCountryOrTheWorldsLargest() {
        // The world's largest economy is as often another country named in passing.
        let largest = DraftFixture.draft(
            """
            South Korea held its presidential election on Wednesday, and South Korea's voters chose change.
            Exports to the world's largest economy fell in April.
            """, language: "en")
        XCTAssertEqual(largest.rankingEntries, [])
        // A country named in the sentence is its subject, by the other rules or none.
        let lost = DraftFixture.draft(
            """
            Japan's economy shrank, and Japan's exports fell.
            Japan lost its place as the world's third-largest economy to Germany.
            """, language: "en")
        XCTAssertFalse(lost.rankingEntries.contains("Japan 3"), "\(lost.rankingEntries)")
        // Nor without a country the article is about.
        let none = DraftFixture.draft(
            "Yoon Suk Yeol takes charge of Asia's fourth-largest economy at a time of soaring prices.", language: "en")
        XCTAssertEqual(none.rankingEntries, [])
    }

    func testWhoOvertookTakesTheRankAndWhoWasOvertakenTheNext() {
        let nvidia = DraftFixture.draft(
            "Nvidia Corp. overtook Microsoft Corp. to become the world's most valuable company on Tuesday.",
            language: "en")
        XCTAssertEqual(nvidia.rankingEntries, ["Nvidia Corp 1", "Microsoft Corp 2"])
        let india = DraftFixture.draft(
            "India has overtaken the UK to become the world's fifth-largest economy.", language: "en")
        XCTAssertEqual(india.rankingEntries, ["India 5", "United Kingdom 6"])
        // Not one overtaken far from the rank, in another clause.
        let far = DraftFixture.draft(
            "BYD overtook Tesla in sales last year, and Toyota remained the world's biggest carmaker.", language: "en")
        XCTAssertFalse(far.rankingEntries.contains { $0.hasPrefix("Tesla") }, "\(far.rankingEntries)")
    }
}
