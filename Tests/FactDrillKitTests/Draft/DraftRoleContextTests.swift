import XCTest

@testable import FactDrillKit

/// A post's organization read from the article around it: the country its state bodies and
/// parties point to, the organization it is about, an affiliate named after a known company.
final class DraftRoleContextTests: XCTestCase {
    func testStateBodiesAndPartiesTellTheArticlesCountry() {
        let draft = DraftFixture.draft(
            """
            Labour wins landslide as Conservatives suffer worst defeat
            Keir Starmer has become prime minister after Labour won a landslide in Thursday's election.
            Starmer was appointed shortly after midday and spoke outside Downing Street.
            """, language: "en")
        XCTAssertEqual(draft.country, "United Kingdom")
        XCTAssertEqual(draft.roleLines, ["Keir Starmer | Prime Minister | United Kingdom"])
        draft.loads()
    }

    func testACityOfAnotherCountryIsNotThePostsCountry() {
        let draft = DraftFixture.draft(
            """
            مصر تحرر سعر صرف الجنيه
            قرر البنك المركزي المصري تحرير سعر الصرف، في خطوة طال انتظارها في مصر.
            وجاءت الخطوة بعد صفقة مع صندوق سيادي في أبوظبي أعلنها رئيس الوزراء مصطفى مدبولي الشهر الماضي.
            """)
        XCTAssertEqual(draft.roleLines, ["مصطفى مدبولي | رئيس الوزراء | مصر"])
    }

    func testArabicBoardChairInTheConstructState() {
        let draft = DraftFixture.draft("وقرع رئيس مجلس إدارة أرامكو ياسر الرميان جرس بدء التداول.")
        XCTAssertEqual(draft.roleLines, ["ياسر الرميان | رئيس مجلس إدارة | أرامكو السعودية"])
        draft.loads()
    }

    func testAnAffiliateNamedAfterAKnownCompany() {
        let draft = DraftFixture.draft(
            "Koichi Ito, president of Toyota Industries, bowed in apology on Monday.", language: "en")
        XCTAssertEqual(draft.roleLines, ["Koichi Ito | President | Toyota Industries"])
        let analyst = DraftFixture.draft(
            "\"It's a reflection of where the growth is,\" said Dan Ives, an analyst at Wedbush Securities.",
            language: "en")
        XCTAssertEqual(analyst.roleLines, ["Dan Ives | Analyst | Wedbush Securities"])
    }

    func testAPostWithoutOrganizationTakesTheOneTheArticleIsAbout() {
        let text = """
            Toyota stays world's top-selling carmaker
            Toyota sold 11.2 million vehicles last year, ahead of Volkswagen.
            Toyota said its sales rose 7.2 per cent.
            The figures came as chair Akio Toyoda apologised for the misconduct.
            """
        let draft = DraftFixture.draft(text, language: "en")
        XCTAssertEqual(draft.roleLines, ["Akio Toyoda | Chair | Toyota"])
        let once = DraftFixture.draft(
            "Toyota sold 11.2 million vehicles.\nThe figures came as chair Akio Toyoda apologised.", language: "en")
        XCTAssertEqual(once.roleLines, [], "an organization named once is not the article's: the post is left out")
    }

    func testAPostOfAnOrganizationNamedBeforeByItsHeadNoun() {
        let draft = DraftFixture.draft(
            """
            بي بي سي نيوز عربي
            أعلنت الهيئة العليا المستقلة للانتخابات في تونس فوز الرئيس بولاية ثانية.
            وقال رئيس الهيئة فاروق بوعسكر في مؤتمر صحفي إن النتائج نهائية.
            """)
        XCTAssertEqual(
            draft.roleLines.filter { $0.hasPrefix("فاروق") },
            ["فاروق بوعسكر | رئيس | الهيئة العليا المستقلة للانتخابات"],
            "«الهيئة» is the electoral commission named before, not the outlet whose other name starts with «هيئة»")
    }

    func testArabicNameWithAbdAndAllah() {
        let draft = DraftFixture.draft("وقال محافظ البنك المركزي المصري حسن عبد الله إن القرار نهائي.")
        XCTAssertEqual(draft.roleLines, ["حسن عبد الله | محافظ البنك المركزي | مصر"])
    }

    func testAnOrganizationLedByAName() {
        let english = DraftFixture.draft(
            "The Conservatives were reduced to 121 seats, while the Liberal Democrats, led by Ed Davey, took 71.",
            language: "en")
        XCTAssertEqual(english.roleLines, ["Ed Davey | Leader | Liberal Democrats"])
        let run = DraftFixture.draft("Apple, run by Tim Cook, rose 2% on Friday.", language: "en")
        XCTAssertEqual(run.roleLines, ["Tim Cook | Head | Apple"])
        let arabic = DraftFixture.draft("وفاز حزب العمال بقيادة كير ستارمر بأغلبية كبيرة.")
        XCTAssertEqual(arabic.roleLines, ["كير ستارمر | زعيم | حزب العمال"])
        let notAnOrganization = DraftFixture.draft("The march, led by Ed Davey, reached Westminster.", language: "en")
        XCTAssertEqual(notAnOrganization.roleLines, [])
    }

