import XCTest

@testable import FactDrillKit

/// Ranks at a list's ends and pairs written apart from their entities: numbered pairs, the last
/// rank of a list of stated size, shared ranks, bare ordinals after a verb of placing, lists
/// "respectively" across an apposition, and who overtook whom.
final class DraftListEdgeTests: XCTestCase {
    func testArabicNumberedPairAndLastPlace() {
        let draft = DraftFixture.draft(
            "وفي ذيل المؤشر الذي شمل 150 دولة، حلت اليمن في المركز الأخير، مسبوقة بليبيا والعراق في المركزين 149 و148 على التوالي."
        )
        XCTAssertEqual(Set(draft.rankingEntries), ["اليمن 150", "ليبيا 149", "العراق 148"])
        draft.loads()
    }

    func testEnglishLastOutOfAStatedSize() {
        let draft = DraftFixture.draft("Chad came last out of 120 countries in the survey.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Chad 120"])
        let unsized = DraftFixture.draft("Chad came last in the survey.", language: "en")
        XCTAssertEqual(unsized.rankingEntries, [], "a last place without the list's size is no rank")
    }

    func testSharedRankWithTheVerbBeforeTheEntities() {
        let draft = DraftFixture.draft("وحلت فنلندا في المركز الثالث، فيما تقاسمت النمسا وبلجيكا المركز الرابع.")
        XCTAssertEqual(Set(draft.rankingEntries), ["فنلندا 3", "النمسا 4", "بلجيكا 4"])
    }

    func testBareOrdinalAfterAVerbOfPlacing() {
        let draft = DraftFixture.draft("وفي العام الماضي حلت كندا ثانية والمكسيك ثالثة.")
        XCTAssertEqual(draft.rankingEntries, ["كندا 2", "المكسيك 3"])
    }

    func testChainStopsAtAContrast() {
        let draft = DraftFixture.draft(
            "وجاءت فرنسا في المرتبة الثانية تلتها إسبانيا، في حين حلت البرتغال في المركز الأخير من بين 30 دولة.")
        XCTAssertEqual(Set(draft.rankingEntries), ["فرنسا 2", "إسبانيا 3", "البرتغال 30"])
    }

    func testRespectivelyAcrossAnApposition() {
        let draft = DraftFixture.draft(
            "Brazil and Argentina, with 40 and 38 points, finished second and third respectively.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Brazil 2", "Argentina 3"])
        let superlatives = DraftFixture.draft(
            "India and Japan, the region's biggest and second-biggest importers respectively, signed the deal.",
            language: "en")
        XCTAssertEqual(superlatives.rankingEntries, ["India 1", "Japan 2"])
    }

    func testOrdinalsPairedByRespectivelyWithoutARankNoun() {
        let draft = DraftFixture.draft(
            "وبذلك تصبح السويد والنرويج الدولتين الثالثة والرابعة على التوالي اللتين تعترفان بها.")
        XCTAssertEqual(draft.rankingEntries, ["السويد 3", "النرويج 4"])
    }

    func testTheFirstToAndTheNthHolderOfAPost() {
        let first = DraftFixture.draft(
            "Ghana became the first chipmaker to export to Japan, in a deal signed last year.", language: "en")
        XCTAssertEqual(first.rankingEntries, ["Ghana 1"])
        let gender = DraftFixture.draft(
            "Mary Barra, the first woman to lead a carmaker, spoke on Monday.", language: "en")
        XCTAssertEqual(gender.rankingEntries, [], "an ordinal about gender is no ranking")
        let post = DraftFixture.draft(
            "Amina Mohammed became the organisation's fifth secretary-general.", language: "en")
        XCTAssertEqual(post.rankingEntries, ["Amina Mohammed 5"])
    }

    func testAYearInARelativeClauseIsNoPeriod() {
        let draft = DraftFixture.draft(
            "Paris, which hosted the 1924 Summer Olympics, became the first city to stage three Games.", language: "en")
        guard case .ranking(_, let period, _, _) = draft.facts.first(where: { $0.typeName == "ranking" })?.body else {
            return XCTFail("no ranking: \(draft.notes.map(\.message))")
        }
        XCTAssertNil(period)
        XCTAssertTrue(draft.eventDates.contains { $0.hasPrefix("1924") }, "\(draft.eventDates)")
    }

    func testNumberOneAfterAVerbOfMoving() {
        let draft = DraftFixture.draft(
            "Sinner will return to No. 1 in the ATP rankings on Monday, replacing Zverev, who drops to No. 2.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Sinner 1", "Zverev 2"])
        let gender = DraftFixture.draft("It was Labour's first general election victory since 2005.", language: "en")
        XCTAssertEqual(gender.rankingEntries, [], "a military rank's word is no post to be the Nth of")
    }

    func testWhoOvertookTakesTheRank() {
        let draft = DraftFixture.draft(
            "India overtook China to become the world's most populous country on Monday.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["India 1", "China 2"])
    }
}

