import Foundation

extension Scheduler {
    /// The interval a transition schedules: seconds for a (re)learning step, whole days for review.
    enum NextInterval: Equatable {
        case step(TimeInterval)
        case days(Int)
    }

    /// Reviews `card` with `rating` at `date`; fuzz, if enabled, draws from the system generator.
    public func review(_ card: Card, rating: Rating, at date: Date) -> (card: Card, log: ReviewLog) {
        var generator = SystemRandomNumberGenerator()
        return review(card, rating: rating, at: date, using: &generator)
    }

    /// Reviews `card` with `rating` at `date`; fuzz, if enabled, draws from `generator`.
    public func review<G: RandomNumberGenerator>(
        _ card: Card, rating: Rating, at date: Date, using generator: inout G
    ) -> (card: Card, log: ReviewLog) {
        var (next, interval) = transition(card, rating: rating, at: date)
        if enableFuzzing, next.state == .review, case .days(let days) = interval {
            interval = .days(fuzzedDays(days, fuzzFactor: Double.random(in: 0..<1, using: &generator)))
        }
        let seconds = Self.seconds(of: interval)
        next.due = date.addingTimeInterval(seconds)
        next.lastReview = date
        let log = ReviewLog(
            rating: rating, reviewDate: date, stateBefore: card.state,
            elapsedDays: card.lastReview.map { Self.elapsedDays(from: $0, to: date) },
            scheduledInterval: seconds
        )
        return (next, log)
    }

    /// The card each rating would give at `date`, without fuzz (for showing the next intervals).
    public func preview(_ card: Card, at date: Date) -> [Rating: Card] {
        var result: [Rating: Card] = [:]
        for rating in Rating.allCases {
            var (next, interval) = transition(card, rating: rating, at: date)
            next.due = date.addingTimeInterval(Self.seconds(of: interval))
            next.lastReview = date
            result[rating] = next
        }
        return result
    }

    /// Replays `logs` (in date order) onto a new card due at `due`, as if this scheduler had always
    /// been used; fuzz, if enabled, draws from `generator`.
    public func reschedule<G: RandomNumberGenerator>(
        due: Date, logs: [ReviewLog], using generator: inout G
    ) -> Card {
        var card = Card(due: due)
        for log in logs.sorted(by: { $0.reviewDate < $1.reviewDate }) {
            card = review(card, rating: log.rating, at: log.reviewDate, using: &generator).card
        }
        return card
    }

    static func seconds(of interval: NextInterval) -> TimeInterval {
        switch interval {
        case .step(let seconds): return seconds
        case .days(let days): return Double(days) * 86_400
        }
    }

    /// The new memory state, state and step, and the unfuzzed interval; `due` is left to the caller.
    func transition(_ card: Card, rating: Rating, at date: Date) -> (Card, NextInterval) {
        var next = card
        let elapsed = card.lastReview.map { Self.elapsedDays(from: $0, to: date) }
        if let stability = card.stability, let difficulty = card.difficulty {
            if let elapsed, elapsed < 1 {
                next.stability = shortTermStability(stability, rating: rating)
            } else {
                let r = retrievability(of: card, at: date)
                next.stability = nextStability(
                    difficulty: difficulty, stability: stability, retrievability: r, rating: rating)
            }
            next.difficulty = nextDifficulty(difficulty, rating: rating)
        } else {
            // A card without memory state (new, or saved incompletely) starts from the first-review values.
            next.stability = initialStability(rating)
            next.difficulty = initialDifficulty(rating)
        }
        let stability = next.stability ?? ParameterBounds.minimumStability

        switch card.state {
        case .learning:
            return stepTransition(next, steps: learningSteps, rating: rating, stability: stability)
        case .relearning:
            return stepTransition(next, steps: relearningSteps, rating: rating, stability: stability)
        case .review:
            if rating == .again, let first = relearningSteps.first {
                next.state = .relearning
                next.step = 0
                return (next, .step(first))
            }
            next.step = nil
            return (next, .days(nextIntervalDays(stability: stability)))
        }
    }

    /// A (re)learning card's move through `steps`: Again restarts, Hard repeats, Good advances, Easy graduates.
    private func stepTransition(
        _ card: Card, steps: [TimeInterval], rating: Rating, stability: Double
    ) -> (Card, NextInterval) {
        var next = card
        let step = max(0, card.step ?? 0)
        // Graduate when there are no steps, or when the card is past the last step (it was
        // scheduled with longer step lists) and not failed.
        let graduates =
            steps.isEmpty || rating == .easy
            || (step >= steps.count && rating != .again)
            || (rating == .good && step + 1 == steps.count)
        if graduates {
            next.state = .review
            next.step = nil
            return (next, .days(nextIntervalDays(stability: stability)))
        }
        switch rating {
        case .again:
            next.step = 0
            return (next, .step(steps[0]))
        case .hard:
            next.step = step
            if step == 0 {
                return (next, .step(steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2.0))
            }
            return (next, .step(steps[step]))
        case .good, .easy:
            next.step = step + 1
            return (next, .step(steps[step + 1]))
        }
    }
}
