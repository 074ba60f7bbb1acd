import FSRS
import FactDrillApp
import FactDrillKit
import FactDrillStore
import Foundation

extension StudyDriver {
    /// Reads an answer (or an in-session command), has the engine grade it, reads the rating and
    /// has the engine commit it.
    func ask(_ stored: StoredCard) throws -> Step {
        while true {
            switch reader.readLine(prompt: "answer> ") {
            case .endOfInput:
                return .quit
            case .interrupted:
                continue
            case .line(let raw):
                let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
                switch text.lowercased() {
                case ":hint":
                    console.line("  hint: ", Span(try session.hint()))
                    continue
                case ":open":
                    openMedia(of: stored.card, answered: false)
                    continue
                case ":skip":
                    try session.skip(at: clock.now())
                    console.line(.dim("  skipped: back tomorrow"))
                    return .next
                case ":suspend":
                    try session.suspend()
                    console.line(.dim("  suspended: it will not be shown again until you unsuspend it"))
                    return .next
                case ":quit", ":q":
                    return .quit
                case ":undo":
                    try undo()
                    return .next
                case ":help", ":?":
                    console.line(
                        Span(
                            "  Type your answer, or :hint, :open (the card's image or sound), :skip (until tomorrow), "
                                + ":suspend, :undo (the last answer), :quit"))
                    continue
                default:
                    if text.hasPrefix(":") {
                        console.line("  unknown command \(text); type :help")
                        continue
                    }
                }
                if let step = try rate(try session.answer(text, at: clock.now())) {
                    return step
                }
                // The user took the answer back at the rating prompt: ask again.
                presenter.prompt(stored.card).forEach(console.line)
            }
        }
    }

    /// Shows the verdict and the interval of each rating, reads the rating and has the engine
    /// commit it. Nil when the user took the answer back (`:undo` at the rating prompt).
    private func rate(_ graded: GradedAnswer) throws -> Step? {
        let suggested = graded.suggested
        presenter.result(graded.card, verdict: graded.verdict, practice: graded.practice).forEach(console.line)
        if !graded.practice {
            console.line(presenter.ratingChoices(graded.intervals, suggested: suggested))
        }
        var rating = suggested
        // Leaving at the rating prompt (:quit, Ctrl-D) keeps the answer with the suggested rating.
        var step = Step.next
        readRating: while true {
            let prompt = graded.practice ? "Enter to go on> " : "rating [\(suggested.rawValue)]> "
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                step = .quit
                break readRating
            case .interrupted:
                continue
            case .line(let raw):
                let text = raw.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { break readRating }
                if text == ":undo" {
                    session.withdrawAnswer()
                    return nil
                }
                if text == ":quit" || text == ":q" {
                    step = .quit
                    break readRating
                }
                if text == ":open" {
                    openMedia(of: graded.card.card, answered: true)
                    continue
                }
                if !graded.practice, let digit = Numbers.value(of: text), let chosen = Rating(rawValue: digit) {
                    rating = chosen
                    break readRating
                }
                console.line(
                    Span(
                        graded.practice
                            ? "  press Enter"
                            : "  type 1 (Again), 2 (Hard), 3 (Good), 4 (Easy), or Enter for \(suggested.rawValue)"))
            }
        }
        let recorded = try session.rate(rating, at: clock.now())
        console.line(
            .dim(
                recorded.practice
                    ? "  saved as practice"
                    : "  saved: \(StudyStatus.ratingName(recorded.rating)) · next "
                        + IntervalText.until(recorded.card.schedule.due, from: recorded.answeredAt)))
        return step
    }

    /// Undoes the last answer and says what happened.
    private func undo() throws {
        guard try session.undo() != nil else {
            console.line("  nothing to undo")
            return
        }
        console.line(.dim("  undone: the last answer is forgotten and its card comes back"))
    }
}