    func testSaudiCabinetForms() {
        let draft = DraftFixture.draft(
            """
            السعودية: إعادة تشكيل مجلس الوزراء
            أصدر خادم الحرمين الشريفين الملك سلمان بن عبد العزيز أمس أمراً ملكياً بإعادة تشكيل مجلس الوزراء السعودي.
            وقضى الأمر بتعيين الأمير خالد بن سلمان وزيراً للدفاع في السعودية.
            كما احتفظ الأمير عبد العزيز بن سلمان بحقيبة الطاقة، والأمير فيصل بن فرحان بحقيبة الخارجية، ومحمد الجدعان بحقيبة المالية.
            """)
        XCTAssertEqual(
            Set(draft.roleLines),
            [
                "سلمان بن عبد العزيز | الملك | السعودية", "خالد بن سلمان | وزير الدفاع | السعودية",
                "عبد العزيز بن سلمان | وزير الطاقة | السعودية", "فيصل بن فرحان | وزير الخارجية | السعودية",
                "محمد الجدعان | وزير المالية | السعودية",
            ])
        draft.loads()
    }

    func testAppointedAsAThreeWordPostInTheAccusative() {
        let draft = DraftFixture.draft("وعيّن الرئيس مصطفى مدبولي رئيساً لمجلس الوزراء في مصر.")
        XCTAssert(draft.roleLines.contains("مصطفى مدبولي | رئيس مجلس الوزراء | مصر"), "\(draft.roleLines)")
    }

    func testAnOrganizationNamedAfterAPerson() {
        let draft = DraftFixture.draft(
            "وقال حمد عبيد المنصوري، رئيس مجلس إدارة مركز محمد بن راشد للفضاء، إن المهمة تمثل محطة فارقة.")
        XCTAssertEqual(draft.roleLines, ["حمد عبيد المنصوري | رئيس مجلس إدارة | مركز محمد بن راشد للفضاء"])
    }

    func testAppositionsWithInitialsUnknownNamesAndProgrammes() {
        let english = DraftFixture.draft(
            "Hans M. Kristensen, an associate senior fellow with SIPRI's Weapons of Mass Destruction Programme, said.",
            language: "en")
        XCTAssertEqual(english.roleLines.first?.hasPrefix("Hans M. Kristensen | "), true, "\(english.roleLines)")
        let verbLike = DraftFixture.draft("وقال نان تيان، الباحث الأول في سيبري، إن الارتفاع مستمر.")
        XCTAssertEqual(verbLike.roleLines, ["نان تيان | الباحث الأول | معهد ستوكهولم الدولي لأبحاث السلام"])
        let programme = DraftFixture.draft(
            """
            معهد ستوكهولم الدولي لأبحاث السلام يصدر تقريره السنوي.
            وقال نان تيان، الباحث الأول في برنامج الإنفاق العسكري وإنتاج الأسلحة بالمعهد، إن الزيادة غير مسبوقة.
            """)
        XCTAssertEqual(
            programme.roleLines,
            ["نان تيان | الباحث الأول في برنامج الإنفاق العسكري وإنتاج الأسلحة | معهد ستوكهولم الدولي لأبحاث السلام"])
    }

    func testSpeakersStateBodiesAndNumbersThatLookLikeNames() {
        let speaker = DraftFixture.draft("وكان رئيس مجلس الأمة أحمد السعدون قد دعا إلى عقد الجلسة.")
        XCTAssertEqual(speaker.roleLines, ["أحمد السعدون | رئيس مجلس الأمة | مجلس الأمة"])
        let lebanese = DraftFixture.draft("وقال رئيس البرلمان اللبناني نبيه بري إن الجلسة مفتوحة.")
        XCTAssertEqual(lebanese.roleLines, ["نبيه بري | رئيس | البرلمان اللبناني"])
        let whiteHouse = DraftFixture.draft(
            "Stoltenberg announced the figure before meeting President Joe Biden at the White House.", language: "en")
        XCTAssertEqual(whiteHouse.roleLines, ["Joe Biden | President | United States"])
        let number = DraftFixture.draft(
            "Twenty-three of NATO's 32 members will meet the target this year, Secretary General Jens Stoltenberg said.",
            language: "en")
        XCTAssertEqual(number.roleLines, ["Jens Stoltenberg | Secretary General | NATO"])
    }

    func testHoldingVerbsExecutiveChairsAndLaWrittenApart() {
        let holds = DraftFixture.draft("في حين يتولى دوغ ماكميلون منصب الرئيس التنفيذي لـ«وولمارت» منذ عام 2014.")
        XCTAssertEqual(holds.roleLines, ["دوغ ماكميلون | الرئيس التنفيذي | وولمارت"])
        let chair = DraftFixture.draft(
            "Steve Killelea, the founder and executive chairman of the IEP, said the world was at a crossroads.",
            language: "en")
        XCTAssertEqual(
            chair.roleLines,
            [
                "Steve Killelea | Founder | Institute for Economics and Peace",
                "Steve Killelea | Executive Chairman | Institute for Economics and Peace",
            ])
    }

