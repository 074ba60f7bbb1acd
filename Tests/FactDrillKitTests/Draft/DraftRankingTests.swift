import XCTest

@testable import FactDrillKit

/// Rankings: ordinals with «المركز», pairs with «على التوالي»/"respectively", chains,
/// superlatives, and counts that disagree.
final class DraftRankingTests: XCTestCase {
    func testArabicPairRespectively() {
        let draft = DraftFixture.draft(
            "وبحسب معهد ستوكهولم الدولي لأبحاث السلام، فإن كوريا الجنوبية وأستراليا في المركز العاشر والسادس عشر على التوالي ضمن أكبر مصدري الأسلحة في العالم خلال الفترة 2019-2023."
        )
        XCTAssertEqual(draft.rankingEntries, ["كوريا الجنوبية 10", "أستراليا 16"])
        guard case .ranking(let name, let period, let by, _) = draft.facts.first?.body else {
            return XCTFail("no ranking")
        }
        XCTAssertEqual(name["ar"], "أكبر مصدري الأسلحة في العالم")
        XCTAssertEqual(period, "2019-2023")
        XCTAssertEqual(draft.name(by), "معهد ستوكهولم الدولي لأبحاث السلام")
        draft.loads()
    }

    func testEnglishRespectivelyAndChain() {
        let draft = DraftFixture.draft(
            "According to SIPRI, the United States and France ranked first and second respectively among the world's largest arms exporters, followed by Russia and China.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["United States 1", "France 2", "Russia 3", "China 4"])
        draft.loads()
    }

    func testArabicChainWithThumma() {
        let draft = DraftFixture.draft(
            "واحتلت الولايات المتحدة المركز الأول في جدول الميداليات، تلتها الصين ثم اليابان.")
        XCTAssertEqual(draft.rankingEntries, ["الولايات المتحدة 1", "الصين 2", "اليابان 3"])
    }

    func testSuperlativeStatesRankOne() {
        let english = DraftFixture.draft("Saudi Arabia was the world's largest oil exporter in 2023.", language: "en")
        XCTAssertEqual(english.rankingEntries, ["Saudi Arabia 1"])
        let arabic = DraftFixture.draft("وتعد الولايات المتحدة أكبر منتج للنفط في العالم.")
        XCTAssertEqual(arabic.rankingEntries, ["الولايات المتحدة 1"])
        let list = DraftFixture.draft("Japan is one of the largest economies in the world.", language: "en")
        XCTAssertEqual(list.rankingEntries, [], "'one of the largest' states no rank")
    }

    func testMoreForms() {
        XCTAssertEqual(
            DraftFixture.draft(
                "Norway was fourth, followed by Singapore, while Sweden and Switzerland shared sixth place.",
                language: "en"
            )
            .rankingEntries, ["Norway 4", "Singapore 5", "Sweden 6", "Switzerland 6"])
        XCTAssertEqual(
            DraftFixture.draft("وتصدرت الولايات المتحدة جدول الميداليات، متقدمة على الصين التي حلت ثانية.")
                .rankingEntries,
            ["الولايات المتحدة 1", "الصين 2"])
        XCTAssertEqual(
            DraftFixture.draft("وبذلك جاءت الأرجنتين وفرنسا وكرواتيا والمغرب في المراكز الأربعة الأولى على التوالي.")
                .rankingEntries,
            ["الأرجنتين 1", "فرنسا 2", "كرواتيا 3", "المغرب 4"])
        XCTAssertEqual(
            DraftFixture.draft(
                "The United States and China remain the largest and second-largest economies, respectively.",
                language: "en"
            )
            .rankingEntries, ["United States 1", "China 2"])
        XCTAssertEqual(
            DraftFixture.draft("Somalia was ranked last of the 180 countries assessed.", language: "en").rankingEntries,
            ["Somalia 180"])
        XCTAssertEqual(
            DraftFixture.draft("Germany came in third in the table.", language: "en").rankingEntries, ["Germany 3"])
        XCTAssertEqual(
            DraftFixture.draft("India has become the first country to land near the moon's south pole.", language: "en")
                .rankingEntries,
            ["India 1"])
    }

    func testPeopleRankInAChain() {
        let draft = DraftFixture.draft(
            """
            وقال المرشح رجب طيب أردوغان إنه سيفوز.
            وتصدر أردوغان الجولة الأولى بنسبة 49.5 بالمئة، تلاه كمال قليجدار أوغلو بنسبة 44.9 بالمئة.
            """)
        XCTAssertEqual(draft.rankingEntries, ["رجب طيب أردوغان 1", "كمال قليجدار أوغلو 2"])
    }

    func testCountsThatDisagreePairNothing() {
        let draft = DraftFixture.draft(
            "Germany and Japan ranked third, fourth and fifth respectively in the list.", language: "en")
        XCTAssertEqual(draft.rankingEntries, [])
        XCTAssertTrue(draft.notes.contains { !$0.accepted && $0.message.contains("counts disagree") })
    }

    func testOrdinalsThatAreNotRanks() {
        let draft = DraftFixture.draft(
            "في عام 2022، حضر قادة اليابان وكوريا الجنوبية قمة الناتو للمرة الأولى. It was the third time Japan attended."
        )
        XCTAssertEqual(draft.rankingEntries, [])
    }
}
