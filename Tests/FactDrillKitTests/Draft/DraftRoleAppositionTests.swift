import XCTest

@testable import FactDrillKit

/// A name set off by commas after its post, a minister's joined portfolios, a patronym whose first
/// word reads as another word, a post held "then".
final class DraftRoleAppositionTests: XCTestCase {
    func testANameBetweenCommasAfterItsPost() {
        let draft = DraftFixture.draft(
            "وقال وزير النقل والخدمات اللوجستية السعودي، المهندس صالح الجاسر، إن العمل مستمر.")
        XCTAssertEqual(draft.roleLines, ["صالح الجاسر | وزير النقل والخدمات اللوجستية | السعودية"])
        draft.loads()
        let pronoun = DraftFixture.draft(
            "Imperial has been led by its president, Hugh Brady, since 2022.", language: "en")
        XCTAssertEqual(pronoun.roleLines, [], "whose post «its» says is not read")
    }

    func testASecondPersonJoinedByAndIsNotThePostsHolder() {
        let draft = DraftFixture.draft(
            "ووقع الاتفاقية معالي الدكتور ثاني بن أحمد الزيودي، وزير دولة للتجارة الخارجية، ومعالي بيوش غويال، وزير التجارة والصناعة في جمهورية الهند."
        )
        XCTAssertEqual(
            draft.roleLines.map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " | ") },
            ["ثاني بن أحمد الزيودي | وزير دولة للتجارة الخارجية", "بيوش غويال | وزير التجارة والصناعة"])
    }

    func testAPostHeldThenIsNotARole() {
        let draft = DraftFixture.draft(
            "Her authority drained away when her then chancellor, Kwasi Kwarteng, announced tax cuts.", language: "en")
        XCTAssertEqual(draft.roleLines, [])
    }

    func testOrdinalNumeralsPastAHundred() {
        let draft = DraftFixture.draft(
            "Myanmar and North Korea were ranked 166th and 165th respectively.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Myanmar 166", "North Korea 165"])
    }

    func testABoardIsThePostsAndTheOrganizationComesAfterIt() {
        let draft = DraftFixture.draft(
            "وقال رئيس مجلس مفوضي الهيئة المستقلة للانتخاب موسى المعايطة، في مؤتمر صحفي، إن نسبة الاقتراع بلغت 32 بالمئة."
        )
        XCTAssertEqual(draft.roleLines, ["موسى المعايطة | رئيس مجلس مفوضي | الهيئة المستقلة للانتخاب"])
        let foundation = DraftFixture.draft(
            "وقال رئيس مجلس أمناء مؤسسة محمد بن راشد للمعرفة جمال بن حويرب إن المؤشر يعكس التقدم.")
        XCTAssertEqual(
            foundation.roleLines, ["جمال بن حويرب | رئيس مجلس أمناء | مؤسسة محمد بن راشد للمعرفة"],
            "«مؤسسة» is a foundation, not a founder")
    }

    func testARulingFamilysNameWithoutAal() {
        let draft = DraftFixture.draft(
            "ومن المنتظر أن يقدم رئيس مجلس الوزراء الشيخ أحمد نواف الأحمد الصباح استقالة حكومته إلى أمير الكويت.")
        XCTAssertEqual(draft.roleLines.first?.components(separatedBy: " | ").first, "أحمد نواف الأحمد الصباح")
    }

    func testAnOrganizationOfCapitalizedWordsBeforeAnEnglishPost() {
        let mayor = DraftFixture.draft(
            "Marcos' running mate, Davao City Mayor Sara Duterte-Carpio, held an even wider lead.", language: "en")
        XCTAssertEqual(mayor.roleLines, ["Sara Duterte-Carpio | Mayor | Davao City"])
        let chair = DraftFixture.draft("He met Electoral Commission chairman John Smith on Monday.", language: "en")
        XCTAssertEqual(chair.roleLines, ["John Smith | Chairman | Electoral Commission"])
    }

    func testAFormerPostInTheLexiconsWordsAndAMinisterWhoAlsoChairsABoard() {
        let former = DraftFixture.draft("استمر الشغور منذ انتهاء ولاية الرئيس السابق ميشال عون في لبنان.")
        XCTAssertEqual(former.roleLines, [])
        let chair = DraftFixture.draft(
            "وأكد وزير التجارة السعودي رئيس مجلس إدارة المركز الوطني للتنافسية الدكتور ماجد القصبي أن النتائج إيجابية.")
        XCTAssertEqual(
            chair.roleLines.sorted(),
            ["ماجد القصبي | رئيس مجلس إدارة | المركز الوطني للتنافسية", "ماجد القصبي | وزير التجارة | السعودية"],
            "the minister's post is the country's; the title of courtesy is not the centre's name")
    }

    func testTheCentreNamedBeforeAndANameAfterItsComplement() {
        let draft = DraftFixture.draft(
            """
            أعلن مركز محمد بن راشد للفضاء نجاح رائد الفضاء الإماراتي سلطان النيادي في تنفيذ المهمة.
            من جانبه، أوضح سالم حميد المري، مدير عام المركز، أن فرق المركز عملت بالتنسيق مع ناسا.
            """)
        XCTAssert(
            draft.roleLines.contains("سالم حميد المري | مدير عام | مركز محمد بن راشد للفضاء"),
            draft.roleLines.joined(separator: "\n"))
    }

    func testAnAgeBeforeAnAppositionsPostAndAPartyLeaderIsNoCountrys() {
        let mayor = DraftFixture.draft(
            "Prabowo's running mate is Gibran Rakabuming Raka, the 36-year-old mayor of Surakarta.", language: "en")
        XCTAssertEqual(mayor.roleLines, ["Gibran Rakabuming Raka | Mayor | Surakarta"])
        let leader = DraftFixture.draft(
            "Labour leader Sir Keir Starmer said the Tories must call an election in Britain.", language: "en")
        XCTAssertFalse(leader.roleLines.contains { $0.hasSuffix("| United Kingdom") }, "\(leader.roleLines)")
        let former = DraftFixture.draft(
            "Bullrich threw her support behind Milei, as did former President Mauricio Macri of Argentina.",
            language: "en")
        XCTAssertEqual(former.roleLines, [])
    }

    func testAnOrganizationAtThePostsEndAndArabicFamilyNamesInEnglish() {
        let commission = DraftFixture.draft(
            "وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الاتحاد سيدعم أوكرانيا.")
        XCTAssertEqual(commission.roleLines.first?.hasSuffix("| رئيسة المفوضية الأوروبية | المفوضية الأوروبية"), true)
        let sudani = DraftFixture.draft(
            "Iraqi Prime Minister Mohammed Shia al-Sudani met the delegation.", language: "en")
        XCTAssertEqual(sudani.roleLines, ["Mohammed Shia al-Sudani | Prime Minister | Iraq"])
        let company = DraftFixture.draft(
            "Microsoft shares rose 3%. Microsoft said its cloud business grew. The company's chief executive, Satya Nadella, said the deal was done.",
            language: "en")
        XCTAssertEqual(company.roleLines, ["Satya Nadella | Chief Executive | Microsoft"])
    }

    func testAMinistersPortfolioTheLexiconDoesNotKnowAndAPrincessIsATitle() {
        let minister = DraftFixture.draft("وقالت وزيرة التعاون الدولي المصرية رانيا المشاط إن التمويل سيتدفق.")
        XCTAssertEqual(minister.roleLines, ["رانيا المشاط | وزيرة التعاون الدولي | مصر"])
        let princess = DraftFixture.draft(
            "وصرح سفير المملكة لدى الولايات المتحدة الأميرة ريما بنت بندر بأن العلاقات متينة.")
        XCTAssertFalse(princess.roleLines.contains { $0.contains("| الأميرة |") }, "\(princess.roleLines)")
        let spokesman = DraftFixture.draft(
            "President Cyril Ramaphosa of South Africa won. Ramaphosa's spokesman Vincent Magwenya spoke on Tuesday.",
            language: "en")
        XCTAssertFalse(spokesman.roleLines.contains { $0.hasSuffix("| Ramaphosa") }, "a person is no organization")
    }

    func testTheOrganizationWithLlAndOfTheCountry() {
        let who = DraftFixture.draft(
            """
            أعلنت منظمة الصحة العالمية حالة الطوارئ.
            وقال المدير العام للمنظمة تيدروس أدهانوم غيبريسوس، في مؤتمر صحافي، إن الأمر مقلق.
            """)
        XCTAssertEqual(who.roleLines, ["تيدروس أدهانوم غيبريسوس | المدير العام | منظمة الصحة العالمية"])
        let president = DraftFixture.draft(
            """
            بنغلاديش تشكل حكومة انتقالية وسط ترحيب في بنغلاديش.
            وأدى يونس اليمين أمام رئيس البلاد محمد شهاب الدين في القصر الرئاسي.
            وحضر الرئيس محمد شهاب الدين المراسم.
            """)
        XCTAssertEqual(president.roleLines, ["محمد شهاب الدين | رئيس | بنغلاديش"], "«البلاد» says no more; one role")
    }

    func testAPostWithAPossessivePronounIsTheOrganizationsBefore() {
        let draft = DraftFixture.draft("أما أبل، التي يقودها رئيسها التنفيذي تيم كوك، فقد خسرت نحو خمس قيمتها السوقية.")
        XCTAssertEqual(draft.roleLines, ["تيم كوك | الرئيس التنفيذي | آبل"])
    }

    func testWhereAnArabicNameEnds() {
        let driver = DraftFixture.draft("أنهى الهولندي ماكس فيرستابن، سائق فريق ريد بول، موسم 2023 كما بدأه.")
        XCTAssertEqual(driver.roleLines, ["ماكس فيرستابن | سائق | ريد بول"], "a name's later word may start with ف")
        let fled = DraftFixture.draft("بعد استقالة رئيسة الوزراء الشيخة حسينة وفرارها إلى الهند من بنغلاديش.")
        XCTAssertFalse(fled.roleLines.contains { $0.hasPrefix("حسينة وفرارها") }, "\(fled.roleLines)")
        let successor = DraftFixture.draft("انتخب البرلمان العراقي عبد اللطيف رشيد رئيساً للجمهورية خلفا لبرهم صالح.")
        XCTAssertFalse(successor.roleLines.contains { $0.contains("خلفا") }, "\(successor.roleLines)")
    }

    func testAnAwardAndAFamilyNameAreNoOrganization() {
        let award = DraftFixture.draft(
            "Riyad Mahrez, who was named PFA Player of the Year last month, was at the heart of it.", language: "en")
        XCTAssertEqual(award.roleLines, [])
        let striker = DraftFixture.draft(
            """
            The result leaves Claudio Ranieri's side seven points clear.
            Ranieri, who was appointed last year, watched it at striker Jamie Vardy's house.
            """, language: "en")
        XCTAssertFalse(striker.roleLines.contains { $0.hasSuffix("| Ranieri") }, "\(striker.roleLines)")
    }

    func testWhosePostIsTheOrganizationBefore() {
        let draft = DraftFixture.draft(
            "Frontier uses chips from Advanced Micro Devices Inc., whose Chief Executive Officer Lisa Su has made computing a pillar.",
            language: "en")
        XCTAssertEqual(draft.roleLines, ["Lisa Su | Chief Executive Officer | Advanced Micro Devices Inc"])
        let director = DraftFixture.draft(
            "The lab said that Oak Ridge Director Thomas Zacharia would speak.", language: "en")
        XCTAssertEqual(director.roleLines, ["Thomas Zacharia | Director | Oak Ridge"])
    }

    func testACompanysNameThatOpensTheSentenceOrStartsWithACountry() {
        let georgia = DraftFixture.draft(
            "Georgia Power CEO Kim Greene said in a statement that the units would run.", language: "en")
        XCTAssertEqual(georgia.roleLines, ["Kim Greene | CEO | Georgia Power"])
        let credit = DraftFixture.draft(
            "Credit Suisse chair Axel Lehmann described the day as historic and sad.", language: "en")
        XCTAssertEqual(credit.roleLines, ["Axel Lehmann | Chair | Credit Suisse"])
        let inside = DraftFixture.draft(
            "The utility said that Georgia Power CEO Kim Greene would speak.", language: "en")
        XCTAssertEqual(inside.roleLines, ["Kim Greene | CEO | Georgia Power"])
        // A sentence's opener is no part of the company's name.
        let then = DraftFixture.draft("Then Apple CEO Tim Cook took the stage.", language: "en")
        XCTAssertEqual(then.roleLines, ["Tim Cook | CEO | Apple"])
        // A country right before the post is still its organization.
        let president = DraftFixture.draft("Ukraine President Volodymyr Zelensky spoke on Monday.", language: "en")
        XCTAssertEqual(president.roleLines, ["Volodymyr Zelensky | President | Ukraine"])
    }
}
