import Foundation

/// The FSRS-6 scheduler: a value holding the settings; reviewing returns a new card and a log.
///
/// Behaviour matches py-fsrs 6.3 (the `fsrs` package on PyPI) to floating-point precision,
/// except fuzz, which draws uniformly over Anki's range in Anki's floor form.
public struct Scheduler: Sendable, Hashable {
    /// The 21 FSRS-6 default weights (py-fsrs 6.3).
    public static let defaultParameters: [Double] = ParameterBounds.defaults

    /// The 21 FSRS-6 weights in use.
    public let parameters: [Double]
    /// The probability of recall the review intervals aim for (0.9 = 90%).
    public let desiredRetention: Double
    /// The learning steps in seconds; empty sends new cards straight to review.
    public let learningSteps: [TimeInterval]
    /// The relearning steps in seconds; empty keeps a lapsed card in review.
    public let relearningSteps: [TimeInterval]
    /// The longest review interval, in days.
    public let maximumInterval: Int
    /// Whether review intervals of 2.5 days or more are spread by a random fuzz.
    public let enableFuzzing: Bool

    /// The forgetting curve's exponent, `-w20`: R = (1 + factor · days / stability) ^ decay.
    public let decay: Double
    /// The forgetting curve's scale, chosen so that R = 0.9 when elapsed days = stability.
    public let factor: Double
    /// `desiredRetention ^ (1 / decay) - 1`, the retention part of the interval formula.
    let retentionTerm: Double
    /// The unclamped initial difficulty of Easy, the target of mean reversion.
    let easyInitialDifficulty: Double
    /// `e ^ w8`, the scale of stability growth after a recall.
    let recallScale: Double
    /// `e ^ (w17 * w18)`, the divisor bounding stability after a lapse.
    let lapseDivisor: Double
    /// `e ^ (w17 * (rating - 3 + w18))` per rating (index `rating - 1`), for same-day reviews.
    let shortTermScale: [Double]

    /// Makes a scheduler, checking every setting; throws `FSRSError` naming each bad value.
    public init(
        parameters: [Double] = Scheduler.defaultParameters, desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36500, enableFuzzing: Bool = true
    ) throws {
        guard parameters.count == ParameterBounds.count else {
            throw FSRSError.wrongParameterCount(expected: ParameterBounds.count, got: parameters.count)
        }
        let violations = ParameterBounds.violations(in: parameters)
        guard violations.isEmpty else { throw FSRSError.parametersOutOfRange(violations) }
        guard desiredRetention > 0, desiredRetention < 1 else {
            throw FSRSError.desiredRetentionOutOfRange(desiredRetention)
        }
        guard maximumInterval >= 1 else { throw FSRSError.maximumIntervalTooSmall(maximumInterval) }
        try Self.checkSteps(learningSteps, list: "learningSteps")
        try Self.checkSteps(relearningSteps, list: "relearningSteps")
        self.init(
            validated: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval, enableFuzzing: enableFuzzing)
    }

    /// The scheduler with every default setting (equal to `try Scheduler()`, without the `try`).
    public static let standard = Scheduler(
        validated: defaultParameters, desiredRetention: 0.9, learningSteps: [60, 600], relearningSteps: [600],
        maximumInterval: 36500, enableFuzzing: true)

    /// Stores settings already checked and derives the formulas' constants.
    private init(
        validated parameters: [Double], desiredRetention: Double, learningSteps: [TimeInterval],
        relearningSteps: [TimeInterval], maximumInterval: Int, enableFuzzing: Bool
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
        retentionTerm = pow(desiredRetention, 1 / decay) - 1
        easyInitialDifficulty = parameters[4] - pow(M_E, parameters[5] * Double(Rating.easy.rawValue - 1)) + 1
        // Constants of the formulas, computed once with the same operations py-fsrs uses each time.
        recallScale = pow(M_E, parameters[8])
        lapseDivisor = pow(M_E, parameters[17] * parameters[18])
        shortTermScale = Rating.allCases.map { pow(M_E, parameters[17] * (Double($0.rawValue - 3) + parameters[18])) }
    }

    private static func checkSteps(_ steps: [TimeInterval], list: String) throws {
        for (index, seconds) in steps.enumerated() where !(seconds.isFinite && seconds > 0) {
            throw FSRSError.invalidStep(list: list, index: index, seconds: seconds)
        }
    }

    /// The probability that `card` is recalled at `date` (0 for a card never reviewed).
    public func retrievability(of card: Card, at date: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        return retrievability(stability: stability, lastReview: lastReview, at: date)
    }

    /// The probability of recall at `date` of a memory of `stability` days last reviewed at
    /// `lastReview`, counting whole elapsed days as reviews do (for stores that keep the fields apart).
    public func retrievability(stability: Double, lastReview: Date, at date: Date) -> Double {
        let elapsed = max(0, Self.elapsedDays(from: lastReview, to: date))
        return pow(1 + factor * Double(elapsed) / stability, decay)
    }

    /// Whole days from `start` to `end`, floored like Python's `timedelta.days` (negative if `end` is earlier).
    public static func elapsedDays(from start: Date, to end: Date) -> Int {
        let seconds = end.timeIntervalSince(start)
        // Python's datetimes have microsecond resolution: round to it, then floor-divide by a day.
        guard abs(seconds) < 1e12 else { return Int((seconds / 86_400).rounded(.down)) }
        let micros = Int64((seconds * 1_000_000).rounded())
        let day: Int64 = 86_400_000_000
        let quotient = micros / day
        return Int(micros % day < 0 ? quotient - 1 : quotient)
    }
}

extension Scheduler {
    /// The review interval, in whole days, for a memory of `stability` days at this
    /// scheduler's desired retention (before fuzz).
    public func intervalDays(forStability stability: Double) -> Int {
        nextIntervalDays(stability: stability)
    }
}
