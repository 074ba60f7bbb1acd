import XCTest

@testable import FactDrillKit

/// Ordinals, dates, time phrases and the comparison form of text.
final class WordingTests: XCTestCase {
    func testEnglishOrdinals() {
        XCTAssertEqual(
            [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(Ordinals.englishNumeral),
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"])
        XCTAssertEqual(
            [1, 10, 12, 20, 21, 45, 100].map { Ordinals.englishWord($0) },
            ["first", "tenth", "twelfth", "twentieth", "twenty-first", "forty-fifth", "hundredth"])
        XCTAssertNil(Ordinals.englishWord(101))
    }

    func testArabicOrdinalsInBothGenders() {
        XCTAssertEqual(Ordinals.arabicWord(10), "العاشر")
        XCTAssertEqual(Ordinals.arabicWord(10, feminine: true), "العاشرة")
        XCTAssertEqual(Ordinals.arabicWord(11), "الحادي عشر")
        XCTAssertEqual(Ordinals.arabicGenitiveWord(31), "الحادي والثلاثين", "after «في المركز»")
        XCTAssertEqual(Ordinals.arabicGenitiveWord(20), "العشرين")
        XCTAssertEqual(Ordinals.arabicGenitiveWord(16), "السادس عشر")
        XCTAssertTrue(
            ArabicTemplates.rankingHolder(type: .country, rank: 32, ranking: "ق", by: nil, time: .none)
                .contains("في المركز الثاني والثلاثين في"))
        XCTAssertEqual(Ordinals.arabicWord(11, feminine: true), "الحادية عشرة")
        XCTAssertEqual(Ordinals.arabicWord(16), "السادس عشر")
        XCTAssertEqual(Ordinals.arabicWord(16, feminine: true), "السادسة عشرة")
        XCTAssertEqual(Ordinals.arabicWord(21), "الحادي والعشرون")
        XCTAssertEqual(Ordinals.arabicWord(32, feminine: true), "الثانية والثلاثون")
        XCTAssertEqual(Ordinals.arabicWord(40), "الأربعون")
        XCTAssertNil(Ordinals.arabicWord(150))
        XCTAssertEqual(Ordinals.arabicIndic("2024-07"), "٢٠٢٤-٠٧")
        XCTAssertEqual(Ordinals.acceptedRank(150), ["150", "١٥٠", "150th"])
    }

    func testDatesInWordsAndAcceptedForms() {
        let month = PartialDate("2024-06")!
        XCTAssertEqual(DateWording.english(month), "June 2024")
        XCTAssertEqual(DateWording.arabic(month), "يونيو 2024")
        let accepted = DateWording.accepted(month)
        for form in ["June 2024", "2024-06", "يونيو 2024", "يونيو ٢٠٢٤", "حزيران 2024", "حزيران ٢٠٢٤"] {
            XCTAssertTrue(accepted.contains(form), form)
        }
        XCTAssertFalse(accepted.contains("2024"), "a month is not answered by its year")
        XCTAssertEqual(DateWording.accepted(PartialDate("2022")!), ["2022", "٢٠٢٢"])
        for text in ["0987", "2024-07", "2024-11-09", "1999-01-31"] {
            XCTAssertEqual(DateWording.iso(PartialDate(text)!), PartialDate(text)!.description)
        }
        XCTAssertTrue(DateWording.accepted(PartialDate("2024-07-09")!).contains("July 9, 2024"))
        XCTAssertEqual(
            DateWording.arabic(PartialDate("2024-12-01")!, months: DateWording.levantineMonths), "1 كانون الأول 2024")
    }

    func testTimePhrases() {
        XCTAssertEqual(EnglishTemplates.timePrefix(.period(Period("2019-2023")!)), "In 2019-2023")
        XCTAssertEqual(
            EnglishTemplates.timePrefix(.period(Period("2023-01-2023-06")!)), "From January 2023 to June 2023")
        XCTAssertEqual(EnglishTemplates.timePrefix(.asOf(PartialDate("2024-07")!)), "As of July 2024")
        XCTAssertEqual(ArabicTemplates.timePrefix(.period(Period("2019-2023")!)), "خلال الفترة 2019-2023")
        XCTAssertEqual(ArabicTemplates.timePrefix(.asOf(PartialDate("2024-07")!)), "حتى يوليو 2024")
        XCTAssertEqual(ArabicTemplates.timePrefix(.asOf(PartialDate("2024")!)), "حتى عام 2024")
        XCTAssertNil(ArabicTemplates.timePrefix(.none))
        XCTAssertEqual(
            EnglishTemplates.roleHolder(role: "Chair", organization: nil, organizationType: nil, time: .none),
            "Who holds the post of Chair?")
    }

    func testArabicPrepositionLamJoinsTheName() {
        XCTAssertEqual(ArabicClitics.withLam("الأمم المتحدة"), "للأمم المتحدة")
        XCTAssertEqual(ArabicClitics.withLam("معهد ستوكهولم"), "لمعهد ستوكهولم")
        XCTAssertEqual(ArabicClitics.withLam("SIPRI"), "لـSIPRI")
    }

    func testGateKeysAreTheMatchersNormalization() {
        func key(_ text: String) -> UInt64? { WordHashes.key(text) }
        XCTAssertEqual(key("Türkiye's  ARMS-exports!"), key("turkiyes arms exports"))
        XCTAssertEqual(key("إِسْرَائِيل"), key("اسرائيل"))
        XCTAssertEqual(key("مدرسةٌ على"), key("مدرسه علي"))
        XCTAssertEqual(key("٢٠٢٢"), key("2022"))
        XCTAssertEqual(TextNormalizer.normalizeKeepingArticles("الأمم المتحدة، the UN"), "الامم المتحده the un")
        XCTAssertEqual(TextNormalizer.normalize("الأمم المتحدة، the UN").text, "امم متحده un")
    }

    func testWordHashesFindAnswersThroughArabicProclitics() {
        func leaks(_ prompt: String, _ answer: String) -> Bool {
            WordHashes(prompt, clitics: true).contains(WordHashes(answer))
        }
        XCTAssertTrue(leaks("وفقاً للأمم المتحدة", "الأمم المتحدة"))
        XCTAssertTrue(leaks("وللأمم المتحدة دور", "الأمم المتحدة"))
        XCTAssertTrue(leaks("وبكوريا الجنوبية", "كوريا الجنوبية"))
        XCTAssertTrue(leaks("the South Korea exports", "south KOREA"))
        XCTAssertTrue(leaks("قمة ٢٠٢٢", "2022"))
        XCTAssertTrue(leaks("وبالأمم المتحدة", "الأمم المتحدة"))
        XCTAssertTrue(leaks("ولكوريا", "كوريا"))
        XCTAssertTrue(leaks("فبلندن", "لندن"))
        XCTAssertTrue(leaks("مساعدات للبنان", "لبنان"), "ل + a name that starts with ل")
        XCTAssertTrue(leaks("مساعدات للبنان", "البنان"), "or ل + ال")
        XCTAssertFalse(leaks("South Africa", "South Korea"))
        XCTAssertFalse(leaks("Japanese exports", "Japan"))
        XCTAssertFalse(leaks("كوريا", "كوريا الجنوبية"))
        XCTAssertEqual(WordHashes("Maritime  Security!").key, WordHashes("maritime security").key)
        XCTAssertNotEqual(WordHashes("maritime security").key, WordHashes("security maritime").key)
        XCTAssertEqual(WordHashes.key("الأمن"), WordHashes.key("الامن"))
        XCTAssertNil(WordHashes.key(" ؟! "))
    }

    func testWorldNamesAreUniqueAndBilingual() {
        let all = WorldNames.countries + WorldNames.organizations
        XCTAssertGreaterThanOrEqual(WorldNames.countries.count, 60)
        XCTAssertGreaterThanOrEqual(WorldNames.organizations.count, 25)
        XCTAssertEqual(Set(all.map(\.id)).count, all.count)
        let keys = all.flatMap { [$0.en, $0.ar] + $0.enAliases + $0.arAliases }.map(WordHashes.key)
        XCTAssertEqual(Set(keys).count, keys.count, "no two built-in names read the same")
        XCTAssertTrue(all.allSatisfy { $0.ar.unicodeScalars.contains { (0x0621...0x064A).contains($0.value) } })
    }
}
