import Foundation

/// The FSRS-6 memory model as the optimizer runs it over one card's reviews, with its exact
/// gradient: a forward pass that keeps what each step chose (branch, clamps), then a backward
/// pass through the same choices (reverse-mode differentiation written out). The clamps and
/// branches are fsrs-rs's training model's: stability in 0.001...36500, difficulty in 1...10,
/// a gradient stopped where a clamp is active.
struct MemoryTrace {
    static let stabilityRange = ParameterBounds.minimumStability...ParameterBounds.maximumStability
    static let difficultyRange = ParameterBounds.difficultyRange
    /// Predictions are clamped away from 0 and 1 before the log loss.
    static let probabilityRange = 1e-7...(1 - 1e-7)

    let w: [Double]
    let decay: Double
    let factor: Double
    /// d(factor)/d(decay).
    let factorSlope: Double
    let easyDifficulty: Double
    /// e^w8, e^(w17·w18), and e^(w17·(rating - 3 + w18)) by rating (index rating - 1).
    let recallScale: Double
    let lapseDivisor: Double
    let shortTermScale: [Double]

    init(parameters w: [Double]) {
        self.w = w
        decay = -w[20]
        let c = log(0.9)
        factor = exp(c / decay) - 1
        factorSlope = exp(c / decay) * (-c / (decay * decay))
        easyDifficulty = w[4] - exp(w[5] * 3) + 1
        recallScale = exp(w[8])
        lapseDivisor = exp(w[17] * w[18])
        shortTermScale = (1...4).map { exp(w[17] * (Double($0) - 3 + w[18])) }
    }

    /// The probability of recall after `days` at stability `s`.
    func retrievability(days: Double, stability s: Double) -> Double {
        pow(days / s * factor + 1, decay)
    }

    /// What one step computed, for its backward pass.
    struct Step {
        var stateS = 0.0, stateD = 0.0, lastS = 0.0, lastD = 0.0
        var days = 0.0, rating = 0
        var r = 0.0
        var first = false
        var shortTerm = false, shortRaw = 0.0, shortValue = 0.0, shortRawUsed = false
        var failureRaw = 0.0, failureFloor = 0.0, failureFloorUsed = false
        var preClampS = 0.0, preClampD = 0.0
        /// Powers and exponentials the backward pass needs again: after a recall s^-w9 and
        /// e^((1-R)·w10); after a lapse (s+1)^w13 and w11·d^-w12·e^((1-R)·w14); the logarithms
        /// of the last stability and of the forgetting curve's base.
        var power = 0.0, scale = 0.0, logS = 0.0, logBase = 0.0
    }

    /// One review applied to state (s, d); the step's retrievability is the prediction for it.
    func forward(s: Double, d: Double, days: Double, rating: Int, first: Bool) -> (s: Double, d: Double, step: Step) {
        var step = Step()
        step.stateS = s
        step.stateD = d
        step.days = days
        step.rating = rating
        step.lastS = Self.clamp(s, Self.stabilityRange)
        step.lastD = Self.clamp(d, Self.difficultyRange)
        if first {
            step.first = true
            step.preClampS = w[rating - 1]
            step.preClampD = w[4] - exp(w[5] * Double(rating - 1)) + 1
            return (
                Self.clamp(step.preClampS, Self.stabilityRange), Self.clamp(step.preClampD, Self.difficultyRange),
                step
            )
        }
        let lastS = step.lastS
        let lastD = step.lastD
        let g = Double(rating)
        let base = max(days, 0) / lastS * factor + 1
        step.logBase = log(base)
        step.r = exp(decay * step.logBase)
        step.logS = log(lastS)
        var newS: Double
        if days == 0 {
            step.shortTerm = true
            step.shortRaw = shortTermScale[rating - 1] * exp(-w[19] * step.logS)
            step.shortRawUsed = !(rating >= 2 && step.shortRaw < 1)
            step.shortValue = rating >= 2 ? max(step.shortRaw, 1) : step.shortRaw
            newS = lastS * step.shortValue
        } else if rating == 1 {
            step.power = pow(lastS + 1, w[13])
            step.scale = w[11] * pow(lastD, -w[12]) * exp((1 - step.r) * w[14])
            step.failureRaw = step.scale * (step.power - 1)
            step.failureFloor = lastS / lapseDivisor
            step.failureFloorUsed = step.failureFloor < step.failureRaw
            newS = step.failureFloorUsed ? step.failureFloor : step.failureRaw
        } else {
            let penalty = rating == 2 ? w[15] : 1
            let bonus = rating == 4 ? w[16] : 1
            step.power = exp(-w[9] * step.logS)
            step.scale = exp((1 - step.r) * w[10])
            let growth = recallScale * (11 - lastD) * step.power * (step.scale - 1)
            newS = lastS * (growth * penalty * bonus + 1)
        }
        let nextD = lastD + (10 - lastD) * (-w[6] * (g - 3)) / 9
        step.preClampD = w[7] * (easyDifficulty - nextD) + nextD
        step.preClampS = newS
        return (Self.clamp(newS, Self.stabilityRange), Self.clamp(step.preClampD, Self.difficultyRange), step)
    }

