import XCTest

@testable import FactDrillKit

/// Events: a date and the event noun phrase nearest to it, with its place.
final class DraftEventTests: XCTestCase {
    func testArabicEventsWithAbsoluteAndRelativeDates() {
        let draft = DraftFixture.draft(
            """
            في عام 2022، حضر قادة اليابان وكوريا الجنوبية قمة الناتو للمرة الأولى، عندما عُقدت في مدريد.
            مرة أخرى، اجتمعوا في قمة فيلنيوس في ليتوانيا العام الماضي.
            """, published: "2024-07")
        XCTAssertEqual(draft.eventDates, ["2022", "2023"])
        guard case .event(let name, _, let place) = draft.facts.last?.body else { return XCTFail("no event") }
        XCTAssertEqual(name["ar"], "قمة فيلنيوس")
        XCTAssertEqual(draft.name(place), "فيلنيوس")
        draft.loads()
    }

    func testEnglishEvent() {
        let draft = DraftFixture.draft(
            "Leaders met at the NATO summit in Vilnius on 11 July 2023.", published: "2024-07-10", language: "en")
        XCTAssertEqual(draft.eventDates, ["2023-07-11"])
    }

    func testDateWithoutEventNounIsLeftOut() {
        let draft = DraftFixture.draft("Prices rose in 2023.", language: "en")
        XCTAssertEqual(draft.eventDates, [])
        XCTAssertTrue(draft.notes.contains { !$0.accepted && $0.message.contains("no event noun") })
    }

    func testUnresolvedRelativeDatesAreListed() {
        let draft = DraftFixture.draft("اجتمعوا في قمة فيلنيوس العام الماضي.", published: nil)
        XCTAssertEqual(draft.eventDates, [])
        XCTAssertEqual(draft.unresolved.count, 1)
        draft.loads()
    }

    func testTheDateOfAComparedFigureIsNoEvent() {
        let english = DraftFixture.draft(
            "SIPRI estimated that China's arsenal increased from 410 warheads in January 2023 to 500 in January 2024.",
            language: "en")
        XCTAssertEqual(english.eventDates, [])
        let arabic = DraftFixture.draft(
            "وقال إن متوسط عدد الوجهات تضاعف من 58 وجهة في عام 2006 إلى 111 وجهة هذا العام.")
        XCTAssertFalse(arabic.eventDates.contains("2006"), "\(arabic.eventDates)")
        let ranked = DraftFixture.draft(
            "It regained the top spot in 2022, having dropped to 12th in 2021, when lockdowns closed its museums.",
            language: "en")
        XCTAssert(ranked.eventDates.contains("2021"), "a rank is no figure compared: \(ranked.eventDates)")
    }

    func testARankInAYearsListIsNoEvent() {
        let draft = DraftFixture.draft("وتراجعت الشركة إلى المرتبة الرابعة، بعدما حلت ثانية في قائمة العام الماضي.")
        XCTAssertEqual(draft.eventDates, [])
    }

    func testNamesWithYearsAndForecasts() {
        let vision = DraftFixture.draft(
            "وترأس اللجنة المكلفة بإعداد رؤية عُمان 2040، فيما أُطلقت رؤية 2030 في أبريل 2016.")
        XCTAssertEqual(vision.eventDates, ["2016-04"])
        let target = DraftFixture.draft(
            "The Indian economy is forecast to grow more than 7% this year.", published: "2022-09-02", language: "en")
        XCTAssertEqual(target.eventDates, [], "what a forecast is for")
        let made = DraftFixture.draft(
            "The Bank of England forecast last month that Britain would slip into a recession.",
            published: "2022-09-02",
            language: "en")
        XCTAssertEqual(made.eventDates, ["2022-08"], "when a forecast was made")
    }

    func testAYearAfterAnotherYearIsNoComparedFigure() {
        let draft = DraftFixture.draft(
            "Abe served as prime minister for one year from 2006 and again from 2012 until he stepped down in 2020.",
            language: "en")
        XCTAssertFalse(
            draft.notes.contains { $0.message.contains("«2012» dates a figure") }, "2012 is no compared figure")
        XCTAssertTrue(draft.notes.contains { $0.accepted && $0.message.contains("2020") })
    }

