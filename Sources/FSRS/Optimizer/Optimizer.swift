import Foundation

/// Fits the 21 FSRS-6 parameters to review histories the way fsrs-rs does: training items
/// (each card's reviews up to one a day or more after the previous one) filtered for outliers
/// and weighted by recency; initial stabilities pretrained per first rating; then every
/// parameter by Adam on the summed log loss of each batch (512 items grouped by card, 5 epochs,
/// a cosine-annealed learning rate from 0.04, an L2 pull toward the starting point), with
/// exact gradients and each parameter clamped to its bounds after every step. Deterministic for
/// a given input and seed.
public struct Optimizer: Sendable {
    /// fsrs-rs's training settings.
    public struct Settings: Sendable, Hashable {
        public var epochs = 5
        public var batchSize = 512
        public var learningRate = 0.04
        /// Items with more reviews than this are left out of training.
        public var maximumSequenceLength = 256
        /// The weight of the L2 pull toward the starting parameters.
        public var regularization = 1.0
        /// Orders the batches of each epoch (fsrs-rs's default seed; its generator differs, so
        /// the same seed does not give fsrs-rs's exact fit).
        public var seed: UInt64 = 2023
        /// Whether same-day reviews train w17-w19 (and w0-w3): fsrs-rs's `enable_short_term`.
        public var shortTerm = true

        public init() {}
    }

    /// How the parameters were found.
    public enum Outcome: Sendable, Hashable {
        /// Every parameter was fitted.
        case fitted
        /// Too few items to fit all: the initial stabilities were pretrained, the rest are the defaults.
        case initialStabilitiesOnly(reason: String)
        /// Too little data: the defaults, unchanged.
        case defaults(reason: String)
    }

    /// A fit's parameters and what they were fitted on.
    public struct Result: Sendable, Hashable {
        public let parameters: [Double]
        public let outcome: Outcome
        /// Reviews in the histories.
        public let reviews: Int
        /// Items the gradient descent trained on (0 when it did not run).
        public let trainingItems: Int
    }