    /// The backward pass of one step: given dL/d(new s), dL/d(new d) and an extra dL/dR (the
    /// step's own prediction scored), adds the parameters' gradients to `grad` and returns
    /// dL/d(s) and dL/d(d) of the state before the step.
    func backward(
        _ c: Step, gS: Double, gD: Double, gR extra: Double, grad: UnsafeMutablePointer<Double>
    ) -> (Double, Double) {
        let gPreS = gS * Self.passes(c.preClampS, Self.stabilityRange)
        var gLastS = 0.0
        var gLastD = 0.0
        var gR = extra
        if c.first {
            grad[c.rating - 1] += gPreS
            let gRawD = gD * Self.passes(c.preClampD, Self.difficultyRange)
            if gRawD != 0 {
                let offset = Double(c.rating - 1)
                grad[4] += gRawD
                grad[5] += gRawD * -offset * exp(offset * w[5])
            }
        } else {
            let s = c.lastS
            let d = c.lastD
            let g = Double(c.rating)
            if gPreS != 0 {
                if c.shortTerm {
                    gLastS += gPreS * c.shortValue
                    if c.shortRawUsed {
                        let scaled = gPreS * s * c.shortRaw
                        grad[17] += scaled * (g - 3 + w[18])
                        grad[18] += scaled * w[17]
                        grad[19] += scaled * -c.logS
                        gLastS += scaled * (-w[19] / s)
                    }
                } else if c.rating == 1 {
                    if c.failureFloorUsed {
                        grad[17] += gPreS * c.failureFloor * -w[18]
                        grad[18] += gPreS * c.failureFloor * -w[17]
                        gLastS += gPreS * c.failureFloor / s
                    } else {
                        let raw = c.failureRaw
                        let power = c.power
                        let scale = c.scale
                        grad[11] += gPreS * raw / w[11]
                        grad[12] += gPreS * raw * -log(d)
                        grad[13] += gPreS * scale * power * log(s + 1)
                        grad[14] += gPreS * raw * (1 - c.r)
                        gLastS += gPreS * scale * w[13] * power / (s + 1)
                        gLastD += gPreS * raw * (-w[12] / d)
                        gR += gPreS * raw * -w[14]
                    }
                } else {
                    let a = recallScale
                    let b = 11 - d
                    let power = c.power
                    let grown = c.scale
                    let e = grown - 1
                    let penalty = c.rating == 2 ? w[15] : 1
                    let bonus = c.rating == 4 ? w[16] : 1
                    let growth = a * b * power * e * penalty * bonus
                    let gGrowth = gPreS * s
                    gLastS += gPreS * (growth + 1) + gGrowth * growth * (-w[9] / s)
                    gLastD += -gGrowth * a * power * e * penalty * bonus
                    gR += gGrowth * a * b * power * penalty * bonus * (-w[10] * grown)
                    grad[8] += gGrowth * growth
                    grad[9] += gGrowth * growth * -c.logS
                    grad[10] += gGrowth * a * b * power * penalty * bonus * (1 - c.r) * grown
                    if c.rating == 2 { grad[15] += gGrowth * a * b * power * e * bonus }
                    if c.rating == 4 { grad[16] += gGrowth * a * b * power * e * penalty }
                }
            }
            // Difficulty: linear damping, then mean reversion to Easy's initial difficulty.
            let gMean = gD * Self.passes(c.preClampD, Self.difficultyRange)
            if gMean != 0 {
                let delta = -w[6] * (g - 3)
                let nextD = d + (10 - d) * delta / 9
                grad[7] += gMean * (easyDifficulty - nextD)
                grad[4] += gMean * w[7]
                grad[5] += gMean * w[7] * -3 * (w[4] + 1 - easyDifficulty)
                let gNext = gMean * (1 - w[7])
                grad[6] += gNext * (10 - d) * -(g - 3) / 9
                gLastD += gNext * (1 - delta / 9)
            }
            gLastS += curveBackward(
                days: max(c.days, 0), stability: s, r: c.r, logBase: c.logBase, gR: gR, grad: grad)
        }
        return (
            gLastS * Self.passes(c.stateS, Self.stabilityRange), gLastD * Self.passes(c.stateD, Self.difficultyRange)
        )
    }

