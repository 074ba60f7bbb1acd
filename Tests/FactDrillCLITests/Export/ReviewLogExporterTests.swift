import FSRS
import FactDrillKit
import FactDrillStore
import FactDrillTestSupport
import XCTest

@testable import FactDrillApp

/// The review log in the FSRS optimizer's CSV format.
final class ReviewLogExporterTests: XCTestCase {
    private typealias S = ScheduleState

    func testRowsOfASmallHistory() throws {
        let db = try StudyDatabase.inMemory()
        try db.installDeck(
            SampleHistory.deck("d", title: LocalizedText(en: "D"), count: 2),
            source: .file(path: "/d.json", contentHash: "h"), now: StatsFixture.at(days: -10))
        try db.installDeck(
            SampleHistory.deck("e", title: LocalizedText(en: "E"), count: 1),
            source: .file(path: "/e.json", contentHash: "h"), now: StatsFixture.at(days: -10))
        let card = try db.cards(deck: "d")[0]
        let other = try db.cards(deck: "e")[0]
        var state = card.schedule
        func record(
            _ id: Int64, _ at: Date, _ rating: Int, _ ms: Int, _ kind: ReviewKind = .review,
            before: S, after: S
        ) throws {
            _ = try db.recordReview(
                NewReview(
                    cardID: id, reviewedAt: at, rating: Rating(rawValue: rating) ?? .good, verdict: .correct,
                    response: "x", durationMs: ms, before: before, after: after,
                    scheduledDays: 1, kind: kind))
        }
        let t0 = StatsFixture.at(days: -3, hours: 9.5)  // 1767778200 s
        let learning = S(
            state: .learning, step: 0, stability: 1, difficulty: 5, due: t0.addingTimeInterval(600),
            lastReview: t0, reps: 1)
        try record(card.id, t0, 1, 4200, before: state, after: learning)
        let review = S(
            state: .review, stability: 3, difficulty: 5, due: t0.addingTimeInterval(3 * 86_400),
            lastReview: t0.addingTimeInterval(700), reps: 2)
        try record(card.id, t0.addingTimeInterval(700.25), 3, 3000, before: learning, after: review)
        try record(card.id, t0.addingTimeInterval(800), 3, 2000, .practice, before: review, after: review)
        let relearning = S(
            state: .relearning, step: 0, stability: 1, difficulty: 6,
            due: t0.addingTimeInterval(3 * 86_400 + 600), lastReview: t0.addingTimeInterval(3 * 86_400),
            reps: 3, lapses: 1)
        try record(card.id, t0.addingTimeInterval(3 * 86_400), 1, 9000, before: review, after: relearning)
        try record(card.id, t0.addingTimeInterval(3 * 86_400 + 650), 4, 1500, before: relearning, after: review)
        try record(other.id, t0.addingTimeInterval(60), 2, 5000, before: other.schedule, after: learning)
        state = learning

        var lines: [String] = []
        let rows = try ReviewLogExporter.write(from: db, deck: "d") { lines.append($0) }
        XCTAssertEqual(rows, 4)
        XCTAssertEqual(
            lines,
            [
                "card_id,review_time,review_rating,review_state,review_duration\n",
                "\(card.id),1767778200000,1,0,4200\n",
                "\(card.id),1767778900250,3,1,3000\n",
                "\(card.id),1768037400000,1,2,9000\n",
                "\(card.id),1768038050000,4,3,1500\n",
            ])
        var all = ""
        XCTAssertEqual(try ReviewLogExporter.write(from: db, deck: nil) { all += $0 }, 5)
        XCTAssertTrue(all.contains("\(other.id),1767778260000,2,0,5000\n"))
        XCTAssertEqual(state.state, .learning)
    }

    func testPracticeIsNeverExported() throws {
        let db = try SampleHistory.build(days: 30, cardsPerDeck: 12)
        var practice = 0
        var reviews = 0
        try db.forEachReview(deck: nil) { review in
            if review.kind == .practice { practice += 1 } else { reviews += 1 }
        }
        XCTAssertGreaterThan(practice, 0)
        var lines = 0
        try ReviewLogExporter.write(from: db, deck: nil) { _ in lines += 1 }
        XCTAssertEqual(lines, reviews + 1)
    }

    /// Writes a sample review log to `FACTDRILL_EXPORT_SAMPLE` (used by `scripts/check-review-export`):
    /// a synthetic database of 2,000 cards and 20,000 answers.
    func testWriteSampleLogWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["FACTDRILL_EXPORT_SAMPLE"], !path.isEmpty else {
            throw XCTSkip("set FACTDRILL_EXPORT_SAMPLE=/path/revlog.csv to write a sample review log")
        }
        let database = FileManager.default.temporaryDirectory.appendingPathComponent(
            "factdrill-sample-\(UUID()).sqlite"
        ).path
        defer { try? FileManager.default.removeItem(atPath: database) }
        try SyntheticDatabase.build(
            path: database, plan: SyntheticDatabase.Plan(cards: 2000, decks: 3, reviews: 20_000, seed: 1))
        var text = ""
        try ReviewLogExporter.write(from: try StudyDatabase(path: database), deck: nil) { text += $0 }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
