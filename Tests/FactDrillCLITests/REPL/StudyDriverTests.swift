import FSRS
import FactDrillApp
import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillCLI

/// A study session in the terminal: scripted lines in, printed lines out (the engine's own tests are
/// in FactDrillAppTests).
final class StudyDriverTests: XCTestCase {
    private func noLearnAhead(_ settings: inout StudySession.Settings) {
        settings.learnAhead = 0
    }

    func testGradesEachVerdictWithTheSuggestedRating() throws {
        let database = try SessionFixtures.database()
        // Order: kor, madrid, carpenter (choice), aus: new cards are spread over facts.
        let run = try SessionFixtures.run(
            ["10th", "", "Madird", "", "3", "", "16", ""],
            database: database, configure: noLearnAhead)
        XCTAssertEqual(run.summary.answered, 4)
        XCTAssertEqual(run.summary.correct, 2)
        XCTAssertEqual(run.summary.close, 1)
        XCTAssertEqual(run.summary.wrong, 1)
        let logs = try database.reviews(cardKey: nil)
        XCTAssertEqual(logs.map(\.rating.rawValue), [3, 2, 1, 3])
        XCTAssertEqual(logs.map(\.verdict), [.correct, .close, .wrong, .correct])
        XCTAssertEqual(logs.map(\.response), ["10th", "Madird", "3", "16"])
    }

    func testNewCardsAreSpreadOverFactsAndSiblingsNeverFollowEachOther() throws {
        let database = try SessionFixtures.database()
        let run = try SessionFixtures.run(
            ["10", "", "Madrid", "", "2", "", "16", ""],
            database: database, configure: noLearnAhead)
        let shown = run.output.filter { $0.hasPrefix("  ") && $0.hasSuffix("?") }
        XCTAssertEqual(
            shown.map { $0.trimmingCharacters(in: .whitespaces) },
            [
                "What rank did South Korea hold?", "Where was the 2022 NATO summit held?",
                "What role does Michael Carpenter hold?", "What rank did Australia hold?",
            ])
        XCTAssertEqual(run.summary.correct, 4)
    }

    func testADigitOverridesTheSuggestedRating() throws {
        let database = try SessionFixtures.database()
        _ = try SessionFixtures.run(["10", "4", ":quit"], database: database, configure: noLearnAhead)
        let logs = try database.reviews(cardKey: "sipri.rank-of.kor")
        XCTAssertEqual(logs.map(\.rating.rawValue), [4])
        let card = try XCTUnwrap(database.storedCard(deck: "test-deck", key: "sipri.rank-of.kor"))
        XCTAssertEqual(card.schedule.state, .review, "Easy on a new card graduates it")
        XCTAssertGreaterThan(card.schedule.due, SessionFixtures.start.addingTimeInterval(86_400))
    }

    func testTheRatingScreenShowsTheNextIntervalOfEachRating() throws {
        let database = try SessionFixtures.database()
        let run = try SessionFixtures.run(["10", "", ":quit"], database: database, configure: noLearnAhead)
        let line = try XCTUnwrap(run.output.first { $0.contains("Again") })
        XCTAssertTrue(line.contains("1 Again 1m"), line)
        XCTAssertTrue(line.contains("[3 Good 10m]"), line)
        XCTAssertTrue(line.contains("4 Easy"), line)
    }

    func testUndoRestoresTheStateAndForgetsTheLog() throws {
        let database = try SessionFixtures.database()
        let before = try XCTUnwrap(database.storedCard(deck: "test-deck", key: "sipri.rank-of.kor"))
        let run = try SessionFixtures.run(["10", "", ":undo", ":quit"], database: database, configure: noLearnAhead)
        XCTAssertEqual(try database.reviews(cardKey: nil).count, 0)
        let after = try XCTUnwrap(database.storedCard(deck: "test-deck", key: "sipri.rank-of.kor"))
        XCTAssertEqual(after.schedule, before.schedule)
        XCTAssertEqual(run.summary.answered, 0)
        // The undone card is asked again right away.
        let prompts = run.output.filter { $0.contains("South Korea") }
        XCTAssertEqual(prompts.count, 2)
    }

    func testSkipBuriesTheCardUntilTomorrow() throws {
        let database = try SessionFixtures.database()
        let run = try SessionFixtures.run([":skip", ":quit"], database: database, configure: noLearnAhead)
        XCTAssertEqual(run.summary.skipped, 1)
        let later = SessionFixtures.start.addingTimeInterval(3600)
        let queue = try database.studyQueue(
            deck: nil, now: later, dayStart: Clock.dayStart(of: later), limits: DailyLimits())
        XCTAssertFalse((queue.due + queue.new).contains { $0.key == "sipri.rank-of.kor" })
        let tomorrow = SessionFixtures.start.addingTimeInterval(86_400)
        let next = try database.studyQueue(
            deck: nil, now: tomorrow, dayStart: Clock.dayStart(of: tomorrow), limits: DailyLimits())
        XCTAssertTrue((next.due + next.new).contains { $0.key == "sipri.rank-of.kor" })
    }

    func testSuspendKeepsTheCardOutOfEverySession() throws {
        let database = try SessionFixtures.database()
        _ = try SessionFixtures.run([":suspend", ":quit"], database: database, configure: noLearnAhead)
        let later = SessionFixtures.start.addingTimeInterval(30 * 86_400)
        let queue = try database.studyQueue(
            deck: nil, now: later, dayStart: Clock.dayStart(of: later), limits: DailyLimits())
        XCTAssertFalse((queue.due + queue.new).contains { $0.key == "sipri.rank-of.kor" })
        XCTAssertEqual(queue.new.count, 3)
    }

