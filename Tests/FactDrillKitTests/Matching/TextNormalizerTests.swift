import XCTest

@testable import FactDrillKit

/// The normalized forms themselves, step by step.
final class TextNormalizerTests: XCTestCase {
    func normalized(_ text: String) -> String { ArabicNormalizer.normalize(text) }

    func testArabicFolding() {
        XCTAssertEqual(normalized("أَسْتُرَالِيَا"), "استراليا")
        XCTAssertEqual(normalized("إيران"), "ايران")
        XCTAssertEqual(normalized("آسيا"), "اسيا")
        XCTAssertEqual(normalized("ٱلقدس"), "قدس")
        XCTAssertEqual(normalized("مصطفى"), "مصطفي")
        XCTAssertEqual(normalized("الجمهورية"), "جمهوريه")
        XCTAssertEqual(normalized("مؤتمر"), "موتمر")
        XCTAssertEqual(normalized("الجزائر"), "جزاير")
        XCTAssertEqual(normalized("مــدريــد"), "مدريد")
        XCTAssertEqual(normalized("کابل"), "كابل")
    }

    func testArticles() {
        XCTAssertEqual(normalized("والعشرون"), "عشرون")
        XCTAssertEqual(normalized("فالعاشرة"), "عاشره")
        XCTAssertEqual(normalized("بالصين"), "صين")
        XCTAssertEqual(normalized("للعاشر"), "عاشر")
        XCTAssertEqual(normalized("الحادي والعشرون"), "حادي عشرون")
        // Too short to hold an article: kept whole.
        XCTAssertEqual(normalized("إلى"), "الي")
        XCTAssertEqual(normalized("والي"), "والي")
        XCTAssertEqual(normalized("عبد الله"), "عبد الله")
        XCTAssertEqual(normalized("The Hague"), "hague")
        XCTAssertEqual(normalized("Republic of the Congo"), "republic of congo")
        XCTAssertEqual(normalized("theory"), "theory")
        XCTAssertEqual(normalized("theatre"), "theater")  // "the" is kept; the spelling folded
    }

    func testSpellingVariantsFoldToOneForm() {
        for (input, expected) in [
            ("Cyber Defence", "cyber defense"), ("ORGANISATIONS", "organizations"), ("programme", "program"),
            ("colourful", "colorful"), ("centred", "centered"), ("analysing", "analyzing"),
            ("realised", "realized"), ("Denise", "denize"), ("rise", "rise"), ("raised", "raised"),
            ("prise", "prise"), ("four hours", "four hours"), ("acre", "acre"), ("defense", "defense"),
            ("organization", "organization"), ("défence", "defense"), ("grey", "gray"), ("practise", "practice"),
        ] {
            let once = normalized(input)
            XCTAssertEqual(once, expected, input)
            XCTAssertEqual(normalized(once), once, "idempotent: \(input)")
        }
        // The generator's gate reads the same fold.
        XCTAssertEqual(WordHashes.key("cyber defence"), WordHashes.key("cyber defense"))
        XCTAssertNotEqual(WordHashes.key("offence"), WordHashes.key("defence"))
    }

    func testDigitsAndTokens() {
        XCTAssertEqual(normalized("٢٠٢٤-٠٦"), "2024 06")
        XCTAssertEqual(normalized("۲۰۲۴"), "2024")
        XCTAssertEqual(normalized("10th"), "10 th")
        XCTAssertEqual(normalized("2022م"), "2022 م")
        XCTAssertEqual(normalized("F-16"), "f 16")
        XCTAssertEqual(normalized("U.S."), "us")
        XCTAssertEqual(normalized("9.7.2024"), "9 7 2024")
        XCTAssertEqual(normalized("١٢٣"), "123")
        XCTAssertEqual(normalized("²"), "2")
    }

    func testLatinAndInvisibles() {
        XCTAssertEqual(normalized("Côte d’Ivoire"), "cote divoire")
        XCTAssertEqual(normalized("ÆSIR Œuvre"), "aesir oeuvre")
        XCTAssertEqual(normalized("Łódź"), "lodz")
        XCTAssertEqual(normalized("Ångström"), "angstrom")
        XCTAssertEqual(normalized("e\u{0301}"), "e")
        XCTAssertEqual(normalized("\u{200F}NATO\u{200B}\u{2066}"), "nato")
        XCTAssertEqual(normalized("ﻻ"), "لا")
        XCTAssertEqual(normalized("Москва"), "москва")
        XCTAssertEqual(normalized(" \t\n"), "")
    }

    func testDamerauLevenshtein() {
        XCTAssertEqual(DamerauLevenshtein.distance("australia", "austria"), 2)
        XCTAssertEqual(DamerauLevenshtein.distance("madrid", "madird"), 1)
        XCTAssertEqual(DamerauLevenshtein.distance("iran", "iraq"), 1)
        XCTAssertEqual(DamerauLevenshtein.distance("", "abc"), 3)
        XCTAssertEqual(DamerauLevenshtein.distance("abc", "abc"), 0)
        XCTAssertEqual(DamerauLevenshtein.distance("ca", "abc"), 3)
        XCTAssertEqual(DamerauLevenshtein.distance("كاربنتر", "كاربينتر"), 1)
        let a = "philippines".unicodeScalars.map(\.value)
        let b = "xyz".unicodeScalars.map(\.value)
        XCTAssertEqual(DamerauLevenshtein.distance(a, b, limit: 2), 3)
    }

    func testTypoBudget() {
        XCTAssertEqual((1...12).map(AnswerMatcher.typoBudget), [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2])
    }

    func testNumbersAndDates() {
        XCTAssertEqual(Numbers.value(of: "السادسة عشرة"), 16)
        XCTAssertEqual(Numbers.value(of: "twenty-first"), 21)
        XCTAssertEqual(Numbers.value(of: "١٠"), 10)
        XCTAssertNil(Numbers.value(of: "Madrid"))
        XCTAssertNil(Numbers.value(of: "rank"))
        XCTAssertEqual(DateAnswer.parse(TextNormalizer.normalize("حزيران ٢٠٢٤")), PartialDate(year: 2024, month: 6))
        XCTAssertEqual(
            DateAnswer.parse(TextNormalizer.normalize("July 9, 2024")), PartialDate(year: 2024, month: 7, day: 9))
        XCTAssertNil(DateAnswer.parse(TextNormalizer.normalize("31/2/2024")))
        XCTAssertNil(DateAnswer.parse(TextNormalizer.normalize("June")))
    }
}
