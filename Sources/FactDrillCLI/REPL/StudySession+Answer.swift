import FSRS
import FactDrillKit
import FactDrillStore
import Foundation

extension StudySession {
    /// How asking one card ended.
    enum Outcome {
        /// Answered and saved; `quit` when the user left at the rating prompt.
        case recorded(StoredCard, quit: Bool)
        case skipped
        case suspended
        case undone(StoredCard?)
        case quit
    }

    /// The commands a user may type instead of an answer.
    static let inSessionCommands = [":hint", ":skip", ":suspend", ":undo", ":quit", ":help"]

    /// Reads an answer (or an in-session command), grades it, reads the rating and commits it.
    func ask(_ stored: StoredCard) throws -> Outcome {
        let started = clock.now()
        var hintUsed = false
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
                    hintUsed = true
                    console.line("  hint: ", Span(presenter.hint(stored.card)))
                    continue
                case ":skip": return .skipped
                case ":suspend": return .suspended
                case ":quit", ":q": return .quit
                case ":undo": return .undone(try undoLast())
                case ":help", ":?":
                    console.line("  Type your answer, or :hint, :skip (until tomorrow), :suspend, :undo (the last answer), :quit")
                    continue
                default:
                    if text.hasPrefix(":") {
                        console.line("  unknown command \(text); type :help")
                        continue
                    }
                }
                let verdict = judge(text, card: stored.card)
                if let outcome = try rate(stored, response: text, verdict: verdict, hintUsed: hintUsed, started: started) {
                    return outcome
                }
                // The user took the answer back at the rating prompt: ask again.
                presenter.prompt(stored.card).forEach(console.line)
            }
        }
    }

    /// Grades a response: typed text against `accept`, or an option's number or text.
    func judge(_ response: String, card: DeckCard) -> Verdict {
        guard !response.isEmpty else { return .wrong }
        switch card.format {
        case .text:
            return matcher.judge(response, accepted: card.accept, rejecting: card.reject ?? [])
        case .choice:
            let choices = card.choices ?? []
            guard let correct = choices.firstIndex(of: card.answer) else { return .wrong }
            return matcher.judgeChoice(response, options: choices.map(\.allStrings), correct: correct)
        case .order:
            let choices = card.choices ?? []
            return matcher.judgeOrder(response, options: choices.map(\.allStrings),
                                      correctOrder: DeckCard.orderIndices(card.accept.first ?? ""))
        }
    }

    /// Shows the verdict and the interval of each rating, reads the rating and commits the
    /// review. Nil when the user took the answer back (`:undo` at the rating prompt).
    private func rate(_ stored: StoredCard, response: String, verdict: Verdict, hintUsed: Bool,
                      started: Date) throws -> Outcome? {
        let now = clock.now()
        let suggested: Rating = switch verdict {
        case .correct: hintUsed ? .hard : .good
        case .close: .hard
        case .wrong: .again
        }
        let seed = random.next()
        let before = stored.schedule
        var outcomes: [Rating: (card: Card, log: ReviewLog)] = [:]
        for rating in [Rating.again, .hard, .good, .easy] {
            var generator = SplitMix64(seed: seed)
            outcomes[rating] = scheduler.review(before.fsrsCard, rating: rating, at: now, using: &generator)
        }
        presenter.result(stored, verdict: verdict, practice: settings.ahead).forEach(console.line)
        if !settings.ahead {
            console.line(presenter.ratingChoices(outcomes.mapValues { $0.card.due.timeIntervalSince(now) },
                                                 suggested: suggested))
        }
        var rating = suggested
        // Leaving at the rating prompt (:quit, Ctrl-D) keeps the answer with the suggested rating.
        var quit = false
        readRating: while true {
            let prompt = settings.ahead ? "Enter to go on> " : "rating [\(suggested.rawValue)]> "
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                quit = true
                break readRating
            case .interrupted:
                continue
            case .line(let raw):
                let text = raw.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { break readRating }
                if text == ":undo" { return nil }
                if text == ":quit" || text == ":q" {
                    quit = true
                    break readRating
                }
                if !settings.ahead, let digit = Numbers.value(of: text), let chosen = Rating(rawValue: digit) {
                    rating = chosen
                    break readRating
                }
                console.line(settings.ahead ? "  press Enter" : "  type 1 (Again), 2 (Hard), 3 (Good), 4 (Easy), or Enter for \(suggested.rawValue)")
            }
        }
        let after = settings.ahead ? before : before.advanced(to: outcomes[rating]!.card, rating: rating)
        let review = NewReview(
            cardID: stored.id, sessionID: sessionID, reviewedAt: now, rating: rating,
            verdict: verdict, response: response,
            durationMs: max(0, Int(now.timeIntervalSince(started) * 1000)),
            before: before, after: after,
            scheduledDays: settings.ahead ? 0 : after.due.timeIntervalSince(now) / 86_400,
            kind: settings.ahead ? .practice : .review)
        let logID = try database.recordReview(review)
        answered.append((logID, verdict))
        count(verdict, delta: 1)
        var updated = stored
        updated.schedule = after
        console.line(.dim(settings.ahead
            ? "  saved as practice"
            : "  saved: \(StudyStatus.ratingName(rating)) · next \(IntervalText.until(after.due, from: now))"))
        return .recorded(updated, quit: quit)
    }

    /// Undoes this session's last answer (or, with none, the last one in the database).
    func undoLast() throws -> StoredCard? {
        guard let restored = try database.undoLastReview(sessionID: sessionID) else {
            console.line("  nothing to undo")
            return nil
        }
        if let last = answered.popLast() { count(last.verdict, delta: -1) }
        console.line(.dim("  undone: the last answer is forgotten and its card comes back"))
        return restored
    }

    private func count(_ verdict: Verdict, delta: Int) {
        summary.answered += delta
        switch verdict {
        case .correct: summary.correct += delta
        case .close: summary.close += delta
        case .wrong: summary.wrong += delta
        }
    }
}
