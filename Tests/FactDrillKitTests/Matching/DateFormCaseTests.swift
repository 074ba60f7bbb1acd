import XCTest

@testable import FactDrillKit

/// Dates as people write them beyond the bare forms: day ordinals in words, «من», a weekday
/// before the date, and a date more precise than the question asked.
final class DateFormCaseTests: XCTestCase {
    let day = ["2024-07-09", "9 July 2024", "9 يوليو 2024"]

    func testArabicDayOrdinalsAndMin() {
        assertTable([
            MatcherCase("التاسع من يوليو 2024", day, .correct),
            MatcherCase("9 من يوليو 2024", day, .correct),
            MatcherCase("التاسع من تموز 2024", day, .correct),
            MatcherCase("التاسع من تموز ٢٠٢٤م", day, .correct),
            MatcherCase("٩ من تموز عام ٢٠٢٤", day, .correct),
            MatcherCase("التاسعة من يوليو 2024", day, .correct),
            MatcherCase("يوليو التاسع 2024", day, .correct),
            MatcherCase("الأول من ديسمبر 2023", ["2023-12-01"], .correct),
            MatcherCase("الأول من كانون الأول 2023", ["2023-12-01"], .correct),
            MatcherCase("الثاني من كانون الثاني 2024", ["2024-01-02"], .correct),
            MatcherCase("الحادي عشر من تشرين الثاني 2023", ["2023-11-11"], .correct),
            MatcherCase("الحادي والعشرين من يوليو 2024", ["2024-07-21"], .correct),
            MatcherCase("الحادي و العشرين من يوليو 2024", ["2024-07-21"], .correct),
            MatcherCase("الحادية والثلاثين من ديسمبر 2024", ["2024-12-31"], .correct),
            MatcherCase("العشرين من يوليو 2024", ["2024-07-20"], .correct),
            // Wrong days stay wrong, in words as in digits.
            MatcherCase("العاشر من يوليو 2024", day, .wrong),
            MatcherCase("التاسع من يونيو 2024", day, .wrong),
            MatcherCase("التاسع من تموز 2023", day, .wrong),
            MatcherCase("الحادي عشر من يوليو 2024", ["2024-07-21"], .wrong),
            MatcherCase("الثاني والثلاثين من يوليو 2024", ["2024-07-01"], .wrong),
            // A day word is never a month or a year.
            MatcherCase("التاسع 2024", ["2024-09"], .wrong),
            MatcherCase("التاسع من 2024", ["2024-09"], .wrong),
        ])
    }

    func testEnglishDayWords() {
        assertTable([
            MatcherCase("the ninth of July 2024", day, .correct),
            MatcherCase("July ninth, 2024", day, .correct),
            MatcherCase("9th July 2024", day, .correct),
            MatcherCase("twenty-first of July 2024", ["2024-07-21"], .correct),
            MatcherCase("the first of December 2023", ["2023-12-01"], .correct),
            MatcherCase("tenth of July 2024", day, .wrong),
            MatcherCase("ninth 2024", ["2024-09"], .wrong),
        ])
    }

    func testWeekdayBeforeTheDate() {
        assertTable([
            MatcherCase("الثلاثاء 9 يوليو 2024", day, .correct),
            MatcherCase("يوم الثلاثاء 9 يوليو 2024", day, .correct),
            MatcherCase("يوم الثلاثاء التاسع من تموز 2024", day, .correct),
            MatcherCase("الثلاثاء، 9 يوليو 2024", day, .correct),
            MatcherCase("Tuesday, 9 July 2024", day, .correct),
            MatcherCase("Tuesday July 9, 2024", day, .correct),
            MatcherCase("Tue 9 Jul 2024", day, .correct),
            MatcherCase("9 July 2024, Tuesday", day, .correct),
            MatcherCase("الاثنين 8 يوليو 2024", ["2024-07-08"], .correct),
            MatcherCase("الأحد الحادي عشر من فبراير 2024", ["2024-02-11"], .correct),
            MatcherCase("Thursday, 29 February 2024", ["2024-02-29"], .correct),
            MatcherCase("Saturday 1 January 2000", ["2000-01-01"], .correct),
            // A wrong weekday makes the date wrong, even when the date is right.
            MatcherCase("Monday, 9 July 2024", day, .wrong),
            MatcherCase("الأربعاء 9 يوليو 2024", day, .wrong),
            MatcherCase("يوم الاثنين التاسع من تموز 2024", day, .wrong),
            // Two weekdays, or a weekday with no day, are no date.
            MatcherCase("Tuesday Tuesday 9 July 2024", day, .wrong),
            MatcherCase("Tuesday July 2024", ["2024-07"], .wrong),
            MatcherCase("Tuesday 2024", ["2024"], .wrong),
        ])
    }

    func testMorePreciseDatesAgreeingAtThePrecisionAsked() {
        let april = ["2023-04", "April 2023", "أبريل 2023"]
        let year = ["2024"]
        assertTable([
            MatcherCase("4 April 2023", april, .correct),
            MatcherCase("4 أبريل 2023", april, .correct),
            MatcherCase("2023-04-04", april, .correct),
            MatcherCase("الرابع من نيسان 2023", april, .correct),
            MatcherCase("Tuesday, 4 April 2023", april, .correct),
            MatcherCase("July 2024", year, .correct),
            MatcherCase("9 July 2024", year, .correct),
            MatcherCase("تموز 2024", year, .correct),
            // Disagreeing at the precision asked, or less precise than asked: wrong.
            MatcherCase("4 May 2023", april, .wrong),
            MatcherCase("4 April 2022", april, .wrong),
            MatcherCase("2023-05-04", april, .wrong),
            MatcherCase("Wednesday, 4 April 2023", april, .wrong),
            MatcherCase("July 2023", year, .wrong),
            MatcherCase("9 July 2025", year, .wrong),
            MatcherCase("2023", april, .wrong),
            MatcherCase("July 2024", day, .wrong),
        ])
    }

    /// Every Arabic ordinal the generator writes (both genders) reads as that day.
    func testTheGeneratorsArabicOrdinalsReadAsDays() {
        for dayNumber in 1...31 {
            for feminine in [false, true] {
                let word = Ordinals.arabicWord(dayNumber, feminine: feminine)!
                let date = DateAnswer.parse(TextNormalizer.normalize("\(word) من يناير 2024"))
                XCTAssertEqual(date, PartialDate(year: 2024, month: 1, day: dayNumber), word)
            }
        }
    }

    func testWeekdays() {
        let known: [(String, Int)] = [
            ("1970-01-01", 4), ("2000-01-01", 6), ("2000-02-29", 2), ("2024-07-09", 2), ("2023-04-04", 2),
            ("1900-03-01", 4), ("0001-01-01", 1), ("2100-12-31", 5),
        ]
        for (text, weekday) in known {
            XCTAssertEqual(Weekdays.weekday(of: PartialDate(text)!), weekday, text)
        }
        XCTAssertNil(Weekdays.weekday(of: PartialDate("2024-07")!))
    }
}
