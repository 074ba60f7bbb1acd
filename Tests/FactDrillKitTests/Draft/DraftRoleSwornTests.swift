import XCTest

@testable import FactDrillKit

/// Posts taken as news writes them: sworn in as a country's Nth holder, a deputy's post, "is the
/// new", an Arabic post in the accusative after an elected name, a monarch's regnal number.
final class DraftRoleSwornTests: XCTestCase {
    func testSwornInAsACountrysNthHolder() {
        let fifth = DraftFixture.draft(
            "William Ruto was sworn in as Kenya's fifth president on Tuesday.", language: "en")
        XCTAssertEqual(fifth.roleLines, ["William Ruto | President | Kenya"])
        let female = DraftFixture.draft(
            "Giorgia Meloni has been sworn in as Italy's first female prime minister.", language: "en")
        XCTAssertEqual(female.roleLines, ["Giorgia Meloni | Prime Minister | Italy"])
    }

    func testADeputysPostIsOnePost() {
        let draft = DraftFixture.draft(
            "His running mate Rigathi Gachagua was then sworn in as deputy president of Kenya.", language: "en")
        XCTAssertEqual(draft.roleLines, ["Rigathi Gachagua | Deputy President | Kenya"], "not the President")
    }

    func testIsTheNewPost() {
        let draft = DraftFixture.draft(
            "Italy has a new cabinet. Matteo Piantedosi, a former prefect of Rome, is the new interior minister.",
            language: "en")
        XCTAssertEqual(draft.roleLines, ["Matteo Piantedosi | Interior Minister | Italy"])
        let former = DraftFixture.draft(
            "Italy has a new cabinet. Matteo Piantedosi, a former prefect of Rome, met the new interior minister.",
            language: "en")
        XCTAssertEqual(former.roleLines, [], "the new minister is someone else")
    }

    func testAnArabicPostInTheAccusativeAfterTheElectedName() {
        let draft = DraftFixture.draft(
            "انتخب المجلس الأعلى للاتحاد في دولة الإمارات العربية المتحدة، السبت، الشيخ محمد بن زايد آل نهيان رئيساً للدولة، خلفاً للشيخ خليفة بن زايد آل نهيان."
        )
        XCTAssertEqual(draft.roleLines, ["محمد بن زايد آل نهيان | رئيس الدولة | الإمارات"])
        let general = DraftFixture.draft(
            "عيّنت الجمعية العامة للأمم المتحدة، أمس الجمعة، البرتغالي أنطونيو غوتيريش أميناً عاماً للمنظمة الدولية لولاية ثانية."
        )
        XCTAssertEqual(
            general.roleLines, ["أنطونيو غوتيريش | الأمين العام | الأمم المتحدة"],
            "«أميناً عاماً» is «الأمين العام»; «المنظمة الدولية» is the UN")
    }

    func testAMonarchsRegnalNumberEndsHisName() {
        let draft = DraftFixture.draft("عين ملك المغرب محمد السادس عزيز أخنوش رئيساً للحكومة.")
        XCTAssert(draft.roleLines.contains("عزيز أخنوش | رئيس الحكومة | المغرب"), "\(draft.roleLines)")
        XCTAssertFalse(draft.roleLines.contains { $0.hasPrefix("محمد السادس عزيز") }, "\(draft.roleLines)")
    }

    func testALeftistPresidentAndANewMinisterOfAPortfolio() {
        let leftist = DraftFixture.draft(
            "Former guerrilla Gustavo Petro was sworn in as Colombia's first leftist president on Sunday.",
            language: "en")
        XCTAssertEqual(leftist.roleLines, ["Gustavo Petro | President | Colombia"])
        let portfolio = DraftFixture.draft(
            "Petro named his cabinet in Colombia. Irene Velez, the new minister of mines and energy, will oversee the pledge.",
            language: "en")
        XCTAssertEqual(portfolio.roleLines, ["Irene Velez | Minister of Mines and Energy | Colombia"])
    }

    func testAQuotedOrganizationRightAfterThePost() {
        let draft = DraftFixture.draft("فيما أكد رئيس \"آفاد\" يونس سزر أن الفرق انتشرت.")
        XCTAssertEqual(draft.roleLines, ["يونس سزر | رئيس | آفاد"])
    }

    func testAnArabicPostsComplementThenItsOrganizationAfterFi() {
        let draft = DraftFixture.draft(
            "وقال أورهان تتار، المدير العام للحد من مخاطر الزلازل في \"آفاد\"، إن المنطقة شهدت هزات.")
        XCTAssertEqual(draft.roleLines, ["أورهان تتار | المدير العام للحد من مخاطر الزلازل | آفاد"])
    }

    func testAMonarchsOneNameAndTheCountryAfterIt() {
        let queen = DraftFixture.draft(
            "Spain won the final. Queen Letizia of Spain and FIFA President Gianni Infantino watched from the stands.",
            language: "en")
        XCTAssertEqual(
            queen.roleLines, ["Letizia | Queen | Spain", "Gianni Infantino | President | FIFA"])
        let inside = DraftFixture.draft(
            "The ECP, headed by Chief Election Commissioner Sikandar Sultan Raja, announced the result.",
            language: "en")
        XCTAssertFalse(inside.roleLines.contains { $0.hasPrefix("Raja |") }, "a title inside a name")
        let named = DraftFixture.draft(
            "Geneva (AFP) – Iceland was named the world's most gender-equal country on Tuesday.", language: "en")
        XCTAssertEqual(named.rankingEntries, ["Iceland 1"])
    }

    func testAPlayersClubAfterFor() {
        let draft = DraftFixture.draft("Jamie Vardy, the striker for Leicester City, scored again.", language: "en")
        XCTAssertEqual(draft.roleLines, ["Jamie Vardy | Striker | Leicester City"])
    }

    func testAViceChairAndPresidentOfOneCompany() {
        let draft = DraftFixture.draft(
            "Microsoft Vice Chair and President Brad Smith had called the decision the darkest day in our four decades in Britain.",
            language: "en")
        XCTAssertEqual(
            draft.roleLines, ["Brad Smith | Vice Chair | Microsoft", "Brad Smith | President | Microsoft"],
            "not the chair of a «Microsoft Vice», nor Britain's president")
    }

    func testAPrizeNamedAfterSomeoneIsNoRole() {
        let arabic = DraftFixture.draft("ونال ياغي جائزة الملك فيصل العالمية للعلوم عام 2015 في السويد.")
        XCTAssertEqual(arabic.roleLines, [])
        let english = DraftFixture.draft("He won the King Faisal Prize in 2015 in Sweden.", language: "en")
        XCTAssertEqual(english.roleLines, [])
    }
}