/// Names that end where Arabic names end, titles of courtesy, synonyms for one post, and the
/// organization a post belongs to when the sentence names it elsewhere.
final class DraftRoleEdgeTests: XCTestCase {
    func testArabicNameEndsAfterItsFamilyName() {
        let draft = DraftFixture.draft("وهنأ الرئيس عبد المجيد تبون بولاية ثانية شعب الجزائر.")
        XCTAssertEqual(draft.roleLines, ["عبد المجيد تبون | الرئيس | الجزائر"])
    }

    func testFamilyNameAfterAalAndAProcliticNounAfterAName() {
        let emir = DraftFixture.draft("وهنأ أمير قطر الشيخ تميم بن حمد آل ثاني المنتخب.")
        XCTAssertEqual(emir.roleLines, ["تميم بن حمد آل ثاني | أمير | قطر"])
        let term = DraftFixture.draft("وفي تونس، فاز الرئيس قيس سعيد بولاية ثانية.")
        XCTAssertEqual(term.roleLines, ["قيس سعيد | الرئيس | تونس"])
    }

    func testPatronymWithAbd() {
        let draft = DraftFixture.draft(
            "واستقبل العاهل الأردني الملك عبدالله الثاني الوفد، كما استقبله ولي العهد الأمير فيصل بن عبد الرحمن.")
        XCTAssertTrue(
            draft.roleLines.contains { $0.hasPrefix("فيصل بن عبد الرحمن | ") }, draft.roleLines.joined(separator: "\n"))
        let kings = draft.roleLines.filter { $0.contains("عبدالله الثاني") }
        XCTAssertEqual(kings.count, 1, "«العاهل» and «الملك» are one post: \(kings)")
    }

    func testTitleOfCourtesyIsNoPost() {
        let draft = DraftFixture.draft("وقال المستشار أحمد بنداري، رئيس اللجنة العليا للانتخابات، إن النتائج نهائية.")
        XCTAssertFalse(draft.roleLines.contains { $0.contains("| المستشار |") }, "\(draft.roleLines)")
        XCTAssertTrue(draft.roleLines.contains { $0.hasSuffix("| اللجنة العليا للانتخابات") }, "\(draft.roleLines)")
    }

    func testPartyLeaderPostKeepsTheParty() {
        let draft = DraftFixture.draft("وحل محمد سعيد، رئيس حزب النور، في المركز الثاني.")
        XCTAssertTrue(draft.roleLines.contains("محمد سعيد | رئيس | حزب النور"), "\(draft.roleLines)")
    }

    func testPostEndingInAHeadNounSplitsFromItsOrganization() {
        let draft = DraftFixture.draft("وقال سمير لطفي، رئيس الجامعة التونسية لكرة اليد، إن الفريق جاهز.")
        XCTAssertEqual(draft.roleLines, ["سمير لطفي | رئيس | الجامعة التونسية لكرة اليد"])
        draft.loads()
    }

    func testUnknownFamilyNamesAfterAGivenName() {
        let draft = DraftFixture.draft(
            "ثم عبد السند يمامة، رئيس حزب الوفد، وفريد زهران، رئيس الحزب المصري الديمقراطي الاجتماعي.")
        XCTAssertEqual(
            Set(draft.roleLines),
            ["عبد السند يمامة | رئيس | حزب الوفد", "فريد زهران | رئيس | الحزب المصري الديمقراطي الاجتماعي"])
    }