    /// Adds dL/d(w20) of a prediction R(days, s) to `grad`; returns dL/ds.
    func curveBackward(
        days t: Double, stability s: Double, r: Double, logBase: Double? = nil, gR: Double,
        grad: UnsafeMutablePointer<Double>
    ) -> Double {
        guard gR != 0 else { return 0 }
        let base = t / s * factor + 1
        let gS = gR * r * decay / base * (-t * factor / (s * s))
        let dRdDecay = r * ((logBase ?? log(base)) + decay / base * (t / s * factorSlope))
        grad[20] -= gR * dRdDecay
        return gS
    }

    /// The weighted log loss of a prediction and its derivative by the prediction (0 where the
    /// prediction is clamped).
    /// (`lossNeeded` false: the slope only, as training needs; the loss is then 0.)
    static func logLoss(_ raw: Double, label: Double, weight: Double, lossNeeded: Bool = true) -> (
        loss: Double, slope: Double
    ) {
        guard weight != 0 else { return (0, 0) }
        let r = clamp(raw, probabilityRange)
        let loss = lossNeeded ? -(label == 1 ? log(r) : log(1 - r)) * weight : 0
        let slope =
            raw > probabilityRange.lowerBound && raw < probabilityRange.upperBound
            ? -weight * (label / r - (1 - label) / (1 - r)) : 0
        return (loss, slope)
    }

    static func clamp(_ x: Double, _ range: ClosedRange<Double>) -> Double {
        min(max(x, range.lowerBound), range.upperBound)
    }

    /// 1 where a clamp lets the gradient through (inside its range, bounds included), else 0.
    static func passes(_ x: Double, _ range: ClosedRange<Double>) -> Double { range.contains(x) ? 1 : 0 }
}

extension MemoryTrace {
    /// The summed weighted log loss of a batch (each column a card's trace, every item of the
    /// card scored at its position), adding the parameters' gradient to `grad` (21 values) when
    /// given (and then returning 0: training needs the gradient only). `steps` and `slopes` are
    /// scratch buffers reused across batches.
    func loss(
        of batch: TrainingSet.Batch, grad: UnsafeMutablePointer<Double>?, steps: inout [Step], slopes: inout [Double]
    ) -> Double {
        batch.ratings.withUnsafeBufferPointer { ratings in
            batch.elapsed.withUnsafeBufferPointer { elapsed in
                batch.labels.withUnsafeBufferPointer { labels in
                    batch.weights.withUnsafeBufferPointer { weights in
                        var total = 0.0
                        for column in 0..<batch.starts.count - 1 {
                            total += loss(
                                ratings, elapsed, labels, weights, batch.starts[column]..<batch.starts[column + 1],
                                grad: grad, steps: &steps, slopes: &slopes)
                        }
                        return total
                    }
                }
            }
        }
    }

    /// One column's loss (positions `range` of the batch's arrays).
    private func loss(
        _ ratings: UnsafeBufferPointer<Int>, _ elapsed: UnsafeBufferPointer<Double>,
        _ labels: UnsafeBufferPointer<Double>, _ weights: UnsafeBufferPointer<Double>, _ range: Range<Int>,
        grad: UnsafeMutablePointer<Double>?, steps: inout [Step], slopes: inout [Double]
    ) -> Double {
        let wantsGradient = grad != nil
        let first = range.lowerBound
        let last = range.upperBound - 1
        steps.removeAll(keepingCapacity: true)
        slopes.removeAll(keepingCapacity: true)
        var s = 0.0
        var d = 0.0
        var total = 0.0
        for t in first..<last {
            let next = forward(s: s, d: d, days: elapsed[t], rating: ratings[t], first: t == first)
            var slope = 0.0
            if t > first, weights[t] != 0 {
                let scored = Self.logLoss(next.step.r, label: labels[t], weight: weights[t], lossNeeded: !wantsGradient)
                total += scored.loss
                slope = scored.slope
            }
            if wantsGradient {
                steps.append(next.step)
                slopes.append(slope)
            }
            s = next.s
            d = next.d
        }
        let stability = Self.clamp(s, Self.stabilityRange)
        let days = max(elapsed[last], 0)
        let r = retrievability(days: days, stability: stability)
        let scored = Self.logLoss(r, label: labels[last], weight: weights[last], lossNeeded: !wantsGradient)
        total += scored.loss
        guard let grad else { return total }
        var gS = curveBackward(days: days, stability: stability, r: r, gR: scored.slope, grad: grad)
        gS *= Self.passes(s, Self.stabilityRange)
        var gD = 0.0
        for t in stride(from: steps.count - 1, through: 0, by: -1) {
            (gS, gD) = backward(steps[t], gS: gS, gD: gD, gR: slopes[t], grad: grad)
        }
        return total
    }
}
