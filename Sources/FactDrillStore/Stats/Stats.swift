import FactDrillKit
import Foundation

/// Progress statistics, per deck and overall, as of `now` (`factdrill stats`, `export stats`).
///
/// Days are the 24-hour spans `dayStart + k·86400 s` (k = 0 today, -1 yesterday, 1 tomorrow).
/// Encoded as JSON with dates as ISO 8601 by the CLI (the JSON export's documented schema).
public struct Stats: Hashable, Sendable, Codable {
    /// The moment the figures describe.
    public var now: Date
    /// The start of today.
    public var dayStart: Date
    /// The deck the figures are limited to; nil for all decks.
    public var deck: String?
    /// Days of history retention and accuracy cover (ending today); nil for all history.
    public var windowDays: Int?
    /// The figures over every deck in scope.
    public var overall: DeckStats
    /// The figures of each deck in scope, by deck id.
    public var decks: [DeckStats]
    /// The hardest cards: most lapses first, then lowest retrievability.
    public var hardest: [HardCard]
    /// Consecutive days with answers (reviews or practice) ending today, or yesterday when
    /// nothing was answered yet today.
    public var streakDays: Int
    /// Whether anything was answered today.
    public var studiedToday: Bool
    /// Learning and review cards due on each of the next 7 days (day 0 includes overdue cards).
    public var forecast: [DayCount]
    /// Answers per day over the last `heatmapWeeks` weeks, oldest first, today last.
    public var heatmap: [DayCount]
    /// Predicted against actual recall of the reviews in scope over the window, by bin of
    /// predicted recall.
    public var calibration: [CalibrationBin]

    /// Creates a value.
    public init(
        now: Date, dayStart: Date, deck: String? = nil, windowDays: Int? = nil, overall: DeckStats,
        decks: [DeckStats], hardest: [HardCard], streakDays: Int, studiedToday: Bool, forecast: [DayCount],
        heatmap: [DayCount], calibration: [CalibrationBin] = []
    ) {
        self.now = now
        self.dayStart = dayStart
        self.deck = deck
        self.windowDays = windowDays
        self.overall = overall
        self.decks = decks
        self.hardest = hardest
        self.streakDays = streakDays
        self.studiedToday = studiedToday
        self.forecast = forecast
        self.heatmap = heatmap
        self.calibration = calibration
    }
}

/// The figures of one deck (or of all decks when `deckID` is nil).
public struct DeckStats: Hashable, Sendable, Codable {
    /// The deck id; nil for the overall figures.
    public var deckID: String?
    /// The deck title; nil for the overall figures.
    public var title: LocalizedText?
    /// Cards by state.
    public var cards: CardStateCounts
    /// Cards due soon.
    public var due: DueCounts
    /// What was answered today.
    public var today: DayActivity
    /// True retention of review cards, young and mature, over the window (30 days by default).
    public var retention: RetentionByMaturity
    /// Mean FSRS retrievability now of studied cards (not suspended or retired); nil if none.
    public var averageRetrievability: Double?
    /// How many cards the mean is over.
    public var retrievabilityCards: Int
    /// Accuracy by fact type (`ranking`, `event`, `role`, `set`...) over the window, sorted by type.
    public var accuracyByType: [TypeAccuracy]

    /// Creates a value.
    public init(
        deckID: String? = nil, title: LocalizedText? = nil, cards: CardStateCounts, due: DueCounts,
        today: DayActivity, retention: RetentionByMaturity, averageRetrievability: Double? = nil,
        retrievabilityCards: Int, accuracyByType: [TypeAccuracy]
    ) {
        self.deckID = deckID
        self.title = title
        self.cards = cards
        self.due = due
        self.today = today
        self.retention = retention
        self.averageRetrievability = averageRetrievability
        self.retrievabilityCards = retrievabilityCards
        self.accuracyByType = accuracyByType
    }
}

/// Cards by state. Suspended cards are counted only as suspended, retired ones only as retired.
public struct CardStateCounts: Hashable, Sendable, Codable {
    /// Never studied.
    public var new = 0
    /// In learning or relearning steps.
    public var learning = 0
    /// In review with an interval under the mature threshold (21 days).
    public var young = 0
    /// In review with an interval of 21 days or more.
    public var mature = 0
    /// Suspended.
    public var suspended = 0
    /// Retired by a re-import.
    public var retired = 0
    /// Every card not retired.
    public var total: Int { new + learning + young + mature + suspended }

    /// Creates a value.
    public init(
        new: Int = 0, learning: Int = 0, young: Int = 0, mature: Int = 0, suspended: Int = 0,
        retired: Int = 0
    ) {
        self.new = new
        self.learning = learning
        self.young = young
        self.mature = mature
        self.suspended = suspended
        self.retired = retired
    }
}