    func testClubBeforeAPlayersPostAndACoachsOwnNationality() {
        let club = DraftFixture.draft(
            "Manchester City striker Erling Haaland and Aston Villa goalkeeper Emiliano Martinez were honoured.",
            language: "en")
        XCTAssertTrue(club.roleLines.contains("Erling Haaland | Striker | Manchester City"), "\(club.roleLines)")
        XCTAssertTrue(club.roleLines.contains("Emiliano Martinez | Goalkeeper | Aston Villa"), "\(club.roleLines)")
        let people = DraftFixture.draft(
            "Starmer named David Lammy foreign secretary and Yvette Cooper home secretary.", language: "en")
        XCTAssertFalse(people.roleLines.contains { $0.hasSuffix("| Yvette Cooper") }, "\(people.roleLines)")
        let coach = DraftFixture.draft("وقاد المدرب البرتغالي جورجي جيسوس فريق الهلال إلى اللقب.")
        XCTAssertFalse(coach.roleLines.contains { $0.hasSuffix("| البرتغال") }, "\(coach.roleLines)")
    }

    func testOrganizationInThePost() {
        let draft = DraftFixture.draft(
            "\"We must act,\" U.N. Secretary-General Antonio Guterres told the assembly.", language: "en")
        XCTAssertTrue(
            draft.roleLines.contains { $0.hasPrefix("Antonio Guterres | ") && $0.hasSuffix("| United Nations") },
            "\(draft.roleLines)")
    }

    func testCorporatePostsTakeTheSentencesOrganization() {
        let led = DraftFixture.draft(
            "Alphabet, led by Chief Executive Officer Sundar Pichai, beat forecasts.", language: "en")
        XCTAssertEqual(led.roleLines.count, 1, "\(led.roleLines)")
        XCTAssertTrue(led.roleLines.first?.hasSuffix("| Alphabet") == true, "\(led.roleLines)")
        let joined = DraftFixture.draft(
            "Lisa Su, AMD's co-founder and chief executive officer, spoke on Monday.", language: "en")
        XCTAssertTrue(
            joined.roleLines.contains { $0.hasPrefix("Lisa Su | chief executive officer") && $0.hasSuffix("| AMD") }
                || joined.roleLines.contains { $0.lowercased().contains("chief executive") && $0.hasSuffix("| AMD") },
            "\(joined.roleLines)")
    }

    func testTiesOfManyListedAfterOrAlongside() {
        let verbFirst = DraftFixture.draft(
            "وتقاسمت فرنسا وألمانيا وإيطاليا واليابان وإسبانيا المركز الثاني بـ192 وجهة.")
        XCTAssertEqual(verbFirst.rankingEntries, ["فرنسا 2", "ألمانيا 2", "إيطاليا 2", "اليابان 2", "إسبانيا 2"])
        let listed = DraftFixture.draft(
            "وللمرة الأولى، تقاسمت ثلاث دول المركز الثالث، هي النمسا وفنلندا والسويد، إذ يمكن لمواطنيها دخول 191 وجهة.")
        XCTAssertEqual(listed.rankingEntries, ["النمسا 3", "فنلندا 3", "السويد 3"])
        let alongside = DraftFixture.draft("فيما حلت المملكة المتحدة رابعة إلى جانب بلجيكا والدنمارك.")
        XCTAssertEqual(alongside.rankingEntries, ["المملكة المتحدة 4", "بلجيكا 4", "الدنمارك 4"])
    }

    func testRanksWrittenWithTheArticleAndTatweel() {
        let draft = DraftFixture.draft("وسبقتها سوريا والعراق في المركزين الـ102 والـ101 على التوالي.")
        XCTAssertEqual(draft.rankingEntries, ["سوريا 102", "العراق 101"])
    }

    func testASubjectBeforeARelativeClauseThatRanksToo() {
        let draft = DraftFixture.draft(
            "أما الولايات المتحدة، التي تصدرت المؤشر قبل عقد من الزمن، فقد تراجعت إلى المركز الثامن بـ186 وجهة.")
        XCTAssert(draft.rankingEntries.contains("الولايات المتحدة 8"), "\(draft.rankingEntries)")
    }

