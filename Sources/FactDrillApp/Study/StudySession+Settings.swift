import FactDrillKit
import FactDrillStore
import Foundation

extension StudySession {
    /// What a session studies and how.
    public struct Settings: Sendable {
        /// The deck studied; all decks when nil.
        public var deck: String?
        /// The languages cards are shown in, in order.
        public var languages: [LanguageCode] = ["ar", "en"]
        /// The day's new-card and review limits.
        public var limits = DailyLimits()
        /// Practice cards not yet due; logged as practice, the schedule does not change.
        public var ahead = false
        /// How many cards practice mode takes.
        public var aheadLimit = 20
        /// A card due again within this many seconds comes back in the same session (Anki's
        /// learn-ahead limit).
        public var learnAhead: TimeInterval = 20 * 60
        /// The hour at which a new study day starts (Anki's default: 4 a.m.).
        public var rolloverHour = 4

        /// The defaults: all decks, Arabic and English, Anki's limits.
        public init() {}
    }

    /// What a session did, for its closing line and for tests.
    public struct Summary: Equatable, Sendable {
        /// Answers committed (undone ones not counted).
        public var answered = 0
        /// Answers judged right.
        public var correct = 0
        /// Answers judged right but for a typo.
        public var close = 0
        /// Answers judged wrong.
        public var wrong = 0
        /// Cards skipped (buried until the next day).
        public var skipped = 0
        /// Cards suspended.
        public var suspended = 0
        /// From the start of the session to its end.
        public var seconds: TimeInterval = 0
        /// When the next card is due after the session, if any is scheduled.
        public var nextDue: Date?

        /// Nothing done yet.
        public init() {}

        /// Counts an answer with `verdict` in (`delta` 1) or out (-1, undone).
        mutating func count(_ verdict: Verdict, delta: Int) {
            answered += delta
            switch verdict {
            case .correct: correct += delta
            case .close: close += delta
            case .wrong: wrong += delta
            }
        }
    }
}
