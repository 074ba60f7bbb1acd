import FSRS
import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillApp

/// The study session driven as an engine: no reader, no console, time passed in.
final class StudySessionEngineTests: XCTestCase {
    private let now = EngineFixtures.start

    func testASessionServesSpreadCardsGradesAndCommitsEachAnswer() throws {
        let database = try EngineFixtures.database()
        let session = try EngineFixtures.session(database) { $0.learnAhead = 0 }
        XCTAssertEqual(try session.start(at: now), .ready(total: 4))
        var shown: [String] = []
        let answers = ["sipri.kor": "10th", "madrid.place": "Madird", "carpenter.title": "3", "sipri.aus": "16"]
        while let card = try session.next(at: now) {
            shown.append(card.stored.card.id)
            XCTAssertEqual(card.position, shown.count)
            XCTAssertEqual(card.total, 4)
            let graded = try session.answer(try XCTUnwrap(answers[card.stored.card.id]), at: now)
            let recorded = try session.rate(at: now)
            XCTAssertEqual(recorded.rating, graded.suggested)
            XCTAssertFalse(recorded.comesBack)
        }
        XCTAssertEqual(
            shown, ["sipri.kor", "madrid.place", "carpenter.title", "sipri.aus"],
            "new cards spread over facts: siblings never back to back")
        let summary = try session.finish(at: now.addingTimeInterval(95))
        XCTAssertEqual(summary.answered, 4)
        XCTAssertEqual([summary.correct, summary.close, summary.wrong], [2, 1, 1])
        XCTAssertEqual(summary.seconds, 95)
        XCTAssertNotNil(summary.nextDue)
        let log = try EngineFixtures.log(database)
        XCTAssertEqual(log.map(\.rating), [.good, .hard, .again, .good])
        XCTAssertEqual(log.map(\.verdict), [.correct, .close, .wrong, .correct])
        XCTAssertEqual(log.map(\.response), ["10th", "Madird", "3", "16"])
    }

    func testTheGradedAnswerCarriesEachRatingsIntervalAndTheRatingChosenIsCommitted() throws {
        let database = try EngineFixtures.database()
        let session = try EngineFixtures.session(database)
        _ = try session.start(at: now)
        _ = try XCTUnwrap(try session.next(at: now))
        let graded = try session.answer("tenth", at: now)
        XCTAssertEqual(graded.verdict, .correct)
        XCTAssertEqual(graded.suggested, .good)
        XCTAssertEqual(graded.intervals[.again], 60)
        XCTAssertEqual(graded.intervals[.good], 600)
        XCTAssertGreaterThan(try XCTUnwrap(graded.intervals[.easy]), 86_400)
        let recorded = try session.rate(.easy, at: now)
        XCTAssertEqual(recorded.rating, .easy)
        XCTAssertEqual(recorded.card.schedule.due, now.addingTimeInterval(try XCTUnwrap(graded.intervals[.easy])))
        XCTAssertEqual(recorded.card.schedule.state, .review)
        let stored = try XCTUnwrap(database.card(id: recorded.card.id))
        XCTAssertEqual(stored.schedule, recorded.card.schedule, "committed before the next card")
    }

    func testAHintMakesARightAnswerSuggestHard() throws {
        let session = try EngineFixtures.session(try EngineFixtures.database())
        _ = try session.start(at: now)
        _ = try session.next(at: now)
        XCTAssertEqual(try session.hint(), "1___")
        XCTAssertEqual(try session.answer("10th", at: now).suggested, .hard)
    }

    func testALearningStepComesBackInTheSameSessionWhenDue() throws {
        let database = try EngineFixtures.database(
            deck: Deck(
                deck: DeckInfo(id: "one", title: LocalizedText(en: "One"), languages: ["en"]),
                cards: [EngineFixtures.deck().cards[0]]))
        let session = try EngineFixtures.session(database)
        XCTAssertEqual(try session.start(at: now), .ready(total: 1))
        _ = try session.next(at: now)
        _ = try session.answer("no idea", at: now)
        XCTAssertTrue(try session.rate(at: now).comesBack, "Again: due in 1 minute")
        let again = try XCTUnwrap(try session.next(at: now), "nothing else is left: the card is learned ahead")
        XCTAssertEqual(again.position, 2)
        XCTAssertEqual(again.total, 2)
        XCTAssertEqual(again.stored.schedule.reps, 1, "shown with its schedule after the first answer")
        XCTAssertEqual(again.stored.schedule, try database.card(id: again.stored.id)?.schedule)
        _ = try session.answer("10", at: now.addingTimeInterval(60))
        XCTAssertTrue(try session.rate(at: now.addingTimeInterval(60)).comesBack, "Good: due in 10 minutes")
        let learning = 20 * 60.0
        _ = try session.next(at: now)
        _ = try session.answer("10", at: now.addingTimeInterval(learning))
        XCTAssertFalse(try session.rate(.easy, at: now.addingTimeInterval(learning)).comesBack)
        XCTAssertNil(try session.next(at: now.addingTimeInterval(learning)))
        XCTAssertEqual(try EngineFixtures.log(database).map(\.rating), [.again, .good, .easy])
    }

