import XCTest

@testable import FactDrillKit

/// Ranks by order: the Nth holder of a post and those before, a name described by a superlative
/// after a comma, those ahead of a rank ("third, behind Spain and England").
final class DraftRankOrderTests: XCTestCase {
    func testTheNthHolderAfterAVerbOfBeingCounted() {
        let draft = DraftFixture.draft(
            "وأدى أنطونيو غوتيريش اليمين أمس. ويعد غوتيريش الأمين العام التاسع للأمم المتحدة، وقد تولى منصبه عام 2017.")
        XCTAssertEqual(draft.rankingEntries, ["أنطونيو غوتيريش 9"])
        let names = draft.rankingNames
        XCTAssertEqual(names, ["الأمين العام للأمم المتحدة (بترتيب تولي المنصب)"], "the list is the post's, no ordinal")
        let noVerb = DraftFixture.draft("وأدى أنطونيو غوتيريش اليمين أمس، والأمين العام التاسع للأمم المتحدة حاضر.")
        XCTAssertEqual(noVerb.rankingEntries, [], "no verb of being or becoming, no apposition: no holder")
    }

    func testAnOrdinalWhoseLettersLookLikeTheArticle() {
        // «ثالث» reads «ث» + «الث»: not a proclitic before the article.
        let draft = DraftFixture.draft("وبذلك يصبح محمد بن زايد ثالث رئيس لدولة الإمارات.")
        XCTAssertEqual(draft.rankingEntries, ["محمد بن زايد 3"])
        XCTAssertFalse(DraftWord(text: "ثالث", range: "ثالث".startIndex..<"ثالث".endIndex, before: "").isDefinite)
        XCTAssert(DraftWord(text: "والرئيس", range: "x".startIndex..<"x".endIndex, before: "").isDefinite)
        XCTAssert(DraftWord(text: "للمنظمة", range: "x".startIndex..<"x".endIndex, before: "").isDefinite)
    }

    func testTheHoldersBeforeAreListedAfterIt() {
        let draft = DraftFixture.draft(
            "William Ruto becomes the fifth president of Kenya since independence from Britain in 1963, after Jomo Kenyatta, Daniel arap Moi, Mwai Kibaki and Uhuru Kenyatta.",
            language: "en")
        XCTAssertEqual(
            draft.rankingEntries,
            ["Jomo Kenyatta 1", "Daniel arap Moi 2", "Mwai Kibaki 3", "Uhuru Kenyatta 4", "William Ruto 5"])
        let short = DraftFixture.draft(
            "William Ruto becomes the fifth president of Kenya, after Jomo Kenyatta and Uhuru Kenyatta.", language: "en"
        )
        XCTAssertEqual(short.rankingEntries, ["William Ruto 5"], "two names before the fifth: which ranks are theirs?")
    }

    func testAnArabicSuperlativeAfterACommaDescribesTheNameBeforeIt() {
        let draft = DraftFixture.draft(
            "وتشغلها شركة «إيفرغرين» التايوانية، سابع أكبر شركة لشحن الحاويات في العالم.")
        XCTAssertEqual(draft.rankingEntries, ["إيفرغرين 7"])
        let subject = DraftFixture.draft(
            "وكانت مجموعة «ميرسك» الدنماركية، أكبر شركة لشحن الحاويات في العالم، قد حذرت من تداعيات الأزمة.")
        XCTAssertEqual(subject.rankingEntries, ["ميرسك 1"])
    }

    func testTheLargestNumberInTheWorld() {
        let draft = DraftFixture.draft("وتستضيف تركيا أكبر عدد من اللاجئين في العالم.")
        XCTAssertEqual(draft.rankingEntries, ["تركيا 1"])
        let own = DraftFixture.draft("وحصدت الصين أكبر عدد من الميداليات الذهبية في تاريخها.")
        XCTAssertEqual(own.rankingEntries, [], "its own record is no ranking")
    }

