import XCTest

@testable import FactDrillKit

/// Ranks and numbers: any spelling of the same number, never a near one.
final class NumberCaseTests: XCTestCase {
    let tenth = ["10", "10th", "tenth", "العاشر"]

    func testTenthInEveryForm() {
        assertTable([
            MatcherCase("10", tenth, .correct),
            MatcherCase("١٠", tenth, .correct),
            MatcherCase("۱۰", tenth, .correct),
            MatcherCase("10th", tenth, .correct),
            MatcherCase("10 th", tenth, .correct),
            MatcherCase("Tenth", tenth, .correct),
            MatcherCase("ten", tenth, .correct),
            MatcherCase("the tenth", tenth, .correct),
            MatcherCase("10th place", tenth, .correct),
            MatcherCase("No. 10", tenth, .correct),
            MatcherCase("#10", tenth, .correct),
            MatcherCase("العاشر", tenth, .correct),
            MatcherCase("العاشرة", tenth, .correct),
            MatcherCase("عاشر", tenth, .correct),
            MatcherCase("العَاشِرَة", tenth, .correct),
            MatcherCase("المركز العاشر", tenth, .correct),
            MatcherCase("المرتبة العاشرة", tenth, .correct),
            MatcherCase("الـ10", tenth, .correct),
            MatcherCase("عشرة", tenth, .correct),
            // Only the accepted "10" is needed for every form.
            MatcherCase("العاشرة", ["10"], .correct),
            MatcherCase("tenth", ["العاشر"], .correct),
        ])
    }

    func testNearNumbersAreWrong() {
        assertTable([
            MatcherCase("16", tenth, .wrong),
            MatcherCase("1", tenth, .wrong),
            MatcherCase("100", tenth, .wrong),
            MatcherCase("11th", tenth, .wrong),
            MatcherCase("sixteenth", tenth, .wrong),
            MatcherCase("tenht", tenth, .wrong),
            MatcherCase("العاشرة عشرة", tenth, .wrong),
            MatcherCase("السادس عشر", tenth, .wrong),
            MatcherCase("١٦", tenth, .wrong),
            MatcherCase("10", ["16", "16th", "sixteenth", "السادس عشر"], .wrong),
            MatcherCase("F-16", ["F-15"], .wrong),
            MatcherCase("10 16", tenth, .wrong),
        ])
    }

    func testArabicOrdinalsBothGenders() {
        assertTable([
            MatcherCase("الأول", ["1"], .correct),
            MatcherCase("الأولى", ["1"], .correct),
            MatcherCase("الثاني", ["2nd"], .correct),
            MatcherCase("الثانية", ["second"], .correct),
            MatcherCase("الثالثة", ["3"], .correct),
            MatcherCase("الثامنة", ["8"], .correct),
            MatcherCase("الحادي عشر", ["11"], .correct),
            MatcherCase("الحادية عشرة", ["11th"], .correct),
            MatcherCase("الثاني عشر", ["12"], .correct),
            MatcherCase("الثانية عشرة", ["twelfth"], .correct),
            MatcherCase("السادس عشر", ["16"], .correct),
            MatcherCase("السادسة عشرة", ["16"], .correct),
            MatcherCase("السادسة عشر", ["16th"], .correct),
            MatcherCase("التاسع عشر", ["19"], .correct),
            MatcherCase("العشرون", ["20"], .correct),
            MatcherCase("الحادي والعشرون", ["21"], .correct),
            MatcherCase("الحادية والعشرون", ["21st"], .correct),
            MatcherCase("الحادي و العشرين", ["21"], .correct),
            MatcherCase("الخامس والأربعون", ["45"], .correct),
            MatcherCase("التاسع والتسعون", ["99"], .correct),
            MatcherCase("المائة", ["100"], .correct),
            MatcherCase("المئة", ["100th"], .correct),
            MatcherCase("السادسة عشرة", ["17"], .wrong),
            MatcherCase("الحادي والعشرون", ["12"], .wrong),
        ])
    }

    func testEnglishOrdinals() {
        assertTable([
            MatcherCase("first", ["1"], .correct),
            MatcherCase("1st", ["الأول"], .correct),
            MatcherCase("third", ["3"], .correct),
            MatcherCase("twelfth", ["12"], .correct),
            MatcherCase("sixteenth", ["16"], .correct),
            MatcherCase("Sixteen", ["16th"], .correct),
            MatcherCase("twenty-first", ["21"], .correct),
            MatcherCase("twenty one", ["21st"], .correct),
            MatcherCase("fortieth", ["40"], .correct),
            MatcherCase("ninety-ninth", ["99"], .correct),
            MatcherCase("one hundredth", ["100"], .correct),
            MatcherCase("hundredth", ["100"], .correct),
            MatcherCase("twenty-second", ["21"], .wrong),
            MatcherCase("sixth", ["16"], .wrong),
        ])
    }
}
