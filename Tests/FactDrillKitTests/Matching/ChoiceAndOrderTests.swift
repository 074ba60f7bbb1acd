import XCTest

@testable import FactDrillKit

/// Multiple choice and ordering answers.
final class ChoiceAndOrderTests: XCTestCase {
    let matcher = AnswerMatcher()
    let countries: [[String]] = [
        ["Austria", "النمسا"], ["Australia", "أستراليا"], ["Iraq", "العراق"], ["Iran", "إيران"],
    ]
    let ranks: [[String]] = [["10th", "العاشر"], ["16th", "السادس عشر"], ["1st", "الأول"], ["5th", "الخامس"]]

    func testChoiceByNumber() {
        XCTAssertEqual(matcher.judgeChoice("2", options: countries, correct: 1), .correct)
        XCTAssertEqual(matcher.judgeChoice("٢", options: countries, correct: 1), .correct)
        XCTAssertEqual(matcher.judgeChoice(" 2) ", options: countries, correct: 1), .correct)
        XCTAssertEqual(matcher.judgeChoice("1", options: countries, correct: 1), .wrong)
        XCTAssertEqual(matcher.judgeChoice("5", options: countries, correct: 1), .wrong)
        XCTAssertEqual(matcher.judgeChoice("0", options: countries, correct: 1), .wrong)
    }

    func testChoiceByText() {
        XCTAssertEqual(matcher.judgeChoice("Australia", options: countries, correct: 1), .correct)
        XCTAssertEqual(matcher.judgeChoice("استراليا", options: countries, correct: 1), .correct)
        XCTAssertEqual(matcher.judgeChoice("Australai", options: countries, correct: 1), .close)
        XCTAssertEqual(matcher.judgeChoice("Austria", options: countries, correct: 1), .wrong)
        XCTAssertEqual(matcher.judgeChoice("Iran", options: countries, correct: 2), .wrong)
        XCTAssertEqual(matcher.judgeChoice("العراق", options: countries, correct: 2), .correct)
        XCTAssertEqual(matcher.judgeChoice("", options: countries, correct: 2), .wrong)
        XCTAssertEqual(matcher.judgeChoice("Iraq", options: countries, correct: 7), .wrong)
    }

    func testChoiceByDistinguishingWord() {
        let roles: [[String]] = [
            ["Senior Director for Europe", "كبير مديري شؤون أوروبا"], ["Director for Asia", "مدير شؤون آسيا"],
            ["Secretary General", "الأمين العام"],
        ]
        XCTAssertEqual(matcher.judgeChoice("Europe", options: roles, correct: 0), .correct)
        XCTAssertEqual(matcher.judgeChoice("أوروبا", options: roles, correct: 0), .correct)
        XCTAssertEqual(matcher.judgeChoice("Senior Director", options: roles, correct: 0), .correct)
        XCTAssertEqual(matcher.judgeChoice("Director", options: roles, correct: 0), .wrong)
        XCTAssertEqual(matcher.judgeChoice("for", options: roles, correct: 0), .wrong)
        XCTAssertEqual(matcher.judgeChoice("Asia", options: roles, correct: 0), .wrong)
        XCTAssertEqual(matcher.judgeChoice("الأمين العام", options: roles, correct: 2), .correct)
    }

    func testChoiceAmongRanks() {
        XCTAssertEqual(matcher.judgeChoice("العاشر", options: ranks, correct: 0), .correct)
        XCTAssertEqual(matcher.judgeChoice("tenth", options: ranks, correct: 0), .correct)
        XCTAssertEqual(matcher.judgeChoice("10", options: ranks, correct: 0), .correct)
        XCTAssertEqual(matcher.judgeChoice("16", options: ranks, correct: 0), .wrong)
        XCTAssertEqual(matcher.judgeChoice("3", options: ranks, correct: 2), .correct)
        // "1" is option 1 (10th) and the rank 1st (option 3): ambiguous, so wrong either way.
        XCTAssertEqual(matcher.judgeChoice("1", options: ranks, correct: 0), .wrong)
        XCTAssertEqual(matcher.judgeChoice("1", options: ranks, correct: 2), .wrong)
        XCTAssertEqual(matcher.judgeChoice("first", options: ranks, correct: 2), .correct)
    }

    func testOrderByNumbers() {
        let events: [[String]] = [
            ["Madrid summit", "قمة مدريد"], ["Vilnius summit", "قمة فيلنيوس"], ["Washington summit", "قمة واشنطن"],
        ]
        let right = [1, 0, 2]
        for response in ["2 1 3", "2,1,3", "2، 1، 3", "213", "٢١٣", "٢ ١ ٣", "۲-۱-۳"] {
            XCTAssertEqual(matcher.judgeOrder(response, options: events, correctOrder: right), .correct, response)
        }
        for response in ["1 2 3", "123", "2 1", "2 1 1", "2 1 3 4", "21", "", "2 1 4"] {
            XCTAssertEqual(matcher.judgeOrder(response, options: events, correctOrder: right), .wrong, response)
        }
        XCTAssertEqual(matcher.judgeOrder("2 1 3", options: events, correctOrder: [1, 0, 0]), .wrong)
    }

    func testOrderByTexts() {
        let events: [[String]] = [
            ["Madrid summit", "قمة مدريد"], ["Vilnius summit", "قمة فيلنيوس"], ["Washington summit", "قمة واشنطن"],
        ]
        let right = [1, 0, 2]
        XCTAssertEqual(
            matcher.judgeOrder(
                "Vilnius summit, Madrid summit, Washington summit", options: events, correctOrder: right), .correct)
        XCTAssertEqual(
            matcher.judgeOrder("قمة فيلنيوس، قمة مدريد، قمة واشنطن", options: events, correctOrder: right), .correct)
        XCTAssertEqual(
            matcher.judgeOrder("Vilnius, Madrid, Washington", options: events, correctOrder: right), .correct)
        XCTAssertEqual(
            matcher.judgeOrder(
                "Vilnius summit, Madird summit, Washington summit", options: events, correctOrder: right), .close)
        XCTAssertEqual(
            matcher.judgeOrder(
                "Madrid summit, Vilnius summit, Washington summit", options: events, correctOrder: right), .wrong)
        XCTAssertEqual(matcher.judgeOrder("summit, summit, summit", options: events, correctOrder: right), .wrong)
        XCTAssertEqual(
            matcher.judgeOrder("Vilnius summit, Madrid summit", options: events, correctOrder: right), .wrong)
        let years: [[String]] = [["2022"], ["2019"], ["2024"]]
        XCTAssertEqual(matcher.judgeOrder("2019, 2022, 2024", options: years, correctOrder: [1, 0, 2]), .correct)
        XCTAssertEqual(matcher.judgeOrder("2 1 3", options: years, correctOrder: [1, 0, 2]), .correct)
        XCTAssertEqual(matcher.judgeOrder("2019 2022 2024", options: years, correctOrder: [1, 0, 2]), .correct)
        XCTAssertEqual(matcher.judgeOrder("Vilnius Madrid Washington", options: events, correctOrder: right), .correct)
        XCTAssertEqual(matcher.judgeOrder("Madrid Vilnius Washington", options: events, correctOrder: right), .wrong)
        XCTAssertEqual(matcher.judgeOrder("2022, 2019, 2024", options: years, correctOrder: [1, 0, 2]), .wrong)
    }
}