    func testAppointeesPastAppositionsLeadersWithFormerPostsAndMinistries() {
        let appointed = DraftFixture.draft(
            "عيّن العاهل المغربي الملك محمد السادس، الجمعة، عزيز أخنوش، رئيس حزب التجمع الوطني للأحرار، رئيساً للحكومة.")
        XCTAssert(appointed.roleLines.contains("عزيز أخنوش | رئيس الحكومة | المغرب"), "\(appointed.roleLines)")
        let leader = DraftFixture.draft("ثم ائتلاف دولة القانون بزعامة رئيس الوزراء الأسبق نوري المالكي بـ37 مقعداً.")
        XCTAssertEqual(leader.roleLines, ["نوري المالكي | زعيم | ائتلاف دولة القانون"])
        let current = DraftFixture.draft(
            "Microsoft, led by Chief Executive Officer Satya Nadella, rose 2% on Friday.", language: "en")
        XCTAssertEqual(current.roleLines, ["Satya Nadella | Chief Executive Officer | Microsoft"])
        let ministry = DraftFixture.draft(
            "Chinese foreign ministry spokesman Zhao Lijian told a regular news briefing on Thursday.", language: "en")
        XCTAssertEqual(ministry.roleLines, ["Zhao Lijian | Spokesman | Chinese Foreign Ministry"])
        let title = DraftFixture.draft("ونعى الأمين العام للأمم المتحدة أنطونيو غوتيريش السلطان الراحل.")
        XCTAssertEqual(title.roleLines, ["أنطونيو غوتيريش | الأمين العام | الأمم المتحدة"])
        let preposition = DraftFixture.draft("تصدّرت الكتلة الصدرية، التابعة لزعيم التيار الصدري مقتدى الصدر، النتائج.")
        XCTAssert(preposition.roleLines.contains { $0.hasPrefix("مقتدى الصدر | زعيم |") }, "\(preposition.roleLines)")
    }

    func testAnOrganizationWhoseLeaderFollowsARelativePronoun() {
        let draft = DraftFixture.draft(
            "أما الاتحاد الوطني، الذي يتزعمه بافل طالباني، فقد رفع رصيده، بزعامة رجل الأعمال شاسوار عبد الواحد.")
        XCTAssertEqual(draft.roleLines, ["بافل طالباني | زعيم | الاتحاد الوطني"])
        XCTAssertEqual(draft.eventDates, [], "«الواحد» is the one, not Sunday")
    }

    func testChiefJusticesFormerModifiedPostsAndHyphenatedAdjectives() {
        let justice = DraftFixture.draft(
            """
            Sri Lanka swears in new president
            Sri Lanka's new president took office in Colombo, Sri Lanka, on Monday.
            Chief Justice Jayantha Jayasuriya administered the oath of office.
            """, language: "en")
        XCTAssert(justice.roleLines.contains("Jayantha Jayasuriya | Chief Justice | Sri Lanka"), "\(justice.roleLines)")
        let former = DraftFixture.draft(
            "Junts is led by the former regional president Carles Puigdemont, who fled Spain.", language: "en")
        XCTAssertFalse(former.roleLines.contains { $0.contains("| President |") }, "\(former.roleLines)")
        let adjective = DraftFixture.draft(
            "The Marxist-leaning Anura Kumara Dissanayake was sworn in as president.", language: "en")
        XCTAssertFalse(adjective.roleLines.contains { $0.hasPrefix("Marxist") }, "\(adjective.roleLines)")
        let name = DraftFixture.draft(
            "Taiwan's Lai succeeds President Tsai Ing-wen, who is barred from a third term.", language: "en")
        XCTAssertEqual(name.roleLines.first?.hasPrefix("Tsai Ing-wen |"), true, "\(name.roleLines)")
    }

    func testADeputysPostIsOnePost() {
        let draft = DraftFixture.draft(
            "واستقبل الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، الضيوف.")
        XCTAssert(
            draft.roleLines.contains { $0.hasPrefix("محمد بن زايد آل نهيان | نائب القائد الأعلى للقوات المسلحة |") },
            "\(draft.roleLines)")
        XCTAssertFalse(draft.roleLines.contains { $0.contains("| نائب |") }, "\(draft.roleLines)")
    }

    func testATieBetweenCountriesGoesToTheOneNamedFirst() {
        var tally = MentionTally()
        let japan = LexiconName(row: ["id": "jpn", "en": "Japan"], type: .country)
        let korea = LexiconName(row: ["id": "kor", "en": "South Korea"], type: .country)
        tally.add(japan, weight: 2)
        tally.add(korea, weight: 1)
        tally.add(korea, weight: 1)
        XCTAssertEqual(tally.ranked.map(\.name.id), ["jpn", "kor"])
        XCTAssertEqual(tally.total, 4)
        tally.add(korea, weight: 1)
        XCTAssertEqual(tally.ranked.map(\.name.id), ["kor", "jpn"])
    }
}
