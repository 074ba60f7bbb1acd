import FSRS
import FactDrillKit
import FactDrillStore
import Foundation

extension StudySession {
    /// The graded answer waiting for its rating, with each rating's scheduled card.
    struct Pending {
        var graded: GradedAnswer
        var outcomes: [Rating: Card]
    }

    /// Judges `response` to the card shown: the verdict, the rating it suggests and each rating's
    /// interval. Nothing is committed until `rate(_:at:)`; `withdrawAnswer()` takes it back.
    /// One fuzz seed is drawn per answer, so every rating's interval is the one it would get.
    public func answer(_ response: String, at now: Date) throws -> GradedAnswer {
        guard let shown else { throw AppError.sessionStep("an answer with no card shown") }
        let verdict = judge(response, card: shown.card.card)
        let seed = random.next()
        let before = shown.card.schedule.fsrsCard
        var outcomes: [Rating: Card] = [:]
        let scheduler = schedulers.scheduler(forDeck: shown.card.deckID)
        for rating in Rating.allCases {
            var generator = SplitMix64(seed: seed)
            outcomes[rating] = scheduler.review(before, rating: rating, at: now, using: &generator).card
        }
        let graded = GradedAnswer(
            card: shown.card, response: response, verdict: verdict,
            suggested: GradedAnswer.suggestedRating(for: verdict, hintUsed: shown.hintUsed),
            intervals: outcomes.mapValues { $0.due.timeIntervalSince(now) }, practice: settings.ahead,
            answeredAt: now)
        pending = Pending(graded: graded, outcomes: outcomes)
        return graded
    }

    /// Takes back the answer waiting for its rating: the card stays shown, to be answered again.
    public func withdrawAnswer() {
        pending = nil
    }

    /// Commits the answer with `rating` (nil: the suggested one; in practice always the
    /// suggested one, and the schedule does not change). A card due again within the
    /// learn-ahead window (`now` being when the rating was chosen) comes back in this session.
    @discardableResult
    public func rate(_ rating: Rating? = nil, at now: Date) throws -> RecordedAnswer {
        guard let pending, let shown else { throw AppError.sessionStep("a rating with no answer to rate") }
        let graded = pending.graded
        let rating = settings.ahead ? graded.suggested : rating ?? graded.suggested
        let before = shown.card.schedule
        let after =
            settings.ahead
            ? before
            : before.advanced(
                to: pending.outcomes[rating] ?? before.fsrsCard,
                rating: rating)
        let answeredAt = graded.answeredAt
        let review = NewReview(
            cardID: shown.card.id, sessionID: sessionID, reviewedAt: answeredAt, rating: rating,
            verdict: graded.verdict, response: graded.response,
            durationMs: max(0, Int(answeredAt.timeIntervalSince(shown.at) * 1000)),
            before: before, after: after,
            scheduledDays: settings.ahead ? 0 : after.due.timeIntervalSince(answeredAt) / 86_400,
            kind: settings.ahead ? .practice : .review)
        let logID = try database.recordReview(review)
        answers.append((logID, graded.verdict))
        summary.count(graded.verdict, delta: 1)
        var updated = shown.card
        updated.schedule = after
        self.shown = nil
        self.pending = nil
        let comesBack = !settings.ahead && after.due.timeIntervalSince(now) <= settings.learnAhead
        if comesBack {
            queue.requeue(QueuedCard(updated))
            total += 1
        }
        return RecordedAnswer(
            card: updated, rating: rating, practice: settings.ahead, answeredAt: answeredAt,
            logID: logID, comesBack: comesBack)
    }

    /// Grades a response: typed text against `accept`, or an option's number or text.
    public func judge(_ response: String, card: DeckCard) -> Verdict {
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
            return matcher.judgeOrder(
                response, options: choices.map(\.allStrings),
                correctOrder: DeckCard.orderIndices(card.accept.first ?? ""))
        }
    }
}
