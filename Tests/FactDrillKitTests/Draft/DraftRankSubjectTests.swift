import XCTest

@testable import FactDrillKit

/// Who a rank is said of: a company after its country's possessive, a subject with what it
/// includes in a parenthesis, who overtook whom "as the largest", "the top-selling".
final class DraftRankSubjectTests: XCTestCase {
    func testTopSellingStatesRankOne() {
        let draft = DraftFixture.draft(
            "Toyota remained the world's top-selling carmaker for the fourth consecutive year in 2023.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Toyota 1"])
        let list = DraftFixture.draft("Toyota and Honda are among the top-selling brands.", language: "en")
        XCTAssertEqual(list.rankingEntries, [], "a plural after it makes it a list")
    }

    func testWhatAParenthesisIncludesDoesNotRank() {
        let draft = DraftFixture.draft(
            "South Korea's Hyundai Motor Group, including Kia, was third with 7.3mn.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Hyundai Motor Group 3"])
    }

    func testACompanyAfterItsCountrysPossessiveRanks() {
        let draft = DraftFixture.draft("Germany's Volkswagen was the world's largest carmaker in 2015.", language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Volkswagen 1"])
        let person = DraftFixture.draft("China's Xi Jinping is the most powerful leader.", language: "en")
        XCTAssertEqual(person.rankingEntries, ["Xi Jinping 1"])
        let country = DraftFixture.draft("India's population is the largest in the world.", language: "en")
        XCTAssertEqual(country.rankingEntries, ["India 1"], "a possessive before a common noun is the country's")
    }

    func testWhoOvertookAsTheLargest() {
        let draft = DraftFixture.draft(
            "China's BYD overtook Tesla as the world's biggest seller of electric vehicles in the final quarter.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["BYD 1", "Tesla 2"])
        let plain = DraftFixture.draft("He spoke as the largest shareholder of Tesla.", language: "en")
        XCTAssertEqual(plain.rankingEntries, [], "«as the largest» without overtaking states no rank")
    }

    func testArabicAdverbOfRankAfterTheSubjectOfInna() {
        let draft = DraftFixture.draft(
            "وقال رئيس المحكمة الدستورية عمر بلحاج، في مؤتمر صحفي، إن مرشح حركة مجتمع السلم عبد العالي حساني شريف حلّ ثانيا بنسبة 9.56%، في حين جاء السكرتير الأول لجبهة القوى الاشتراكية يوسف أوشيش في المركز الثالث."
        )
        XCTAssertEqual(draft.rankingEntries, ["عبد العالي حساني شريف 2", "يوسف أوشيش 3"])
        XCTAssert(draft.roleLines.contains("يوسف أوشيش | السكرتير الأول | جبهة القوى الاشتراكية"), "\(draft.roleLines)")
        let speaker = DraftFixture.draft(
            "وقال رئيس الهيئة فاروق بوعسكر، في مؤتمر صحفي، إن رجل الأعمال، رئيس حركة \"عازمون\" الموقوف منذ الشهر الماضي، حلّ ثانياً بنسبة 7.35 في المئة."
        )
        XCTAssertEqual(speaker.rankingEntries, [], "neither the speaker before «إن» nor the movement in the apposition")
    }

    func testAWinWithItsVoteShareIsFirstOfTheElection() {
        let draft = DraftFixture.draft(
            "Yoon Suk Yeol, of the People Power Party, won 48.56 percent of the vote in Wednesday's election, while Lee Jae-myung of the ruling Democratic Party came second with 47.83 percent.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Yoon Suk Yeol 1", "Lee Jae-myung 2"], "a person's party is not ranked")
        let match = DraftFixture.draft("France won 2-0 in the final, with 60% of possession.", language: "en")
        XCTAssertEqual(match.rankingEntries, [], "no election: a win is no rank")
        let noShare = DraftFixture.draft("Yoon Suk Yeol won the election on Wednesday.", language: "en")
        XCTAssertEqual(noShare.rankingEntries, [], "a win without its share stays out")
    }

    func testAppositionsAndWhereThingsAre() {
        let egypt = DraftFixture.draft(
            "وتُعد مصر، أكبر الدول العربية من حيث عدد السكان، ثاني أكبر مقترض من صندوق النقد بعد الأرجنتين.")
        XCTAssertEqual(Set(egypt.rankingEntries), ["مصر 1", "الأرجنتين 1", "مصر 2"])
        let india = DraftFixture.draft(
            "India, now the world's fifth-largest economy, has a younger population than China's.", language: "en")
        XCTAssertEqual(india.rankingEntries, ["India 5"])
        let airport = DraftFixture.draft(
            "واستقبل المطار 86.9 مليون مسافر، متقدما على مطار هيثرو في لندن الذي حل ثانيا على صعيد الرحلات الدولية.")
        XCTAssertEqual(airport.rankingEntries, ["مطار هيثرو 2"], "London is where the airport is")
    }

    func testPushedIntoARank() {
        let draft = DraftFixture.draft(
            "Reform came third in the popular vote with 14.3%, pushing the Lib Dems, on 12.2%, into fourth.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Reform 3", "Liberal Democrats 4"])
    }

    func testTheNthHolderOfAPostInArabic() {
        let draft = DraftFixture.draft(
            "وبذلك يصبح جوزيف عون الرئيس الرابع عشر للجمهورية اللبنانية منذ الاستقلال، وخامس قائد للجيش يصل إلى قصر بعبدا."
        )
        XCTAssertEqual(draft.rankingEntries, ["جوزيف عون 14", "جوزيف عون 5"])
        let place = DraftFixture.draft(
            "وفاز النائب عن تبريز في الجولة الثانية ليصبح الرئيس التاسع للجمهورية الإسلامية.")
        XCTAssertEqual(place.rankingEntries, [], "a place is no holder of a post")
        let since = DraftFixture.draft(
            "وبذلك يصبح باسيرو فاي أصغر رئيس في تاريخ السنغال، وخامس رئيس للبلاد منذ استقلالها عن فرنسا عام 1960.")
        XCTAssertFalse(since.rankingEntries.contains { $0.hasPrefix("السنغال") || $0.hasPrefix("فرنسا") })
        XCTAssertEqual(since.eventDates, ["1960"], "a year after «منذ» is an event, not the list's period")
    }

    func testAnAirportNamedByItsCity() {
        let draft = DraftFixture.draft(
            "تصدر مطار دبي الدولي قائمة المطارات الأكثر ازدحاما في العالم، تلاه مطار هيثرو في لندن.")
        XCTAssertEqual(draft.rankingEntries, ["مطار دبي الدولي 1", "مطار هيثرو 2"])
        let verb = DraftFixture.draft("حافظ مطار دبي الدولي على مكانته في المركز الأول.")
        XCTAssertEqual(verb.rankingEntries, ["مطار دبي الدولي 1"], "«حافظ» is the verb here, not a name")
    }

    func testArabicElectionResultsOfPartiesAndBlocs() {
        let morocco = DraftFixture.draft(
            "وحصل التجمع الوطني للأحرار على 102 مقعد من أصل 395 في مجلس النواب، تلاه حزب الأصالة والمعاصرة بـ86 مقعداً، ثم حزب الاستقلال بـ81 مقعداً."
        )
        XCTAssertEqual(
            morocco.rankingEntries, ["التجمع الوطني للأحرار 1", "حزب الأصالة والمعاصرة 2", "حزب الاستقلال 3"],
            "«التجمع الوطني للأحرار» is not France's «التجمع الوطني»")
        guard case .ranking(let name, _, _, _) = morocco.facts.first?.body else { return XCTFail("no ranking") }
        XCTAssertEqual(name["ar"], "الترتيب", "what a party won is no list's name")
        let iraq = DraftFixture.draft(
            "وحصدت الكتلة الصدرية 73 مقعداً من أصل 329 في مجلس النواب، تلتها كتلة \"تقدم\" بزعامة محمد الحلبوسي بـ38 مقعداً، ثم ائتلاف دولة القانون بزعامة نوري المالكي بـ37 مقعداً."
        )
        XCTAssertEqual(iraq.rankingEntries, ["الكتلة الصدرية 1", "تقدم 2", "ائتلاف دولة القانون 3"])
        XCTAssert(iraq.roleLines.contains("نوري المالكي | زعيم | ائتلاف دولة القانون"), "\(iraq.roleLines)")
    }

    func testEnglishPartyNamesInResults() {
        let poland = DraftFixture.draft(
            "Civic Coalition, led by Tusk, came second with 30.7%, while the centrist Third Way and the New Left finished third and fourth, respectively.",
            language: "en")
        XCTAssertEqual(poland.rankingEntries, ["Civic Coalition 2", "Third Way 3", "New Left 4"])
        let japan = DraftFixture.draft(
            "The LDP remained the largest party, followed by the Constitutional Democratic Party of Japan and Nippon Ishin no Kai with 38.",
            language: "en")
        XCTAssertEqual(japan.rankingEntries.last, "Nippon Ishin no Kai 3")
        let people = DraftFixture.draft(
            "The Democratic Party for the People came fourth with 28 seats.", language: "en")
        XCTAssertEqual(people.rankingEntries, ["Democratic Party for the People 4"])
        let quoted = DraftFixture.draft(
            "The United States, classified as a \"flawed democracy\" since 2016, came 29th.", language: "en")
        XCTAssertEqual(quoted.rankingEntries, ["United States 29"])
        let last = DraftFixture.draft(
            "Norway topped the ranking of 167 countries, while Afghanistan, where the Taliban returned to power, came last.",
            language: "en")
        XCTAssertEqual(last.rankingEntries, ["Norway 1", "Afghanistan 167"])
    }

    func testAPersonsPossessiveBeforeTheirPartyAndNisbaFamilyNames() {
        let draft = DraftFixture.draft(
            "Nawaz Sharif's PML-N came first with 75 seats, while Bilawal Bhutto Zardari's PPP came second with 54.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["PML-N 1", "PPP 2"])
        let name = DraftFixture.draft("وقال وزير التجارة السعودي ماجد بن عبدالله القصبي إن المملكة تقدمت.")
        XCTAssertEqual(name.roleLines, ["ماجد بن عبدالله القصبي | وزير التجارة | السعودية"])
        let thanks = DraftFixture.draft("ووجه ولي العهد السعودي الأمير محمد بن سلمان الشكر إلى الدول التي صوتت.")
        XCTAssertEqual(thanks.roleLines, ["محمد بن سلمان | ولي العهد | السعودية"])
    }

    func testTheKingdomAndWhatARankIsAmong() {
        let draft = DraftFixture.draft(
            """
            السعودية تتقدم إلى المرتبة 16 عالمياً في تقرير التنافسية
            وقال وزير التجارة السعودي إن السعودية حققت تقدما لافتا.
            وبهذه النتيجة جاءت المملكة في المرتبة الرابعة بين دول مجموعة العشرين.
            """)
        XCTAssertEqual(
            draft.rankingEntries, ["السعودية 16", "السعودية 4"], "«المملكة» is the kingdom the article names")
    }

    func testAVerbOfPlacingBeforeAnOrganizationAndItsApposition() {
        let draft = DraftFixture.draft(
            "وجاء الاتحاد الوطني الكردستاني في المركز الثاني بـ23 مقعدا، بينما حلت حركة الجيل الجديد، أكبر أحزاب المعارضة الكردية، ثالثة بـ15 مقعدا."
        )
        XCTAssertEqual(draft.rankingEntries, ["الاتحاد الوطني الكردستاني 2", "حركة الجيل الجديد 3"])
    }

    func testItOpeningTheSentenceIsThePreviousSubject() {
        let draft = DraftFixture.draft(
            """
            The BJP won 240 of the 543 seats in the Lok Sabha.
            It remained the single largest party, with the opposition Indian National Congress second at 99 seats.
            """, language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Bharatiya Janata Party 1", "Indian National Congress 2"])
        let person = DraftFixture.draft(
            "Modi spoke in Delhi on Tuesday.\nIt remained the largest party.", language: "en")
        XCTAssertEqual(person.rankingEntries, [], "«It» is not a person")
    }

    func testAPostsPlaceBeforeAPersonDoesNotRank() {
        let draft = DraftFixture.draft(
            "Senator Manny Pacquiao and Manila Mayor Francisco Domagoso trailed in third and fourth place, respectively.",
            language: "en")
        XCTAssertEqual(draft.rankingEntries, ["Manny Pacquiao 3", "Francisco Domagoso 4"])
    }

    func testARegionalRankIsItsOwnList() {
        let draft = DraftFixture.draft(
            "حلّت الإمارات في المركز السابع عالمياً والأول عربياً في مؤشر الأداء اللوجستي لعام 2023، فيما احتلت السعودية المركز الـ38."
        )
        XCTAssertEqual(draft.rankingEntries, ["الإمارات 7", "السعودية 38", "الإمارات 1"])
        let names = draft.rankingNames
        XCTAssertEqual(names, ["مؤشر الأداء اللوجستي", "مؤشر الأداء اللوجستي (عربياً)"])
    }

    func testTheOneRightAheadAndNoAfterAt() {
        let behind = DraftFixture.draft("Germany slipped to fourth place, behind Japan.", language: "en")
        XCTAssertEqual(behind.rankingEntries, ["Japan 3", "Germany 4"])
        let many = DraftFixture.draft("Morocco finished fourth, behind Argentina, France and Croatia.", language: "en")
        XCTAssertEqual(
            many.rankingEntries, ["Argentina 1", "France 2", "Croatia 3", "Morocco 4"],
            "all three ahead of the fourth, in the order written")
        let arabic = DraftFixture.draft("واحتل المنتخب المغربي المركز الرابع خلف كرواتيا.")
        XCTAssertEqual(arabic.rankingEntries, ["كرواتيا 3", "المغرب 4"])
        let at = DraftFixture.draft("Qatar came in at No. 3 in the index.", language: "en")
        XCTAssertEqual(at.rankingEntries, ["Qatar 3"])
    }

    func testTheRanksAheadAfterAfterAndPlacesAfterWith() {
        let economy = DraftFixture.draft(
            "Japan is the world's fourth-largest economy after the United States, China and Germany.", language: "en")
        XCTAssertEqual(economy.rankingEntries, ["United States 1", "China 2", "Germany 3", "Japan 4"])
        let short = DraftFixture.draft(
            "Japan is the world's fourth-largest economy after the United States and China.", language: "en")
        XCTAssertEqual(short.rankingEntries, ["Japan 4"], "two names for three ranks ahead: not paired")
        let race = DraftFixture.draft(
            "Max Verstappen won the race, with Lando Norris second and Charles Leclerc third.", language: "en")
        XCTAssertEqual(race.rankingEntries, ["Lando Norris 2", "Charles Leclerc 3"])
        let placed = DraftFixture.draft(
            "The top-seeded Alcaraz lost to the third-seeded Medvedev in the semifinals.", language: "en")
        XCTAssertEqual(placed.rankingEntries, ["Medvedev 3"])
    }

    func testSecondRanksOfTheSameSubjectAndWhoComesAfter() {
        let arabic = DraftFixture.draft(
            "وتواجه الحكومة الجديدة تحديات في بنغلاديش، ثامن أكثر دول العالم سكانا بنحو 170 مليون نسمة، وثاني أكبر مصدر للملابس الجاهزة في العالم بعد الصين."
        )
        XCTAssertEqual(arabic.rankingEntries, ["بنغلاديش 8", "الصين 1", "بنغلاديش 2"])
        let english = DraftFixture.draft(
            "Colombia, the world's largest producer of cocaine and Latin America's fourth-largest economy, faces rising inflation.",
            language: "en")
        XCTAssertEqual(english.rankingEntries, ["Colombia 1", "Colombia 4"])
        let pair = DraftFixture.draft(
            "The United States and China are the largest and second-largest economies respectively.", language: "en")
        XCTAssertEqual(pair.facts.count, 1, "one list for a pair")
    }

    func testTheMostSeatsAndTheRecordHolder() {
        let seats = DraftFixture.draft(
            "The court dissolved the opposition Move Forward party, which won the most seats at last year's election.",
            language: "en")
        XCTAssertEqual(seats.rankingEntries, ["Move Forward party 1"])
        let record = DraftFixture.draft(
            "فيما تبقى مصر صاحبة الرقم القياسي برصيد سبعة ألقاب، تليها الكاميرون بخمسة ثم غانا بأربعة.")
        XCTAssertEqual(record.rankingEntries, ["مصر 1", "الكاميرون 2", "غانا 3"])
    }

    func testArabicBecomingTheLargestAndFirstAfterAVerb() {
        let overtook = DraftFixture.draft(
            "تخطت أرامكو السعودية، اليوم الأربعاء، شركة أبل الأميركية لتصبح الشركة الأعلى قيمة سوقية في العالم.")
        XCTAssertEqual(overtook.rankingEntries, ["أرامكو السعودية 1", "آبل 2"])
        let bloc = DraftFixture.draft(
            "ومهد ذلك الطريق أمام «الإطار التنسيقي»، الذي يضم القوى الشيعية، ليصبح الكتلة الأكبر في البرلمان.")
        XCTAssertEqual(bloc.rankingEntries, ["الإطار التنسيقي 1"])
        let first = DraftFixture.draft("انسحب التيار الصدري، الذي حل أولا في الانتخابات بحصوله على 73 مقعدا.")
        XCTAssertEqual(first.rankingEntries, ["التيار الصدري 1"])
        let firstly = DraftFixture.draft("وقال الوزير أولا إن الحكومة تعمل في العراق.")
        XCTAssertEqual(firstly.rankingEntries, [], "«أولاً» is 'firstly' elsewhere")
        let port = DraftFixture.draft("ويعد مرفأ بيروت أكبر موانئ لبنان.")
        XCTAssertEqual(port.rankingEntries, ["مرفأ بيروت 1"])
    }

    func testARelativeClauseWithItsOwnSubject() {
        let draft = DraftFixture.draft(
            "شارك في اجتماعات منظمة الدول المصدرة للبترول (أوبك) التي تعد السعودية أكبر منتج فيها.")
        XCTAssertEqual(draft.rankingEntries, ["السعودية 1"])
    }

    func testWhoIsAPersonAndATowerIsAPlace() {
        let who = DraftFixture.draft(
            "Morgan Tsvangirai, the leader of the opposition Movement for Democratic Change, who topped the first round of the 2008 presidential election with Mugabe second, had urged Mugabe to step down.",
            language: "en")
        XCTAssertEqual(who.rankingEntries.first, "Morgan Tsvangirai 1")
        let tower = DraftFixture.draft("وبذلك يتصدر برج خليفة قائمة أطول ناطحات السحاب في العالم.")
        XCTAssertEqual(tower.rankingEntries, ["برج خليفة 1"])
    }
}
