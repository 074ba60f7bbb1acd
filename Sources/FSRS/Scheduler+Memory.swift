import Foundation

// The FSRS-6 memory formulas. Each mirrors py-fsrs 6.3's operation order (and its
// `math.e ** x` as `pow(M_E, x)`) so results agree to the last bit where libm does.
extension Scheduler {
    /// The stability after a first review rated `rating`.
    func initialStability(_ rating: Rating) -> Double {
        max(parameters[rating.rawValue - 1], ParameterBounds.minimumStability)
    }

    /// The difficulty after a first review rated `rating`, clamped to 1...10.
    func initialDifficulty(_ rating: Rating) -> Double {
        let raw = parameters[4] - pow(M_E, parameters[5] * Double(rating.rawValue - 1)) + 1
        return clampDifficulty(raw)
    }

    /// The review interval in whole days for `stability`: half-to-even, at least 1, at most the maximum.
    func nextIntervalDays(stability: Double) -> Int {
        let raw = (stability / factor) * retentionTerm
        guard !raw.isNaN else { return 1 }
        let rounded = raw.rounded(.toNearestOrEven)
        return Int(min(max(rounded, 1), Double(maximumInterval)))
    }

    /// The stability after a same-day (under one whole day) review.
    func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = shortTermScale[rating.rawValue - 1] * pow(stability, -parameters[19])
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return max(stability * increase, ParameterBounds.minimumStability)
    }

    /// The difficulty after a review: linear damping, then mean reversion to Easy's initial difficulty.
    func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let delta = -(parameters[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = parameters[7] * easyInitialDifficulty + (1 - parameters[7]) * damped
        return clampDifficulty(reverted)
    }

    /// The stability after a review a day or more since the last one, at retrievability `r`.
    func nextStability(difficulty: Double, stability: Double, retrievability r: Double, rating: Rating) -> Double {
        let next =
            rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: r)
            : recallStability(difficulty: difficulty, stability: stability, retrievability: r, rating: rating)
        return max(next, ParameterBounds.minimumStability)
    }

    private func forgetStability(difficulty: Double, stability: Double, retrievability r: Double) -> Double {
        let longTerm =
            parameters[11] * pow(difficulty, -parameters[12])
            * (pow(stability + 1, parameters[13]) - 1)
            * pow(M_E, (1 - r) * parameters[14])
        let shortTerm = stability / lapseDivisor
        return min(longTerm, shortTerm)
    }

    private func recallStability(
        difficulty: Double, stability: Double, retrievability r: Double, rating: Rating
    ) -> Double {
        let hardPenalty = rating == .hard ? parameters[15] : 1
        let easyBonus = rating == .easy ? parameters[16] : 1
        let growth =
            recallScale * (11 - difficulty) * pow(stability, -parameters[9])
            * (pow(M_E, (1 - r) * parameters[10]) - 1) * hardPenalty * easyBonus
        return stability * (1 + growth)
    }

    private func clampDifficulty(_ value: Double) -> Double {
        min(max(value, ParameterBounds.difficultyRange.lowerBound), ParameterBounds.difficultyRange.upperBound)
    }
}
