import FactDrillStore
import Foundation

/// True retention per day over recent weeks, for the report's retention-over-time chart:
/// the first review-kind answer of each day to each card, counted when the card was in review
/// state, young or mature by its interval then; Again = fail (as `Stats` computes it for its window).
public struct RetentionHistory: Hashable, Sendable {
    /// The figures of one day.
    public struct Day: Hashable, Sendable {
        /// Days from today (0 today, -1 yesterday).
        public var day: Int
        /// The start of that day.
        public var date: Date
        /// Young cards' answers counted and passed.
        public var young: RetentionFigure
        /// Mature cards' answers counted and passed.
        public var mature: RetentionFigure
    }

    /// The days, oldest first, today last.
    public var days: [Day]

    /// Computes the last `days` days ending today (day starts at `dayStart`) from the review log
    /// of `deck` (all decks when nil), reading the log once.
    public static func compute(database: StudyDatabase, deck: String?, dayStart: Date, days: Int = 84,
                               matureDays: Double = 21) throws -> RetentionHistory {
        let count = max(1, days)
        var result = (0..<count).map { index in
            let day = index - count + 1
            return Day(day: day, date: dayStart.addingTimeInterval(Double(day) * 86_400),
                       young: RetentionFigure(), mature: RetentionFigure())
        }
        var seen = Set<CardDay>()
        let from = dayStart.addingTimeInterval(Double(1 - count) * 86_400)
        let end = dayStart.addingTimeInterval(86_400)
        try database.forEachReview(deck: deck) { entry in
            guard entry.kind == .review, entry.reviewedAt >= from, entry.reviewedAt < end else { return }
            let day = Int((entry.reviewedAt.timeIntervalSince(dayStart) / 86_400).rounded(.down))
            guard seen.insert(CardDay(card: entry.cardID, day: day)).inserted,
                  entry.before.state == ScheduleState.review else { return }
            let interval = entry.before.due.timeIntervalSince(entry.before.lastReview ?? entry.before.due)
            let index = day + count - 1
            let passed = entry.rating > 1 ? 1 : 0
            if interval >= matureDays * 86_400 {
                result[index].mature.total += 1
                result[index].mature.passed += passed
            } else {
                result[index].young.total += 1
                result[index].young.passed += passed
            }
        }
        return RetentionHistory(days: result)
    }

    /// Weekly sums (7-day blocks ending today), oldest first: the chart's points.
    public var weeks: [Day] {
        var weeks: [Day] = []
        var index = days.count
        while index > 0 {
            let block = days[max(0, index - 7)..<index]
            var week = Day(day: block.first!.day, date: block.first!.date, young: RetentionFigure(),
                           mature: RetentionFigure())
            for day in block {
                week.young.total += day.young.total
                week.young.passed += day.young.passed
                week.mature.total += day.mature.total
                week.mature.passed += day.mature.passed
            }
            weeks.insert(week, at: 0)
            index -= 7
        }
        return weeks
    }

    private struct CardDay: Hashable {
        var card: Int64
        var day: Int
    }
}
