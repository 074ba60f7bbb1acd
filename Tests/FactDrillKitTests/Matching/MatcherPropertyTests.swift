import XCTest

@testable import FactDrillKit

/// Properties over seeded random texts: no crash on any input, every text matches itself,
/// a rejecting name is never accepted, a different number is never accepted.
final class MatcherPropertyTests: XCTestCase {
    /// Scalars that exercise every normalization branch.
    let pool: [Unicode.Scalar] = Array(
        "اأإآٱبتثجحخدذرزسشصضطظعغفقكلمنهويىةؤئءَُِّْـ٠١٢٣٤٥٦٧٨٩۰۱۲۳abcdeABCDE0123456789éüßæøŁ .,-'/&«»،؛؟\u{200F}\u{200B}\u{FEFF}\u{0301}\u{FEE3}ﻻ²½Ω😀"
            .unicodeScalars)

    func randomText(_ generator: inout SplitMix64) -> String {
        let length = Int(generator.next() % 14)
        var view = String.UnicodeScalarView()
        for _ in 0..<length { view.append(pool[Int(generator.next() % UInt64(pool.count))]) }
        return String(view)
    }

    func testRandomTextsMatchThemselvesAndNeverCrash() {
        var generator = SplitMix64(seed: 5)
        let matcher = AnswerMatcher()
        for _ in 0..<3000 {
            let answer = randomText(&generator)
            let response = randomText(&generator)
            let answerIsEmpty = TextNormalizer.normalize(answer).isEmpty
            XCTAssertEqual(matcher.judge(answer, accepted: [answer]), answerIsEmpty ? .wrong : .correct, answer)
            _ = matcher.judge(response, accepted: [answer], rejecting: [randomText(&generator)])
            let options = (0..<3).map { _ in [randomText(&generator)] }
            _ = matcher.judgeChoice(response, options: options, correct: 1)
            _ = matcher.judgeOrder(response, options: options, correctOrder: [2, 0, 1])
        }
    }

    func testRejectingNamesAreNeverAccepted() {
        var generator = SplitMix64(seed: 7)
        let matcher = AnswerMatcher()
        for _ in 0..<2000 {
            let answer = randomText(&generator)
            let other = randomText(&generator)
            let a = TextNormalizer.normalize(answer)
            let o = TextNormalizer.normalize(other)
            guard !o.isEmpty, !a.sameText(as: o), Numbers.value(of: o) == nil, DateAnswer.parse(o) == nil else {
                continue
            }
            XCTAssertEqual(
                matcher.judge(other, accepted: [answer], rejecting: [other]), .wrong, "\(other) for \(answer)")
        }
    }

    func testDifferentNumbersAreNeverAccepted() {
        let matcher = AnswerMatcher()
        let words = ["", "th", "st"]
        for answer in 1...120 {
            for response in [answer - 1, answer + 1, answer + 10, answer * 10] where response > 0 {
                for suffix in words {
                    XCTAssertEqual(
                        matcher.judge("\(response)\(suffix)", accepted: ["\(answer)", "\(answer)th"]), .wrong,
                        "\(response)\(suffix) for \(answer)")
                }
            }
        }
    }

    func testEveryArabicOrdinalFromOneToHundredIsItsNumber() {
        let units = ["", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
        let feminine = [
            "", "الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
        ]
        let tens = ["", "", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون", "التسعون"]
        let matcher = AnswerMatcher()
        for n in 11...99 where n % 10 != 0 {
            let (t, u) = (n / 10, n % 10)
            let masculine = t == 1 ? "\(units[u]) عشر" : "\(units[u]) و\(tens[t])"
            let female = t == 1 ? "\(feminine[u]) عشرة" : "\(feminine[u]) و\(tens[t])"
            XCTAssertEqual(matcher.judge(masculine, accepted: ["\(n)"]), .correct, masculine)
            XCTAssertEqual(matcher.judge(female, accepted: ["\(n)"]), .correct, female)
            XCTAssertEqual(matcher.judge(masculine, accepted: ["\(n + 1)"]), .wrong, masculine)
        }
    }
}
