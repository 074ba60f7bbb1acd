import FSRS
import FactDrillKit
import FactDrillStore
import Foundation

/// One study session as an engine: it serves due cards (then new ones), grades answers with the
/// matcher, schedules with FSRS and commits each answer before the next card is chosen.
///
/// It does no I/O but the database's and reads no clock: each step is told the time, and the
/// fuzz seeds come from the generator it is given. A front end (the CLI's `StudyDriver`) reads
/// lines and prints; tests drive a whole session with plain calls:
///
///     let session = StudySession(database: db, scheduler: scheduler, settings: settings, random: random)
///     guard case .ready = try session.start(at: now) else { return }
///     while let shown = try session.next(at: now) {
///         let graded = try session.answer("10th", at: now)     // verdict, suggested rating, intervals
///         try session.rate(graded.suggested, at: now)          // committed
///     }
///     let summary = try session.finish(at: now)
public final class StudySession {
    /// How a session starts.
    public enum Start: Equatable, Sendable {
        /// Cards to study: `total` of them.
        case ready(total: Int)
        /// Nothing to study; when the next card is due (nil in practice mode, or when no card is
        /// scheduled).
        case nothingDue(nextDue: Date?)
    }

    /// The card on screen: when it was shown and whether a hint was asked for.
    struct Shown {
        var card: StoredCard
        var at: Date
        var hintUsed = false
    }

    let database: StudyDatabase
    /// Each deck's scheduler (its own memory model, its parent's or the collection's).
    let schedulers: SchedulerSet
    /// What this session studies and how.
    public let settings: Settings
    let matcher = AnswerMatcher()
    let text: CardText
    /// Draws the fuzz seed of each answer; seeded, so a scripted session is reproducible.
    var random: SplitMix64

    /// What the session did so far.
    public internal(set) var summary = Summary()
    var queue = SessionQueue(cards: [])
    var sessionID: Int64?
    var startedAt: Date?
    /// This session's answers, newest last, for undo.
    var answers: [(logID: Int64, verdict: Verdict)] = []
    var position = 0
    var total = 0
    var shown: Shown?
    /// The graded answer waiting for its rating.
    var pending: Pending?
    /// The content of cards served or about to be, by row id.
    var contents: [Int64: StoredCard] = [:]
    /// How many cards' content one read brings in: a step between cards rarely reads.
    static let contentBatch = 32

    /// A session over `database`; nothing is read before `start(at:)`.
    public convenience init(database: StudyDatabase, scheduler: Scheduler, settings: Settings, random: SplitMix64) {
        self.init(database: database, schedulers: SchedulerSet(scheduler), settings: settings, random: random)
    }

    /// A session whose cards are scheduled by their deck's scheduler in `schedulers`.
    public init(database: StudyDatabase, schedulers: SchedulerSet, settings: Settings, random: SplitMix64) {
        self.database = database
        self.schedulers = schedulers
        self.settings = settings
        self.text = CardText(languages: settings.languages)
        self.random = random
    }

    /// Reads the cards to serve (due then new within the daily limits, or in practice mode the
    /// soonest cards not yet due) and, when there are any, opens the session in the log.
    public func start(at now: Date) throws -> Start {
        queue = try makeQueue(at: now)
        contents = [:]
        guard queue.remaining > 0 else {
            let next = settings.ahead ? nil : try database.nextDueDate(deck: settings.deck, after: now)
            return .nothingDue(nextDue: next)
        }
        sessionID = try database.startSession(deck: settings.deck, now: now)
        startedAt = now
        total = queue.remaining
        position = 0
        return .ready(total: total)
    }

    /// The card to show at `now`, or nil when the session is done. A card shown and not yet
    /// answered, skipped, suspended or undone is shown again. The queue holds entries only: the
    /// content of a card is read here, with that of the cards likely to follow it.
    public func next(at now: Date) throws -> StudyCard? {
        if let shown { return StudyCard(stored: shown.card, position: position, total: total) }
        guard sessionID != nil else { return nil }
        while let entry = queue.next(at: now) {
            if contents[entry.id] == nil {
                let ids = [entry.id] + queue.upcoming(Self.contentBatch).map(\.id).filter { contents[$0] == nil }
                for card in try database.cards(ids: ids) { contents[card.id] = card }
            }
            // Cards are never deleted; should one be gone, the session goes on without it.
            guard var card = contents[entry.id] else {
                total -= 1
                continue
            }
            // The entry's schedule is the current one (a card coming back was answered since).
            card.schedule = entry.schedule
            position += 1
            shown = Shown(card: card, at: now)
            return StudyCard(stored: card, position: position, total: total)
        }
        return nil
    }

    /// A hint for the card shown; a right answer after it suggests Hard.
    public func hint() throws -> String {
        guard let card = shown?.card else { throw AppError.sessionStep("a hint with no card shown") }
        shown?.hintUsed = true
        return text.hint(card.card)
    }

    /// Buries the card shown until the next study day.
    public func skip(at now: Date) throws {
        let card = try takeShown("skip")
        try database.bury(cardID: card.id, until: nextDayStart(after: now))
        summary.skipped += 1
    }

    /// Suspends the card shown: it is not shown again until unsuspended.
    public func suspend() throws {
        let card = try takeShown("suspend")
        try database.suspend(cardID: card.id, true)
        summary.suspended += 1
    }

    /// Undoes this session's last answer (or, with none, the last one in the database): its card
    /// comes back first, then the card that was shown. Returns the restored card, nil when there
    /// was nothing to undo.
    @discardableResult
    public func undo() throws -> StoredCard? {
        pending = nil
        let restored = try database.undoLastReview(sessionID: sessionID)
        if restored != nil, let last = answers.popLast() { summary.count(last.verdict, delta: -1) }
        if let card = shown?.card {
            queue.pushFront(QueuedCard(card))
            position -= 1
        }
        shown = nil
        if let restored {
            queue.pushFront(QueuedCard(restored))
            position -= 1
        }
        return restored
    }

    /// Closes the session in the log: the summary with the time spent and the next due date.
    public func finish(at now: Date) throws -> Summary {
        shown = nil
        pending = nil
        guard let sessionID, let startedAt else { return summary }
        summary.seconds = now.timeIntervalSince(startedAt)
        try database.endSession(sessionID, now: now)
        summary.nextDue = try database.nextDueDate(deck: settings.deck, after: now)
        self.sessionID = nil
        return summary
    }

    /// The start of the next study day: when a skipped card comes back.
    public func nextDayStart(after now: Date) -> Date {
        Clock.dayStart(of: now, rolloverHour: settings.rolloverHour).addingTimeInterval(24 * 3600)
    }

    private func makeQueue(at now: Date) throws -> SessionQueue {
        if settings.ahead {
            return SessionQueue(
                cards: try database.practiceQueue(
                    deck: settings.deck, now: now,
                    limit: settings.aheadLimit))
        }
        let dayStart = Clock.dayStart(of: now, rolloverHour: settings.rolloverHour)
        return SessionQueue(
            try database.studyQueue(
                deck: settings.deck, now: now, dayStart: dayStart,
                limits: settings.limits))
    }

    /// The card shown, which the step named `step` takes off the screen.
    func takeShown(_ step: String) throws -> StoredCard {
        guard let card = shown?.card else { throw AppError.sessionStep("\(step) with no card shown") }
        shown = nil
        pending = nil
        return card
    }
}
