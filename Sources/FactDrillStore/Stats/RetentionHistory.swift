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
    /// of `deck` (all decks when nil), with the stats' own definition of true retention.
    public static func compute(
        database: StudyDatabase, deck: String?, dayStart: Date, days: Int = 84,
        matureDays: Double = 21
    ) throws -> RetentionHistory {
        let count = max(1, days)
        var result = (0..<count).map { index in
            let day = index - count + 1
            return Day(
                day: day, date: dayStart.addingTimeInterval(Double(day) * StatsQuery.day),
                young: RetentionFigure(), mature: RetentionFigure())
        }
        let retention = TrueRetention(
            dayStart: dayStart, from: dayStart.addingTimeInterval(Double(1 - count) * StatsQuery.day),
            end: dayStart.addingTimeInterval(StatsQuery.day), matureDays: matureDays, deck: deck)
        let counts = try database.read("reading the retention history") { db in
            try retention.countsByDay(db)
        }
        for entry in counts {
            let index = entry.day + count - 1
            guard result.indices.contains(index) else { continue }
            if entry.mature {
                result[index].mature.add(entry.figure)
            } else {
                result[index].young.add(entry.figure)
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
            var week = Day(
                day: block.first!.day, date: block.first!.date, young: RetentionFigure(),
                mature: RetentionFigure())
            for day in block {
                week.young.add(day.young)
                week.mature.add(day.mature)
            }
            weeks.insert(week, at: 0)
            index -= 7
        }
        return weeks
    }
}
