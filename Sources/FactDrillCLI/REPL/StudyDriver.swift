import FSRS
import FactDrillApp
import FactDrillKit
import FactDrillStore
import Foundation

/// A study session in the terminal: reads answers and ratings from a `LineReader`, shows cards
/// with `CardPresenter` and leaves every decision to the `StudySession` engine.
///
/// Tests drive it with a scripted reader and read what it printed; the engine's own tests drive
/// the session without either.
final class StudyDriver {
    /// How asking one card ended.
    enum Step {
        /// Go on with the next card.
        case next
        /// Leave the session.
        case quit
    }

    /// The commands a user may type instead of an answer.
    static let inSessionCommands = [":hint", ":open", ":skip", ":suspend", ":undo", ":quit", ":help"]

    let session: StudySession
    let database: StudyDatabase
    let reader: LineReader
    let console: Console
    let clock: Clock
    let settings: StudySession.Settings
    let presenter: CardPresenter

    init(
        database: StudyDatabase, schedulers: SchedulerSet, reader: LineReader, console: Console, clock: Clock,
        settings: StudySession.Settings, random: SplitMix64
    ) {
        self.session = StudySession(database: database, schedulers: schedulers, settings: settings, random: random)
        self.database = database
        self.reader = reader
        self.console = console
        self.clock = clock
        self.settings = settings
        self.presenter = CardPresenter(languages: settings.languages)
    }

    /// Runs the session to its end (all cards done, `:quit`, or end of input) and prints a summary.
    @discardableResult
    func run() throws -> StudySession.Summary {
        let started = clock.now()
        if case .nothingDue(let next) = try session.start(at: started) {
            sayNothingDue(next: next, at: started)
            return session.summary
        }
        while let shown = try session.next(at: clock.now()) {
            presenter.question(shown.stored, position: shown.position, total: shown.total).forEach(console.line)
            if try ask(shown.stored) == .quit { break }
        }
        let summary = try session.finish(at: clock.now())
        console.line(Span(closingLine(summary)))
        return summary
    }

    private func sayNothingDue(next: Date?, at now: Date) {
        let scope = settings.deck.map { "in \($0)" } ?? "in any deck"
        if settings.ahead {
            console.line("Nothing to practise \(scope): there are no cards.")
            return
        }
        if let next {
            console.line("Nothing is due \(scope). The next card is due \(IntervalText.until(next, from: now)).")
        } else {
            console.line("Nothing is due \(scope), and no card is scheduled.")
        }
        console.line("Type `study --ahead` to practise cards before they are due (your schedule does not change).")
    }

    private func closingLine(_ summary: StudySession.Summary) -> String {
        let graded = summary.correct + summary.close + summary.wrong
        let right = Double(summary.correct + summary.close) / Double(max(graded, 1)) * 100
        let accuracy = graded == 0 ? "" : " (\(Int(right.rounded()))% right)"
        var line =
            "Session done: \(summary.answered) answered in \(IntervalText.elapsed(summary.seconds))"
            + " · \(summary.correct) right, \(summary.close) almost, \(summary.wrong) wrong\(accuracy)"
        if summary.skipped > 0 { line += " · \(summary.skipped) skipped" }
        if summary.suspended > 0 { line += " · \(summary.suspended) suspended" }
        if let next = summary.nextDue {
            line += " · next card due \(IntervalText.until(next, from: clock.now()))"
        }
        return line
    }
}
