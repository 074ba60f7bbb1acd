import FSRS
import FactDrillKit
import FactDrillStore
import Foundation

/// One study session: serves due cards (then new ones), grades typed answers with the matcher,
/// schedules with FSRS and commits each answer before the next card is shown.
///
/// It owns no terminal: lines come from a `LineReader` and text goes to a `Console`, so tests drive
/// it with a scripted reader and read what it printed.
final class StudySession {
    /// What a session studies and how.
    struct Settings: Sendable {
        var deck: String?
        var languages: [LanguageCode] = ["ar", "en"]
        var limits = DailyLimits()
        /// Practice cards not yet due; logged as practice, the schedule does not change.
        var ahead = false
        /// How many cards practice mode takes.
        var aheadLimit = 20
        /// A card due again within this many seconds comes back in the same session (Anki's learn-ahead limit).
        var learnAhead: TimeInterval = 20 * 60
        /// The hour at which a new study day starts (Anki's default: 4 a.m.).
        var rolloverHour = 4
    }

    /// What a session did, for its closing line and for tests.
    struct Summary: Equatable, Sendable {
        var answered = 0
        var correct = 0
        var close = 0
        var wrong = 0
        var skipped = 0
        var suspended = 0
        var seconds: TimeInterval = 0
        var nextDue: Date?
    }

    let database: StudyDatabase
    let scheduler: Scheduler
    let reader: LineReader
    let console: Console
    let clock: Clock
    let settings: Settings
    let presenter: CardPresenter
    let matcher = AnswerMatcher()
    /// Draws the fuzz seed of each review; seeded, so a scripted session is reproducible.
    var random: SplitMix64

    var summary = Summary()
    /// This session's answers, newest last, for undo.
    var answered: [(logID: Int64, verdict: Verdict)] = []
    var sessionID: Int64?

    init(database: StudyDatabase, scheduler: Scheduler, reader: LineReader, console: Console, clock: Clock,
         settings: Settings, random: SplitMix64) {
        self.database = database
        self.scheduler = scheduler
        self.reader = reader
        self.clock = clock
        self.settings = settings
        self.presenter = CardPresenter(languages: settings.languages)
        self.random = random
        self.console = console
    }

    /// Runs the session to its end (all cards done, `:quit`, or end of input) and prints a summary.
    @discardableResult
    func run() throws -> Summary {
        let started = clock.now()
        var queue = try makeQueue(at: started)
        guard queue.remaining > 0 else {
            try sayNothingDue(at: started)
            return summary
        }
        let sessionID = try database.startSession(deck: settings.deck, now: started)
        self.sessionID = sessionID
        var total = queue.remaining
        var position = 0
        loop: while let stored = queue.next(at: clock.now()) {
            position += 1
            presenter.question(stored, position: position, total: total).forEach(console.line)
            switch try ask(stored) {
            case .quit:
                queue.pushFront(stored)
                break loop
            case .skipped:
                try database.bury(cardID: stored.id, until: nextDayStart(after: clock.now()))
                summary.skipped += 1
                console.line(.dim("  skipped: back tomorrow"))
            case .suspended:
                try database.suspend(cardID: stored.id, true)
                summary.suspended += 1
                console.line(.dim("  suspended: it will not be shown again until you unsuspend it"))
            case .undone(let restored):
                queue.pushFront(stored)
                if let restored { queue.pushFront(restored) }
                position -= restored == nil ? 1 : 2
            case .recorded(let updated, let quit):
                if !settings.ahead, updated.schedule.due.timeIntervalSince(clock.now()) <= settings.learnAhead {
                    queue.requeue(updated)
                    total += 1
                }
                if quit { break loop }
            }
        }
        summary.seconds = clock.now().timeIntervalSince(started)
        try database.endSession(sessionID, now: clock.now())
        summary.nextDue = try database.nextDueDate(deck: settings.deck, after: clock.now())
        console.line(Span(closingLine()))
        return summary
    }

    /// The cards to serve: due then new within the daily limits, or in practice mode the
    /// soonest cards not yet due.
    private func makeQueue(at now: Date) throws -> SessionQueue {
        if settings.ahead {
            return SessionQueue(cards: try database.practiceQueue(deck: settings.deck, now: now, limit: settings.aheadLimit))
        }
        let dayStart = Clock.dayStart(of: now, rolloverHour: settings.rolloverHour)
        return SessionQueue(try database.studyQueue(deck: settings.deck, now: now, dayStart: dayStart,
                                                     limits: settings.limits))
    }

    /// The start of the next study day: when a skipped card comes back.
    func nextDayStart(after now: Date) -> Date {
        Clock.dayStart(of: now, rolloverHour: settings.rolloverHour).addingTimeInterval(24 * 3600)
    }

    private func sayNothingDue(at now: Date) throws {
        let scope = settings.deck.map { "in \($0)" } ?? "in any deck"
        if settings.ahead {
            console.line("Nothing to practise \(scope): there are no cards.")
            return
        }
        if let next = try database.nextDueDate(deck: settings.deck, after: now) {
            console.line("Nothing is due \(scope). The next card is due \(IntervalText.until(next, from: now)).")
        } else {
            console.line("Nothing is due \(scope), and no card is scheduled.")
        }
        console.line("Type `study --ahead` to practise cards before they are due (your schedule does not change).")
    }

    private func closingLine() -> String {
        let graded = summary.correct + summary.close + summary.wrong
        let accuracy = graded == 0 ? "" : " (\(Int((Double(summary.correct + summary.close) / Double(graded) * 100).rounded()))% right)"
        var line = "Session done: \(summary.answered) answered in \(IntervalText.elapsed(summary.seconds))"
            + " · \(summary.correct) right, \(summary.close) almost, \(summary.wrong) wrong\(accuracy)"
        if summary.skipped > 0 { line += " · \(summary.skipped) skipped" }
        if summary.suspended > 0 { line += " · \(summary.suspended) suspended" }
        if let next = summary.nextDue {
            line += " · next card due \(IntervalText.until(next, from: clock.now()))"
        }
        return line
    }
}
