import XCTest

@testable import FactDrillKit

/// Dates in any form and digit set, judged at the precision asked.
final class DateCaseTests: XCTestCase {
    func testYears() {
        assertTable([
            MatcherCase("2022", ["2022"], .correct),
            MatcherCase("٢٠٢٢", ["2022"], .correct),
            MatcherCase("۲۰۲۲", ["2022"], .correct),
            MatcherCase("in 2022", ["2022"], .correct),
            MatcherCase("عام 2022", ["2022"], .correct),
            MatcherCase("سنة ٢٠٢٢م", ["2022"], .correct),
            MatcherCase("2023", ["2022"], .wrong),
            MatcherCase("2002", ["2022"], .wrong),
            MatcherCase("22", ["2022"], .wrong),
            MatcherCase("June 2022", ["2022"], .correct),  // more precise, agreeing on the year
            MatcherCase("June 2021", ["2022"], .wrong),
        ])
    }

    func testMonths() {
        let june = ["2024-06"]
        assertTable([
            MatcherCase("2024-06", june, .correct),
            MatcherCase("June 2024", june, .correct),
            MatcherCase("june, 2024", june, .correct),
            MatcherCase("Jun. 2024", june, .correct),
            MatcherCase("6/2024", june, .correct),
            MatcherCase("06/2024", june, .correct),
            MatcherCase("2024/6", june, .correct),
            MatcherCase("يونيو 2024", june, .correct),
            MatcherCase("يونيه ٢٠٢٤", june, .correct),
            MatcherCase("حزيران ٢٠٢٤", june, .correct),
            MatcherCase("جوان 2024", june, .correct),
            MatcherCase("شهر حزيران عام 2024", june, .correct),
            MatcherCase("June 2024", ["يونيو 2024"], .correct),
            MatcherCase("حزيران 2024", ["June 2024"], .correct),
            MatcherCase("2024", june, .wrong),
            MatcherCase("July 2024", june, .wrong),
            MatcherCase("تموز 2024", june, .wrong),
            MatcherCase("June 2023", june, .wrong),
            MatcherCase("June", june, .wrong),
            MatcherCase("9 June 2024", june, .correct),  // more precise, agreeing on the month
            MatcherCase("9 July 2024", june, .wrong),
            MatcherCase("كانون الثاني 2024", ["2024-01"], .correct),
            MatcherCase("كانون الأول 2024", ["2024-12"], .correct),
            MatcherCase("كانون الأول 2024", ["2024-01"], .wrong),
            MatcherCase("تشرين الثاني ٢٠٢٣", ["November 2023"], .correct),
            MatcherCase("آب 2024", ["2024-08"], .correct),
            MatcherCase("اب 2024", ["أغسطس 2024"], .correct),
        ])
    }

    func testDays() {
        let day = ["2024-07-09"]
        assertTable([
            MatcherCase("9 July 2024", day, .correct),
            MatcherCase("July 9, 2024", day, .correct),
            MatcherCase("9th of July 2024", day, .correct),
            MatcherCase("2024-07-09", day, .correct),
            MatcherCase("9/7/2024", day, .correct),
            MatcherCase("09.07.2024", day, .correct),
            MatcherCase("٩ يوليو ٢٠٢٤", day, .correct),
            MatcherCase("9 تموز 2024", day, .correct),
            MatcherCase("9 July 2024", ["9 July 2024"], .correct),
            MatcherCase("July 2024", day, .wrong),
            MatcherCase("10 July 2024", day, .wrong),
            MatcherCase("7/9/2024", day, .wrong),
            MatcherCase("7/29/2024", ["2024-07-29"], .correct),
        ])
    }
}
