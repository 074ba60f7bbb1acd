import XCTest

@testable import FactDrillKit

/// Cabinets as news lists them: "NAME as POST", past an apposition, and the posts left ("fired X
/// as finance minister").
final class DraftRoleCabinetTests: XCTestCase {
    func testNamesAsPostsInACabinetList() {
        let draft = DraftFixture.draft(
            """
            Petro is sworn in as Colombia's president.
            His cabinet includes respected economist Jose Antonio Ocampo as finance minister, veteran politician Alvaro Leyva as foreign minister and Ivan Velasquez, a former head of a commission in Guatemala, as defense minister.
            """, language: "en")
        XCTAssertEqual(
            draft.roleLines,
            [
                "Jose Antonio Ocampo | Finance Minister | Colombia", "Alvaro Leyva | Foreign Minister | Colombia",
                "Ivan Velasquez | Defense Minister | Colombia",
            ])
    }

    func testSwornInPastAnApposition() {
        let draft = DraftFixture.draft(
            "Francia Marquez, a 40-year-old environmental activist, was sworn in as vice president of Colombia.",
            language: "en")
        XCTAssertEqual(draft.roleLines.first?.hasPrefix("Francia Marquez | Vice President"), true, "\(draft.roleLines)")
        XCTAssertFalse(draft.roleLines.contains { $0.contains("Activist") }, "a description is no post")
    }

    func testAPostLeftIsNotARole() {
        let fired = DraftFixture.draft(
            "The coalition in Germany fell apart when Scholz fired FDP leader Christian Lindner as finance minister.",
            language: "en")
        XCTAssertFalse(fired.roleLines.contains { $0.contains("Finance Minister") }, "\(fired.roleLines)")
        let sacked = DraftFixture.draft(
            "The reshuffle in Britain began with the sacking of Suella Braverman as home secretary.", language: "en")
        XCTAssertEqual(sacked.roleLines, [])
    }

    func testArabicPortfoliosAndAMinisterKeptOn() {
        let draft = DraftFixture.draft(
            """
            كلف الرئيس محمد شياع السوداني بتشكيل الحكومة في العراق.
            وأبقى السوداني على فؤاد حسين نائبا لرئيس الوزراء ووزيرا للخارجية، فيما أسندت حقيبة النفط إلى حيان عبد الغني.
            وتولت طيف سامي حقيبة المالية، بينما ذهبت وزارة الداخلية إلى عبد الأمير الشمري.
            """)
        XCTAssertEqual(
            draft.roleLines.sorted(),
            [
                "محمد شياع السوداني | الرئيس | العراق", "فؤاد حسين | نائب رئيس الوزراء | العراق",
                "فؤاد حسين | وزير الخارجية | العراق", "حيان عبد الغني | وزير النفط | العراق",
                "طيف سامي | وزير المالية | العراق", "عبد الأمير الشمري | وزير الداخلية | العراق",
            ].sorted(), "a family name that is a nationality («السوداني») is no mention of Sudan")
    }

    func testALongPatronymicNameAppointed() {
        let draft = DraftFixture.draft(
            "صدر أمر ملكي بتعيين الأمير عبد العزيز بن سلمان بن عبد العزيز وزيراً للطاقة في المملكة العربية السعودية.")
        XCTAssertEqual(draft.roleLines, ["عبد العزيز بن سلمان بن عبد العزيز | وزير الطاقة | السعودية"])
    }

    func testStaysOnAsAndAsHisMinister() {
        let draft = DraftFixture.draft(
            """
            Carney takes office in Canada with a new cabinet for Canada.
            Mark Carney named Francois-Philippe Champagne as his finance minister.
            Melanie Joly stays on as foreign minister.
            Dominic LeBlanc, who had been finance minister since December, becomes trade minister.
            """, language: "en")
        XCTAssertEqual(
            draft.roleLines.sorted(),
            [
                "Dominic LeBlanc | Trade Minister | Canada", "Francois-Philippe Champagne | Finance Minister | Canada",
                "Melanie Joly | Foreign Minister | Canada",
            ])
    }

    func testAbbreviatedPostsAndFormerOnesBeforeAPlace() {
        let governor = DraftFixture.draft(
            "In Mexico, Guerrero Gov. Evelyn Salgado asked residents to stay home as crews worked.", language: "en")
        XCTAssertEqual(governor.roleLines, ["Evelyn Salgado | Governor | Guerrero"])
        let former = DraftFixture.draft(
            "The vote in Indonesia was contested by former Jakarta Gov. Anies Baswedan.", language: "en")
        XCTAssertEqual(former.roleLines, [], "a post held before")
    }

    func testAMinistryTakenAndADescriptionAndADeposedPresident() {
        let draft = DraftFixture.draft(
            """
            سوريا تعلن حكومة جديدة في سوريا.
            وتولى خالد العلي وزارة المالية، بعد سقوط الرئيس المخلوع بشار الأسد.
            وقال الخبير الاقتصادي سمير سعيفان إن الحكومة أمام تحديات.
            """)
        XCTAssertEqual(draft.roleLines, ["خالد العلي | وزير المالية | سوريا"])
    }
}