    func testYearsBeforeNineteenHundred() {
        let bank = DraftFixture.draft(
            "The takeover by UBS, Switzerland's largest lender, ends the independence of a bank founded in 1856.",
            language: "en")
        XCTAssertEqual(bank.eventDates, ["1856"])
        guard case .event(let name, _, _) = bank.facts.last?.body else { return XCTFail("no event") }
        XCTAssertEqual(name["en"], "a bank founded", "the participle names the event")
        XCTAssertFalse(
            bank.facts.contains { fact in
                if case .ranking(_, let period, _, _) = fact.body { return period != nil }
                return false
            }, "nor is the year the list's period")
        let conquest = DraftFixture.draft("وفتح السلطان محمد الفاتح مدينة إسطنبول عام 1453.")
        XCTAssertEqual(conquest.eventDates, ["1453"])
        let figures = DraftFixture.draft("The company employs 1500 people in 1200 offices.", language: "en")
        XCTAssertEqual(figures.eventDates, [], "a figure before the noun it counts is no year")
    }

    func testAmountsAndForecastsAreNoEvents() {
        let sold = DraftFixture.draft(
            "BYD sold just over 3 million so-called new-energy vehicles last year.", published: "2024-01-02",
            language: "en")
        XCTAssertEqual(sold.eventDates, [], "an amount over a year is a figure")
        let ipo = DraftFixture.draft(
            "Arm sold 95.5 million American depositary shares at $51 apiece on Wednesday.", published: "2023-09-15",
            language: "en")
        XCTAssertEqual(ipo.eventDates, ["2023-09-13"], "a sale on a day is an event")
        let announced = DraftFixture.draft(
            "أعلن معهد ستوكهولم الدولي لأبحاث السلام اليوم الاثنين أن الإنفاق العسكري العالمي ارتفع ليبلغ 2443 مليار دولار.",
            published: "2024-04-22")
        XCTAssertEqual(announced.eventDates, ["2024-04-22"], "the announcement is the event")
        let analysts = DraftFixture.draft(
            "Analysts expect the two companies to keep trading places this year.", published: "2024-01-02",
            language: "en")
        XCTAssertEqual(analysts.eventDates, [], "a forecast")
        let production = DraftFixture.draft(
            "US production is expected to grow more slowly this year.", published: "2024-03-11", language: "en")
        XCTAssertEqual(production.eventDates, [], "a figure expected")
    }

    func testAWeekdayInThePastTenseAndAnAmountThatLooksLikeAYear() {
        let cut = DraftFixture.draft(
            "Tiger Woods, who set a Masters record by making his 24th consecutive cut on Friday, finished last.",
            published: "2024-04-14", language: "en")
        XCTAssertEqual(cut.eventDates, ["2024-04-12"], "«set a record» is past; «set to» would be the future")
        let scheduled = DraftFixture.draft(
            "The final is set to be played on Friday in Doha.", published: "2024-04-14", language: "en")
        XCTAssertEqual(scheduled.eventDates, ["2024-04-19"])
        let gold = DraftFixture.draft(
            "وكان الذهب قد تخطى حاجز 2000 دولار للمرة الأولى في أغسطس آب 2020.", published: "2025-03-14")
        XCTAssertEqual(gold.eventDates, ["2020-08"], "2000 dollars is no year")
    }

    func testAClauseEventDoesNotStartWithAScoresSecondNumber() {
        let draft = DraftFixture.draft(
            "وحسم الأهلي اللقب بعد تعادله مع مضيفه الوداد 1-1 مساء اليوم الأحد على ملعب محمد الخامس في الدار البيضاء.",
            published: "2023-06-11")
        let names = draft.facts.compactMap { fact -> String? in
            guard case .event(let name, _, _) = fact.body else { return nil }
            return name["ar"]
        }
        XCTAssertFalse(names.isEmpty)
        XCTAssertFalse(names.contains { $0.hasPrefix("1 ") }, "\(names)")
    }
}