    func testTheNewCardLimitHoldsAcrossSessionsOfOneDay() throws {
        let database = try SessionFixtures.database()
        let first = try SessionFixtures.run(["10", "", "Madrid", ""], database: database) { settings in
            settings.learnAhead = 0
            settings.limits.newCards = 2
        }
        XCTAssertEqual(first.summary.answered, 2)
        let second = try SessionFixtures.run([], database: database, at: SessionFixtures.start.addingTimeInterval(60)) {
            settings in
            settings.learnAhead = 0
            settings.limits.newCards = 2
        }
        XCTAssertEqual(second.summary.answered, 0)
        XCTAssertTrue(second.output.contains { $0.contains("Nothing is due") }, "\(second.output)")
    }

    func testLearningCardsComeBackInTheSameSession() throws {
        let database = try SessionFixtures.database(
            deck: Deck(
                deck: DeckInfo(id: "one", title: LocalizedText(en: "One"), languages: ["en"]),
                cards: [SessionFixtures.deck().cards[0]]))
        let run = try SessionFixtures.run(["wrong answer", "", "10", "", ":quit"], database: database)
        XCTAssertEqual(run.summary.answered, 2)
        XCTAssertEqual(try database.reviews(cardKey: nil).map(\.rating.rawValue), [1, 3])
    }

    func testAheadModeLogsPracticeAndLeavesTheScheduleAlone() throws {
        let database = try SessionFixtures.database()
        _ = try SessionFixtures.run(
            ["10", "", "Madrid", "", "2", "", "16", ""], database: database, configure: noLearnAhead)
        let scheduled = try XCTUnwrap(database.storedCard(deck: "test-deck", key: "madrid.place")).schedule
        let practice = try SessionFixtures.run(
            ["Madrid", "", ":quit"], database: database,
            at: SessionFixtures.start.addingTimeInterval(120)
        ) { settings in
            settings.ahead = true
        }
        XCTAssertEqual(practice.summary.answered, 1)
        let all = try database.reviews(cardKey: nil)
        XCTAssertEqual(all.filter { $0.kind == .practice }.count, 1)
        XCTAssertEqual(try XCTUnwrap(database.storedCard(deck: "test-deck", key: "madrid.place")).schedule, scheduled)
    }

    func testNothingDueSaysWhenTheNextCardIsDue() throws {
        let database = try SessionFixtures.database()
        _ = try SessionFixtures.run(
            ["10", "", "Madrid", "", "2", "", "16", ""], database: database, configure: noLearnAhead)
        let run = try SessionFixtures.run(
            [], database: database, at: SessionFixtures.start.addingTimeInterval(60), configure: noLearnAhead)
        XCTAssertTrue(run.output.contains { $0.contains("next card is due in 9m") }, "\(run.output)")
        XCTAssertTrue(run.output.contains { $0.contains("study --ahead") })
    }

    func testDeckTextIsSanitizedBeforeItIsShown() throws {
        let hostile = SessionFixtures.textCard(
            "evil.q", fact: "evil", en: "Who \u{1B}[31mwins\u{1B}]0;pwned\u{07}?\u{202E}",
            ar: "من؟", answer: LocalizedText(en: "x"), accept: ["x"])
        let database = try SessionFixtures.database(
            deck: Deck(
                deck: DeckInfo(id: "evil", title: LocalizedText(en: "Evil"), languages: ["en"]), cards: [hostile]))
        let run = try SessionFixtures.run(["x", ""], database: database, configure: noLearnAhead)
        for line in run.output {
            XCTAssertFalse(
                line.unicodeScalars.contains {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
                }, line)
        }
        XCTAssertTrue(run.output.contains { $0.contains("Who wins") })
    }
}

extension StudyDriverTests {
    func testQuitAtTheRatingPromptKeepsTheAnswerAndEndsTheSession() throws {
        let database = try SessionFixtures.database()
        let run = try SessionFixtures.run(["10", ":quit", "Madrid", ""], database: database) { $0.learnAhead = 0 }
        XCTAssertEqual(run.summary.answered, 1)
        XCTAssertEqual(try database.reviews(cardKey: nil).map(\.rating.rawValue), [3])
        XCTAssertEqual(run.reader.pendingCount, 2, "nothing after :quit is read")
    }

    func testEndOfInputAtTheRatingPromptKeepsTheAnswer() throws {
        let database = try SessionFixtures.database()
        let run = try SessionFixtures.run(["wrong"], database: database) { $0.learnAhead = 0 }
        XCTAssertEqual(run.summary.wrong, 1)
        XCTAssertEqual(try database.reviews(cardKey: nil).map(\.rating.rawValue), [1])
    }
}

extension StudyDriverTests {
    func testAnArabicIndicDigitOverridesTheRatingAndOtherInputIsAskedAgain() throws {
        let database = try SessionFixtures.database()
        let run = try SessionFixtures.run(["10", "7", "٤", ":quit"], database: database) { $0.learnAhead = 0 }
        XCTAssertEqual(try database.reviews(cardKey: nil).map(\.rating.rawValue), [4])
        XCTAssertTrue(
            run.output.contains { $0.contains("type 1 (Again), 2 (Hard), 3 (Good), 4 (Easy)") }, "\(run.output)")
    }
}
