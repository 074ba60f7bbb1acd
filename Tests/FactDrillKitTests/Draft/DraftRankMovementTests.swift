import XCTest

@testable import FactDrillKit

/// Ranks that move ("slipped from third to fifth", «حل ثانياً»), teams, titles and subjects:
/// the forms that blind texts showed were missing.
final class DraftRankMovementTests: XCTestCase {
    func testFromAndToRanks() {
        let draft = DraftFixture.draft(
            "The Global Peace Index placed Iceland first. Austria slipped from fourth to sixth, while Singapore held on to fifth.",
            language: "en")
        XCTAssertEqual(Set(draft.rankingEntries), ["Iceland 1", "Austria 4", "Austria 6", "Singapore 5"])
        // The rank held before is a list of its own, not a second rank in the same list.
        let earlier = draft.facts.filter { $0.rule.hasSuffix(".earlier") }
        XCTAssertEqual(earlier.count, 1)
        guard case .ranking(_, _, _, let entries) = earlier.first?.body else { return XCTFail("no earlier list") }
        XCTAssertEqual(entries.map(\.rank), [4])
        draft.loads()
    }

    func testUpFromTakesTheEntityJustRanked() {
        let draft = DraftFixture.draft(
            "The index placed Oslo second and Madrid third, up from seventh last year.", language: "en")
        XCTAssertEqual(Set(draft.rankingEntries), ["Oslo 2", "Madrid 3", "Madrid 7"])
    }

    func testTookOrdinalsIsNoWin() {
        let draft = DraftFixture.draft(
            "Brazil, Argentina and Uruguay took third, fourth and fifth places in the standings.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Brazil 3", "Argentina 4", "Uruguay 5"])
    }

    func testTopSpotAndSecondBest() {
        let top = DraftFixture.draft(
            "Finland kept the top spot in the World Happiness Report 2024 for the seventh year in a row.",
            language: "en")
        XCTAssertEqual(top.rankingEntries, ["Finland 1"])
        let second = DraftFixture.draft(
            "Denmark has been ranked the second best country in the world for business.", language: "en")
        XCTAssertEqual(second.rankingEntries, ["Denmark 2"])
    }

    func testTheSubjectTakesTheRank() {
        let draft = DraftFixture.draft(
            "Kenya finished level with Ethiopia on ten medals but took first place on the strength of its golds.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Kenya 1"])
    }

    func testAheadOfGivesOnlyTheNextOne() {
        let draft = DraftFixture.draft(
            "Italy finished third in the medal table, ahead of Spain, the best-placed Iberian nation, in Madrid.",
            language: "en")
        XCTAssertEqual(
            draft.rankingEntries, ["Italy 3", "Spain 4", "Spain 1"], "and Spain first of the Iberian nations")
    }

    func testArabicTeamsTitlesAndHolders() {
        let draft = DraftFixture.draft(
            "واحتل المنتخب الوطني التونسي المركز الرابع في البطولة، خلف البرازيل البطلة وألمانيا الوصيفة وإيطاليا صاحبة المركز الثالث."
        )
        XCTAssertEqual(Set(draft.rankingEntries), ["تونس 4", "البرازيل 1", "ألمانيا 2", "إيطاليا 3"])
        draft.loads()
    }

    func testSecondAfterNamesTheFirst() {
        let draft = DraftFixture.draft("وأصبحت مصر ثاني أكبر منتج للغاز في المنطقة بعد الجزائر.")
        XCTAssertEqual(draft.rankingEntries, ["الجزائر 1", "مصر 2"])
        let english = DraftFixture.draft(
            "Egypt is the second largest gas producer in the region, second only to Algeria.", language: "en")
        XCTAssertEqual(english.rankingEntries, ["Algeria 1", "Egypt 2"])
    }

    func testThirdPlaceMatchRanksNoOne() {
        let draft = DraftFixture.draft(
            "وفازت كرواتيا على المغرب يوم السبت على ملعب خليفة الدولي في مباراة تحديد المركز الثالث.")
        XCTAssertEqual(draft.rankingEntries, [])
    }

    func testFollowedByStopsAtWhereItIs() {
        let draft = DraftFixture.draft(
            "Kabul remained the least liveable city in the survey, followed by Aden in Yemen.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Kabul 1", "Aden 2"])
    }

    func testRoundingOutTheTop() {
        let draft = DraftFixture.draft(
            "Canada finished fourth, while Italy and Spain rounded out the top six with 9 and 8 golds respectively.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Canada 4", "Italy 5", "Spain 6"])
        let one = DraftFixture.draft(
            "Oslo was ninth and the Technical University of Munich (TUM) completed the top 10.", language: "en")
        XCTAssertTrue(one.rankingEntries.contains("Technical University of Munich 10"), "\(one.rankingEntries)")
        let unsaid = DraftFixture.draft(
            "Yale University (Yale) and the Technical University of Munich (TUM) completed the top 10.", language: "en")
        XCTAssertEqual(unsaid.rankingEntries, [], "two entities, no «respectively»: which is tenth is not said")
    }

    func testAClauseAboutAWinnerIsNoWin() {
        let draft = DraftFixture.draft(
            "Kenya finished third, ahead of Canada, who won 12 golds to place fourth.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Kenya 3", "Canada 4"])
    }
}