    func testUndoRestoresTheCardAndShowsItAgainFirst() throws {
        let database = try EngineFixtures.database()
        let session = try EngineFixtures.session(database) { $0.learnAhead = 0 }
        _ = try session.start(at: now)
        let first = try XCTUnwrap(try session.next(at: now))
        _ = try session.answer("10", at: now)
        try session.rate(at: now)
        let second = try XCTUnwrap(try session.next(at: now))
        XCTAssertEqual(second.position, 2)
        let restored = try XCTUnwrap(try session.undo())
        XCTAssertEqual(restored.schedule, first.stored.schedule)
        XCTAssertEqual(session.summary.answered, 0)
        XCTAssertEqual(try EngineFixtures.log(database).count, 0)
        let again = try XCTUnwrap(try session.next(at: now))
        XCTAssertEqual(again.stored.id, first.stored.id)
        XCTAssertEqual(again.position, 1)
        _ = try session.answer("10", at: now)
        try session.rate(at: now)
        XCTAssertEqual(try session.next(at: now)?.stored.id, second.stored.id, "then the card that was shown")
    }

    func testUndoWithNothingToUndoShowsTheSameCardAgain() throws {
        let session = try EngineFixtures.session(try EngineFixtures.database())
        _ = try session.start(at: now)
        let first = try XCTUnwrap(try session.next(at: now))
        XCTAssertNil(try session.undo())
        XCTAssertEqual(try session.next(at: now), first)
    }

    func testAWithdrawnAnswerLeavesTheCardShownAndNothingLogged() throws {
        let database = try EngineFixtures.database()
        let session = try EngineFixtures.session(database)
        _ = try session.start(at: now)
        let card = try XCTUnwrap(try session.next(at: now))
        _ = try session.answer("wrong", at: now)
        session.withdrawAnswer()
        XCTAssertThrowsError(try session.rate(at: now))
        XCTAssertEqual(try session.next(at: now), card, "still the card shown")
        XCTAssertEqual(try session.answer("10", at: now).verdict, .correct)
        try session.rate(at: now)
        XCTAssertEqual(try EngineFixtures.log(database).map(\.verdict), [.correct])
    }

    func testSkipBuriesUntilTheNextDayAndSuspendForGood() throws {
        let database = try EngineFixtures.database()
        let session = try EngineFixtures.session(database)
        _ = try session.start(at: now)
        let skipped = try XCTUnwrap(try session.next(at: now))
        try session.skip(at: now)
        let suspended = try XCTUnwrap(try session.next(at: now))
        try session.suspend()
        XCTAssertEqual(session.summary.skipped, 1)
        XCTAssertEqual(session.summary.suspended, 1)
        let buried = try XCTUnwrap(database.card(id: skipped.stored.id))
        XCTAssertEqual(buried.buriedUntil, session.nextDayStart(after: now))
        XCTAssertTrue(try XCTUnwrap(database.card(id: suspended.stored.id)).suspended)
        XCTAssertThrowsError(try session.skip(at: now), "no card is shown") { error in
            XCTAssertEqual(error as? AppError, .sessionStep("skip with no card shown"))
        }
    }

    func testPracticeLogsPracticeWithTheSuggestedRatingAndLeavesTheSchedule() throws {
        let database = try EngineFixtures.database()
        try studyAll(database)
        let later = now.addingTimeInterval(120)
        let session = try EngineFixtures.session(database) { $0.ahead = true }
        XCTAssertEqual(try session.start(at: later), .ready(total: 4), "every card, none of them due yet")
        let card = try XCTUnwrap(try session.next(at: later))
        XCTAssertTrue(try session.answer("wrong", at: later).practice)
        let recorded = try session.rate(.easy, at: later)
        XCTAssertEqual(recorded.rating, .again, "practice ignores an override")
        XCTAssertFalse(recorded.comesBack)
        XCTAssertEqual(recorded.card.schedule, card.stored.schedule)
        XCTAssertEqual(try XCTUnwrap(database.card(id: card.stored.id)).schedule, card.stored.schedule)
        XCTAssertEqual(try EngineFixtures.log(database).map(\.kind), Array(repeating: .review, count: 4) + [.practice])
    }

    /// Answers every card of a session at `now` with Good, learning steps not coming back.
    private func studyAll(_ database: StudyDatabase) throws {
        let session = try EngineFixtures.session(database) { $0.learnAhead = 0 }
        _ = try session.start(at: now)
        while try session.next(at: now) != nil {
            _ = try session.answer("10", at: now)
            try session.rate(.good, at: now)
        }
        _ = try session.finish(at: now)
    }

    func testNothingDueSaysWhenTheNextCardIs() throws {
        let database = try EngineFixtures.database()
        try studyAll(database)
        let later = now.addingTimeInterval(60)
        let second = try EngineFixtures.session(database) { $0.learnAhead = 0 }
        XCTAssertEqual(try second.start(at: later), .nothingDue(nextDue: now.addingTimeInterval(600)))
        XCTAssertNil(try second.next(at: later))
    }

    func testTheSameSeedGivesTheSameSchedules() throws {
        func schedules() throws -> [ScheduleState] {
            let database = try EngineFixtures.database()
            var settings = StudySession.Settings()
            settings.learnAhead = 0
            let session = StudySession(
                database: database, scheduler: try Scheduler(), settings: settings,
                random: SplitMix64(seed: 42))
            _ = try session.start(at: now)
            var result: [ScheduleState] = []
            while try session.next(at: now) != nil {
                _ = try session.answer("x", at: now)
                result.append(try session.rate(.easy, at: now).card.schedule)
            }
            return result
        }
        XCTAssertEqual(try schedules(), try schedules())
    }
}