/// Learning and review cards due soon (not suspended or retired).
public struct DueCounts: Hashable, Sendable, Codable {
    /// Due by the end of today, overdue included.
    public var today = 0
    /// Due during tomorrow.
    public var tomorrow = 0
    /// Due by the end of the 7th day (today included).
    public var week = 0

    /// Creates a value.
    public init(today: Int = 0, tomorrow: Int = 0, week: Int = 0) {
        self.today = today
        self.tomorrow = tomorrow
        self.week = week
    }
}

/// What was answered on a day.
public struct DayActivity: Hashable, Sendable, Codable {
    /// Answers of the review kind.
    public var reviews = 0
    /// Of which rated Again.
    public var again = 0
    /// Practice answers (ahead of schedule).
    public var practice = 0
    /// Time spent on all answers, in milliseconds.
    public var durationMs = 0

    /// Creates a value.
    public init(reviews: Int = 0, again: Int = 0, practice: Int = 0, durationMs: Int = 0) {
        self.reviews = reviews
        self.again = again
        self.practice = practice
        self.durationMs = durationMs
    }
}

/// True retention: the first answer of the day to each card in review state; Again = fail.
public struct RetentionByMaturity: Hashable, Sendable, Codable {
    /// Cards whose interval was under 21 days.
    public var young = RetentionFigure()
    /// Cards whose interval was 21 days or more.
    public var mature = RetentionFigure()

    /// Creates a value.
    public init(young: RetentionFigure = RetentionFigure(), mature: RetentionFigure = RetentionFigure()) {
        self.young = young
        self.mature = mature
    }
}

/// Passed answers out of counted answers.
public struct RetentionFigure: Hashable, Sendable, Codable {
    /// Answers counted.
    public var total = 0
    /// Answers not rated Again.
    public var passed = 0
    /// `passed / total`; nil when nothing was counted.
    public var rate: Double? { total == 0 ? nil : Double(passed) / Double(total) }

    /// Adds `other`'s counts to these.
    mutating func add(_ other: RetentionFigure) {
        total += other.total
        passed += other.passed
    }

    /// Creates a value.
    public init(total: Int = 0, passed: Int = 0) {
        self.total = total
        self.passed = passed
    }
}

/// How well the answers to one fact type went (reviews and practice).
public struct TypeAccuracy: Hashable, Sendable, Codable {
    /// The fact type (`ranking`, `event`, `role`, `set`...).
    public var factType: String
    /// Answers counted.
    public var answers = 0
    /// Answers not rated Again.
    public var passed = 0
    /// Verdict `correct`.
    public var correct = 0
    /// Verdict `close`.
    public var close = 0
    /// Verdict `wrong`.
    public var wrong = 0
    /// `passed / answers`; nil when no answers.
    public var accuracy: Double? { answers == 0 ? nil : Double(passed) / Double(answers) }

    /// Creates a value.
    public init(
        factType: String, answers: Int = 0, passed: Int = 0, correct: Int = 0, close: Int = 0,
        wrong: Int = 0
    ) {
        self.factType = factType
        self.answers = answers
        self.passed = passed
        self.correct = correct
        self.close = close
        self.wrong = wrong
    }
}

/// One of the hardest cards.
public struct HardCard: Hashable, Sendable, Codable {
    /// The card's row id.
    public var cardID: Int64
    /// Its deck.
    public var deckID: String
    /// Its key in the deck.
    public var cardKey: String
    /// Its question kind.
    public var kind: String
    /// Its prompt.
    public var prompt: LocalizedText
    /// Times forgotten.
    public var lapses: Int
    /// Reviews.
    public var reps: Int
    /// Retrievability now; nil without a stability.
    public var retrievability: Double?

    /// Creates a value.
    public init(
        cardID: Int64, deckID: String, cardKey: String, kind: String, prompt: LocalizedText, lapses: Int,
        reps: Int, retrievability: Double? = nil
    ) {
        self.cardID = cardID
        self.deckID = deckID
        self.cardKey = cardKey
        self.kind = kind
        self.prompt = prompt
        self.lapses = lapses
        self.reps = reps
        self.retrievability = retrievability
    }
}

/// A count on one day.
public struct DayCount: Hashable, Sendable, Codable {
    /// Days from today (0 today, -1 yesterday, 1 tomorrow).
    public var day: Int
    /// The start of that day.
    public var date: Date
    /// The count.
    public var count: Int

    /// Creates a value.
    public init(day: Int, date: Date, count: Int) {
        self.day = day
        self.date = date
        self.count = count
    }
}