    func testReplacedFollowersWithTheirOwnRankAndParticiples() {
        let replaced = DraftFixture.draft(
            "Yemen has replaced Afghanistan as the least peaceful country in the world, followed by Sudan and Ukraine.",
            language: "en")
        XCTAssertEqual(replaced.rankingEntries, ["Yemen 1", "Sudan 2", "Ukraine 3"])
        let ownRank = DraftFixture.draft(
            "Kuwait, ranked 25th, is now the region's most peaceful country, ahead of Qatar in 29th place.",
            language: "en")
        XCTAssertFalse(ownRank.rankingEntries.contains("Qatar 26"), "\(ownRank.rankingEntries)")
        let pair = DraftFixture.draft(
            "فيما حلت الدنمارك وآيسلندا في المركزين الثاني والثالث على التوالي، تلتهما السويد ثم إسرائيل.")
        XCTAssertEqual(pair.rankingEntries, ["الدنمارك 2", "آيسلندا 3", "السويد 4", "إسرائيل 5"])
        let participle = DraftFixture.draft(
            "وفي المقابل، خرجت الولايات المتحدة من قائمة الدول العشرين الأولى، متراجعة إلى المركز الـ23.")
        XCTAssertEqual(participle.rankingEntries, ["الولايات المتحدة 23"])
        let possessive = DraftFixture.draft(
            "German Chancellor Olaf Scholz spoke on Monday. Polls put Scholz's SPD in third place.", language: "en")
        XCTAssertFalse(possessive.rankingEntries.contains("Olaf Scholz 3"), "\(possessive.rankingEntries)")
    }

    func testQuotedNamesListNamesAndTheSubjectOfAConjunction() {
        let draft = DraftFixture.draft(
            "تراجعت شركة «أرامكو السعودية» مركزين إلى المرتبة الرابعة في قائمة «فورتشن غلوبال 500» لأكبر شركات العالم من حيث الإيرادات، بعدما حلت ثانية في قائمة العام الماضي."
        )
        XCTAssertEqual(draft.rankingEntries, ["أرامكو السعودية 4", "أرامكو السعودية 2"])
        let left = DraftFixture.draft(
            "وحافظت «وولمارت» على صدارة القائمة للعام الحادي عشر على التوالي، تلتها «أمازون» التي صعدت من المركز الرابع إلى الثاني."
        )
        XCTAssertEqual(Array(left.rankingEntries.prefix(2)), ["وولمارت 1", "أمازون 2"])
        let financial = DraftFixture.draft("وقالت المجلة إن القطاع المالي تصدر القطاعات من حيث عدد الشركات.")
        XCTAssertEqual(financial.rankingEntries, [], "«المالي» is financial, not Mali")
    }

    func testRanksPastAnAppositionAndClausesOfPurpose() {
        let pair = DraftFixture.draft(
            "France and Britain, with 290 and 225 warheads respectively, came fourth and fifth.", language: "en")
        XCTAssertEqual(pair.rankingEntries, ["France 4", "United Kingdom 5"])
        let purpose = DraftFixture.draft(
            "أما أوكرانيا فقد ارتفع إنفاقها العسكري بنسبة 640 بالمئة ليصل إلى 44 مليار دولار، لتحتل بذلك المركز الحادي عشر عالميا."
        )
        XCTAssertEqual(purpose.rankingEntries, ["أوكرانيا 11"])
        let region = DraftFixture.draft(
            "وحلت المملكة المتحدة سادسة بإنفاق بلغ 68.5 مليار دولار، لتكون صاحبة أعلى إنفاق عسكري في أوروبا الوسطى والغربية."
        )
        XCTAssertEqual(region.rankingEntries, ["المملكة المتحدة 6", "المملكة المتحدة 1"])
    }

    func testRegionsAndTheLeastOfAListOfKnownSize() {
        let region = DraftFixture.draft(
            "Western Europe remained the most liveable region overall, the EIU said.", language: "en")
        XCTAssertEqual(region.rankingEntries, ["Western Europe 1"])
        let scope = DraftFixture.draft("وزادت السعودية، أكبر منفق عسكري في الشرق الأوسط، إنفاقها بنسبة 16 بالمئة.")
        XCTAssertEqual(scope.rankingEntries, ["السعودية 1"], "the region after «في» is the list's scope")
        let least = DraftFixture.draft(
            "At the other end of the index, which covers 173 cities, Damascus was again ranked the least liveable.",
            language: "en")
        XCTAssertEqual(least.rankingEntries, ["Damascus 173"])
    }
}