    /// fsrs-rs's parameter scales for the L2 pull (PARAMS_STDDEV).
    static let spread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31,
        0.32, 0.14, 0.27,
    ]

    public let settings: Settings

    public init(settings: Settings = Settings()) { self.settings = settings }

    /// Fits the parameters to `histories`; `progress` is called after each batch with the
    /// batches done and the total.
    public func fit(_ histories: [CardHistory], progress: ((Int, Int) -> Void)? = nil) -> Result {
        let reviews = histories.reduce(0) { $0 + $1.reviews.count }
        let defaults = ParameterBounds.defaults
        let set = TrainingSet(histories: histories)
        let (initialization, training) = set.filtered()
        guard training.count >= 8 else {
            return Result(
                parameters: defaults,
                outcome: .defaults(
                    reason: "only \(training.count) reviews came a day or more after the card's previous one; "
                        + "at least 8 are needed"),
                reviews: reviews, trainingItems: 0)
        }
        let averageRecall = Double(training.filter { set.label($0) == 1 }.count) / Double(training.count)
        guard let pretrained = InitialStability.pretrain(set, items: initialization, averageRecall: averageRecall)
        else {
            return Result(
                parameters: defaults,
                outcome: .defaults(reason: "no card has enough first reviews followed by a later one to learn from"),
                reviews: reviews, trainingItems: 0)
        }
        var start = pretrained.stabilities + defaults[4...]
        guard training.count != initialization.count, training.count >= 64 else {
            return Result(
                parameters: start,
                outcome: .initialStabilitiesOnly(
                    reason: "only \(training.count) reviews to learn from (at least 64, some of them "
                        + "after a card's second review, are needed to fit the rest)"),
                reviews: reviews, trainingItems: 0)
        }
        if !settings.shortTerm { start.replaceSubrange(17..<20, with: [0, 0, 0]) }
        let weighted = TrainingSet.weighted(training).filter { $0.end + 1 <= settings.maximumSequenceLength }
        var fitted = train(set, weighted, from: start, progress: progress)
        let trained = Dictionary(uniqueKeysWithValues: (1...4).map { ($0, fitted[$0 - 1]) })
        if let smoothed = InitialStability.smoothAndFill(trained, counts: pretrained.counts) {
            fitted.replaceSubrange(0..<4, with: smoothed)
        }
        return Result(parameters: fitted, outcome: .fitted, reviews: reviews, trainingItems: weighted.count)
    }

    /// Adam over the batches, epoch by epoch, in an order shuffled by the seed.
    func train(
        _ set: TrainingSet, _ items: [TrainingSet.Item], from start: [Double], progress: ((Int, Int) -> Void)?
    ) -> [Double] {
        let batches = set.batches(items, size: settings.batchSize)
        let total = Double((items.count / settings.batchSize + 1) * settings.epochs)
        var parameters = start
        var adam = Adam()
        var random = SeededGenerator(seed: settings.seed)
        var step = 0
        var steps: [MemoryTrace.Step] = []
        var slopes: [Double] = []
        for _ in 0..<settings.epochs {
            var order = Array(batches.indices)
            order.shuffle(using: &random)
            for index in order {
                let rate = settings.learningRate * (1 + cos(Double.pi * Double(step) / total)) / 2
                let model = MemoryTrace(parameters: parameters)
                var grad = Self.gradient(model, batches[index], steps: &steps, slopes: &slopes)
                let scored = batches[index].scored
                let scale = settings.regularization * Double(scored) / Double(items.count)
                for i in grad.indices {
                    let delta = parameters[i] - start[i]
                    grad[i] += 2 * delta / (Self.spread[i] * Self.spread[i]) * scale
                }
                if !settings.shortTerm {
                    for i in [0, 1, 2, 3, 17, 18, 19] { grad[i] = 0 }
                }
                adam.step(&parameters, grad, rate: rate)
                clip(&parameters)
                step += 1
                progress?(step, batches.count * settings.epochs)
            }
        }
        return parameters
    }

    /// The summed gradient of a batch; `steps` and `slopes` are scratch reused across batches.
    static func gradient(
        _ model: MemoryTrace, _ batch: TrainingSet.Batch, steps: inout [MemoryTrace.Step], slopes: inout [Double]
    ) -> [Double] {
        var grad = [Double](repeating: 0, count: ParameterBounds.count)
        grad.withUnsafeMutableBufferPointer { buffer in
            _ = model.loss(of: batch, grad: buffer.baseAddress!, steps: &steps, slopes: &slopes)
        }
        return grad
    }

    /// Each parameter into fsrs-rs's training bounds.
    func clip(_ parameters: inout [Double]) {
        for i in parameters.indices {
            let lower = i == 19 && settings.shortTerm ? 0.01 : ParameterBounds.lower[i]
            parameters[i] = min(max(parameters[i], lower), ParameterBounds.upper[i])
        }
    }
}

/// Adam with bias correction (β1 0.9, β2 0.999, ε 1e-8).
struct Adam {
    var m = [Double](repeating: 0, count: ParameterBounds.count)
    var v = [Double](repeating: 0, count: ParameterBounds.count)
    var t = 0

    mutating func step(_ parameters: inout [Double], _ grad: [Double], rate: Double) {
        t += 1
        let first = 1 - pow(0.9, Double(t))
        let second = 1 - pow(0.999, Double(t))
        for i in parameters.indices {
            m[i] = 0.9 * m[i] + 0.1 * grad[i]
            v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i]
            parameters[i] -= rate * (m[i] / first) / ((v[i] / second).squareRoot() + 1e-8)
        }
    }
}

/// SplitMix64: a small seeded generator, the same sequence on every machine (the optimizer's
/// batch order; reproducible fuzz for `Scheduler.review(_:rating:at:using:)`).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