    func testThoseAheadOfARankInOrder() {
        let draft = DraftFixture.draft(
            "Sweden finished third, behind Spain and England, after beating co-host Australia 2-0.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Spain 1", "England 2", "Sweden 3"])
        let many = DraftFixture.draft(
            "Morocco finished fifth, behind Argentina, France and Croatia.", language: "en")
        XCTAssertEqual(many.rankingEntries, ["Morocco 5"], "three ahead of the fifth: who is fourth is not said")
    }

    func testEmergedAsTheLargestPartyFollowedBy() {
        let draft = DraftFixture.draft(
            "Brothers of Italy emerged as the largest party in the general election with 26% of the vote, followed by the Democratic Party with 19%.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Brothers of Italy 1", "Democratic Party 2"])
    }

    func testTwoSuperlativesOfOneSubject() {
        let draft = DraftFixture.draft(
            "Saudi Arabia, the world's biggest oil exporter, will make the largest cut of 500,000 bpd, followed by Iraq with 211,000 bpd and the United Arab Emirates with 144,000 bpd.",
            language: "en")
        let lists = draft.rankingLists
        XCTAssertEqual(
            lists,
            [
                "the world's biggest oil exporter: Saudi Arabia 1",
                "the largest cut of 500,000 bpd: Saudi Arabia 1, Iraq 2, United Arab Emirates 3",
            ], "the followers are the cut's, not the exporters'")
    }

    func testAPossessiveOpensAnApposition() {
        let draft = DraftFixture.draft(
            "The all-share takeover by UBS, Switzerland's largest lender, values its smaller rival at SFr0.76 a share.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["UBS 1"], "Switzerland is where the list is")
    }

    func testTheFirstToDoSomethingAndThoseWhoFollowed() {
        let draft = DraftFixture.draft(
            "The Soviet Union was the first to achieve a soft landing, in 1966, followed by the United States, China and, last August, India.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Soviet Union 1", "United States 2", "China 3", "India 4"])
        XCTAssert(draft.eventDates.contains("1966"), "the year of the first is an event: \(draft.eventDates)")
        let among = DraftFixture.draft(
            "Serbian President Aleksandar Vucic was among the first to congratulate him.", language: "en")
        XCTAssertEqual(among.rankingEntries, [], "one of the first")
        let quarter = DraftFixture.draft("Japan's economy grew from the first to the second quarter.", language: "en")
        XCTAssertEqual(quarter.rankingEntries, [])
    }

    func testAClauseOfPurposeKeepsTheSubjectRankedBefore() {
        let draft = DraftFixture.draft(
            "وحلّ الهندي موكيش أمباني، رئيس مجلس إدارة مجموعة \"ريلاينس إندستريز\"، في المرتبة التاسعة عالمياً، ليبقى أغنى شخص في آسيا."
        )
        XCTAssertEqual(draft.rankingEntries, ["موكيش أمباني 9", "موكيش أمباني 1"], "not the company of the apposition")
    }

    func testArabicResultsByNameAndTeam() {
        let drivers = DraftFixture.draft(
            "وحل الموناكي شارل لوكلير (فيراري) ثانيا، والبريطاني جورج راسل (مرسيدس) ثالثا.")
        XCTAssertEqual(drivers.rankingEntries, ["شارل لوكلير 2", "جورج راسل 3"])
        let clubs = DraftFixture.draft("وحل تشيلسي ثالثاً برصيد 74 نقطة، وتوتنهام رابعاً بـ71 نقطة.")
        XCTAssertEqual(clubs.rankingEntries, ["تشيلسي 3", "توتنهام 4"])
        let common = DraftFixture.draft("وحل الفريق ثالثاً برصيد 74 نقطة.")
        XCTAssertEqual(common.rankingEntries, [], "a common word is no team's name")
    }

    func testTheLongestServingNamedBeforeTheComma() {
        let rutte = DraftFixture.draft(
            "The VVD is now headed by justice minister Dilan Yeşilgöz-Zegerius, who took over after Rutte, the country's longest-serving prime minister, announced his exit.",
            language: "en")
        XCTAssertEqual(rutte.rankingEntries, ["Rutte 1"], "not the subject of the clause before")
        let abe = DraftFixture.draft(
            "Shinzo Abe, Japan's longest-serving prime minister and one of its most influential politicians, was assassinated Friday.",
            language: "en")
        let names = abe.rankingNames
        XCTAssertEqual(abe.rankingEntries, ["Shinzo Abe 1"])
        XCTAssertEqual(names, ["Japan's longest-serving prime minister"])
    }

    func testFollowersOfTheOneRankedBefore() {
        let draft = DraftFixture.draft(
            "Iceland topped the index for the 15th year. Iceland, which has closed 93.5 percent of its gap, was followed by Finland, Norway, New Zealand and Sweden.",
            language: "en")
        XCTAssertEqual(
            draft.rankingEntries, ["Iceland 1", "Finland 2", "Norway 3", "New Zealand 4", "Sweden 5"])
        let unranked = DraftFixture.draft(
            "Iceland topped the index. Denmark, which has closed 90 percent of its gap, was followed by Finland.",
            language: "en")
        XCTAssertEqual(unranked.rankingEntries, ["Iceland 1"], "Denmark's rank is not known")
    }

    func testToTheTopOfTheRanking() {
        let draft = DraftFixture.draft(
            "وعلى الصعيد العالمي، قفزت سنغافورة من المركز الرابع إلى صدارة التصنيف، واستعادت سويسرا المركز الثاني.")
        XCTAssert(draft.rankingEntries.contains("سنغافورة 1"), "\(draft.rankingEntries)")
        let regained = DraftFixture.draft("واستعادت الولايات المتحدة الصدارة من حيث عدد الشركات المدرجة.")
        XCTAssertEqual(regained.rankingEntries, ["الولايات المتحدة 1"])
    }

    func testSecondToSomeone() {
        let draft = DraftFixture.draft(
            "Pogačar, who won the Tour in 2020 and 2021, had finished second to Vingegaard in each of the last two editions.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Vingegaard 1", "Pogačar 2"], "who comes after «to» is ahead")
    }

    func testAPlayersPlaceInTheWorldRanking() {
        let draft = DraftFixture.draft("وخسرت أمام البولندية إيغا شفيونتيك، المصنفة الأولى عالميا.")
        XCTAssertEqual(draft.rankingEntries, ["إيغا شفيونتيك 1"])
        let names = draft.rankingNames
        XCTAssertEqual(names, ["التصنيف العالمي"])
    }

    func testAnArabicElectionWonByShareAndANameAfterAPartysCandidate() {
        let draft = DraftFixture.draft(
            """
            أعلنت اللجنة الوطنية المستقلة للانتخابات في موريتانيا، اليوم الاثنين، فوز الرئيس المنتهية ولايته محمد ولد الشيخ الغزواني بولاية رئاسية ثانية من الشوط الأول، بعد حصوله على 56.12% من أصوات المقترعين في الانتخابات التي جرت يوم السبت.
            فيما جاء مرشح حزب التجمع الوطني للإصلاح والتنمية (تواصل) ذي التوجه الإسلامي حمادي ولد سيد المختار ثالثا، من بين سبعة مرشحين.
            """, published: "2024-07-01")
        XCTAssertEqual(draft.rankingEntries, ["محمد ولد الشيخ الغزواني 1", "حمادي ولد سيد المختار 3"])
        XCTAssertEqual(draft.facts.filter { $0.typeName == "ranking" }.count, 1, "one list: «من بين سبعة» names none")
        XCTAssert(
            draft.roleLines.contains("محمد ولد الشيخ الغزواني | الرئيس | موريتانيا"),
            "«ولد» goes on in a Mauritanian name; «المنتهية ولايته» stands between post and name: \(draft.roleLines)")
        let predecessor = DraftFixture.draft("وفاز الغزواني عام 2019 خلفا للرئيس محمد ولد عبد العزيز.")
        XCTAssertEqual(predecessor.roleLines, [], "the predecessor's post")
        let born = DraftFixture.draft("وقال محمد ولد في نواكشوط إن الحملة انتهت.")
        XCTAssertFalse(born.roleLines.contains { $0.contains("ولد في") })
    }

    func testWhoseAPossessiveSaysIsNotWhatRanks() {
        let acquisition = DraftFixture.draft(
            "The deal is the biggest in the history of the gaming industry and Microsoft's largest acquisition ever.",
            language: "en")
        XCTAssertEqual(acquisition.rankingEntries, [], "the acquisition is the largest, not Microsoft")
        let teammate = DraftFixture.draft(
            "Belgium's Remco Evenepoel placed third. Pogačar's teammate João Almeida of Portugal was fourth.",
            language: "en")
        XCTAssertEqual(teammate.rankingEntries, ["Remco Evenepoel 3", "João Almeida 4"])
        let behind = DraftFixture.draft(
            "It makes Microsoft the world's third-largest gaming company by revenue, behind China's Tencent and Japan's Sony.",
            language: "en")
        XCTAssertEqual(behind.rankingEntries, ["Tencent 1", "Sony 2", "Microsoft 3"])
    }

    func testCrownedWithATitle() {
        let team = DraftFixture.draft(
            "توج فريق العين الإماراتي بلقب دوري أبطال آسيا لكرة القدم للمرة الثانية في تاريخه، بعد فوزه على يوكوهاما.")
        XCTAssertEqual(team.rankingEntries, ["العين 1"], "the team after «فريق», not the Emirates")
        let scorer = DraftFixture.draft(
            "توج النجم المصري محمد صلاح، مهاجم ليفربول، بلقب هداف الدوري الإنجليزي الممتاز لكرة القدم للمرة الثالثة في مسيرته."
        )
        XCTAssertEqual(scorer.rankingEntries, ["محمد صلاح 1"])
        let names = scorer.rankingNames
        XCTAssertEqual(names, ["هداف الدوري الإنجليزي الممتاز لكرة القدم"])
    }

    func testAWinOfACompetition() {
        let tour = DraftFixture.draft(
            "NICE, France (AP) — Tadej Pogačar won the Tour de France for the third time on Sunday.", language: "en")
        XCTAssertEqual(tour.rankingEntries, ["Tadej Pogačar 1"])
        let names = tour.rankingNames
        XCTAssertEqual(names, ["Tour de France"])
        let race = DraftFixture.draft(
            "Arsenal took the race to the final day, while Spain coach Jorge Vilda won the Yashin Trophy.",
            language: "en")
        XCTAssertEqual(race.rankingEntries, [], "no competition won")
        let seeded = DraftFixture.draft(
            "ثم أطاحت يوم الخميس في نصف النهائي بالبيلاروسية أرينا سابالينكا، المصنفة الثانية عالميا، لتدخل النهائي.")
        XCTAssertEqual(seeded.rankingEntries, ["أرينا سابالينكا 2"], "a name no lexicon knows, after a nationality")
    }

    func testArabicSuperlativesWithFollowersAndAppositions() {
        let reserves = DraftFixture.draft(
            "وتحتفظ الولايات المتحدة بأكبر احتياطي رسمي من الذهب في العالم بما يزيد على 8100 طن، تليها ألمانيا ثم إيطاليا."
        )
        XCTAssertEqual(reserves.rankingEntries, ["الولايات المتحدة 1", "ألمانيا 2", "إيطاليا 3"])
        let names = reserves.rankingNames
        XCTAssertEqual(names, ["أكبر احتياطي رسمي من الذهب في العالم"], "no «ب», no «بما يزيد»")
        let airport = DraftFixture.draft(
            "وأدت العاصفة إلى إلغاء مئات الرحلات في مطار دبي الدولي، الأكثر ازدحاما في العالم من حيث حركة المسافرين الدوليين."
        )
        XCTAssertEqual(airport.rankingEntries, ["مطار دبي الدولي 1"])
        let counted = DraftFixture.draft(
            "وتُعد مايكروسوفت حاليا الشركة المدرجة الأعلى قيمة سوقية في العالم، متقدمة على آبل التي تحل ثانية.")
        XCTAssertEqual(counted.rankingEntries, ["مايكروسوفت 1", "آبل 2"])
        let record = DraftFixture.draft(
            "ويظل العراق صاحب الرقم القياسي في عدد مرات الفوز بالبطولة برصيد أربعة ألقاب، تليه السعودية بلقبين.")
        XCTAssertEqual(record.rankingEntries, ["العراق 1", "السعودية 2"], "«الفوز» in general is no one's win")
    }

    func testWhatAPronounOpensIsNoListName() {
        let draft = DraftFixture.draft(
            """
            Tadej Pogačar won the Tour de France for the third time on Sunday.
            Belgium's Remco Evenepoel placed third, 9:18 back, on his Tour debut.
            """, language: "en")
        let lists = draft.rankingLists
        XCTAssertEqual(
            lists, ["Tour de France: Tadej Pogačar 1, Remco Evenepoel 3"], "not a list named «his Tour debut»")
    }

    func testWhereTheOneBeforeIsIsNoFollower() {
        let draft = DraftFixture.draft(
            """
            Oak Ridge Director Thomas Zacharia spoke at the launch on Monday.
            Frontier is the world's most powerful supercomputer.
            LUMI, in Kajaani, Finland, ranked third and is now Europe's most powerful system, followed by Summit, also at Oak Ridge, and Sierra at Lawrence Livermore.
            """, language: "en")
        XCTAssertFalse(draft.rankingEntries.contains { $0.hasPrefix("Oak Ridge") }, "\(draft.rankingEntries)")
        // "Europe's most powerful system": whose superlative it is, not what ranks.
        XCTAssertFalse(draft.rankingEntries.contains { $0.hasPrefix("Europe") }, "\(draft.rankingEntries)")
        let africa = DraftFixture.draft("Nigeria, Africa's largest economy, grew by 3% last year.", language: "en")
        XCTAssertEqual(africa.rankingEntries, ["Nigeria 1"])
    }

    func testATieListedWithCommas() {
        let draft = DraftFixture.draft(
            "Collin Morikawa, Tommy Fleetwood and Max Homa tied for third at 4 under.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Collin Morikawa 3", "Tommy Fleetwood 3", "Max Homa 3"])
        // Not a clause that is more than a name.
        let clause = DraftFixture.draft(
            "After a long day at Augusta, Tommy Fleetwood and Max Homa tied for third at 4 under.", language: "en")
        XCTAssertEqual(clause.rankingEntries, ["Tommy Fleetwood 3", "Max Homa 3"])
    }
}
