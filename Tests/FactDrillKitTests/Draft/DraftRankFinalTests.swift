import XCTest

@testable import FactDrillKit

/// A final's result: who won it first, who lost it second.
final class DraftRankFinalTests: XCTestCase {
    func testTheOneBeatenInTheFinalIsSecondToTheWinner() {
        let algeria = DraftFixture.draft(
            "وتوج المنتخب الجزائري بلقب كأس العرب بعد فوزه على نظيره التونسي 2-صفر في المباراة النهائية.")
        XCTAssertEqual(algeria.rankingEntries, ["الجزائر 1", "تونس 2"])
        let club = DraftFixture.draft(
            "توج فريق العين الإماراتي بلقب دوري أبطال آسيا بعد فوزه الساحق على ضيفه يوكوهاما إف مارينوس الياباني 5-1 في إياب الدور النهائي."
        )
        XCTAssertEqual(club.rankingEntries, ["العين 1", "يوكوهاما إف مارينوس 2"])
    }

    func testAFinalLostAndAFinalWon() {
        let lost = DraftFixture.draft(
            "خسرت التونسية أنس جابر نهائي بطولة ويمبلدون لكرة المضرب، بعد سقوطها اليوم السبت أمام التشيكية ماركيتا فوندروشوفا بمجموعتين دون رد."
        )
        XCTAssertEqual(lost.rankingEntries, ["ماركيتا فوندروشوفا 1", "أنس جابر 2"])
        XCTAssertEqual(lost.rankingNames, ["بطولة ويمبلدون لكرة المضرب"])
        let spain = DraftFixture.draft(
            "Spain beat England 1-0 in the final of the Women's World Cup in Sydney on Sunday.", language: "en")
        XCTAssertEqual(spain.rankingEntries, ["Spain 1", "England 2"])
        XCTAssertEqual(spain.rankingNames, ["Women's World Cup"])
        let argentina = DraftFixture.draft(
            "Argentina won the World Cup final against France on penalties.", language: "en")
        XCTAssertEqual(argentina.rankingEntries, ["Argentina 1", "France 2"])
    }

    func testNoFinalNoResult() {
        let results = DraftFixture.draft(
            "Spain beat England 1-0 on Sunday, the final results of the group showed.", language: "en")
        XCTAssertEqual(results.rankingEntries, [])
        // A ranking that is no win takes no one beaten.
        let world = DraftFixture.draft(
            "وخسرت جابر نهائي العام الماضي، وكانت البولندية إيغا شفيونتيك المصنفة الأولى عالميا أمام الجميع.")
        XCTAssertFalse(world.rankingEntries.contains { $0.hasSuffix(" 2") }, "\(world.rankingEntries)")
    }
}
