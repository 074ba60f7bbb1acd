import Foundation

/// The initial stabilities (w0-w3) pretrained as fsrs-rs does before gradient descent: per first
/// rating, the stability whose forgetting curve best fits the recall at the first long-term
/// review (log loss weighted by count, Laplace-smoothed toward the average recall, with a small
/// pull toward the default), found by ternary search; then ordered and filled in for ratings
/// never seen.
enum InitialStability {
    static let searchRange = ParameterBounds.minimumStability...100.0

    /// The four stabilities and the number of first reviews per rating, or nil when no item
    /// has a first long-term review.
    static func pretrain(_ set: TrainingSet, items: [TrainingSet.Item], averageRecall: Double) -> (
        stabilities: [Double], counts: [Int: Int]
    )? {
        // first rating → days before the first long-term review → recalled (1) or not (0)
        var groups: [Int: [Int: [Double]]] = [:]
        for item in items where set.longTermCount(item) == 1 {
            let first = set.firstLongTerm(item)
            groups[first.rating, default: [:]][first.elapsed, default: []].append(set.label(item))
        }
        var counts: [Int: Int] = [:]
        var fitted: [Int: Double] = [:]
        for (rating, byDays) in groups {
            let points = byDays.keys.sorted().map { days -> (days: Double, recall: Double, count: Double) in
                let labels = byDays[days]!
                let count = Double(labels.count)
                let recall = labels.reduce(0, +) / count
                return (Double(days), (recall * count + averageRecall) / (count + 1), count)
            }
            counts[rating] = Int(points.reduce(0) { $0 + $1.count })
            fitted[rating] = search(points, default: ParameterBounds.defaults[rating - 1])
        }
        guard let stabilities = smoothAndFill(fitted, counts: counts) else { return nil }
        return (stabilities, counts)
    }

    /// The stability minimizing the points' loss (ternary search, as fsrs-rs).
    static func search(_ points: [(days: Double, recall: Double, count: Double)], default initial: Double) -> Double {
        let decay = -ParameterBounds.defaults[20]
        let factor = pow(0.9, 1 / decay) - 1
        func loss(_ s: Double) -> Double {
            var total = 0.0
            for point in points {
                let predicted = pow(point.days / s * factor + 1, decay)
                total -= (point.recall * log(predicted) + (1 - point.recall) * log(1 - predicted)) * point.count
            }
            return total + abs(s - initial) / 16
        }
        var low = searchRange.lowerBound
        var high = searchRange.upperBound
        var best = initial
        var iterations = 0
        while high - low > Double.ulpOfOne, iterations < 1000 {
            iterations += 1
            let first = low + (high - low) / 3
            let second = high - (high - low) / 3
            if loss(first) < loss(second) { high = second } else { low = first }
            best = (high + low) / 2
        }
        return best
    }

    /// Orders the stabilities by rating (a lower rating never has the higher stability: the
    /// better-counted one wins), fills in ratings never seen from the ones seen (fsrs-rs's
    /// power-law interpolation), and clamps them to 0.001...100. Nil when no rating was seen.
    static func smoothAndFill(_ fitted: [Int: Double], counts: [Int: Int]) -> [Double]? {
        var values = fitted.filter { counts[$0.key] != nil }
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            guard let low = values[small], let high = values[big], low > high else { continue }
            if counts[small]! > counts[big]! { values[big] = low } else { values[small] = high }
        }
        let w1 = 0.41
        let w2 = 0.54
        var r: [Double?] = [nil, values[1], values[2], values[3], values[4]]
        switch values.count {
        case 0:
            return nil
        case 1:
            let (rating, value) = values.first!
            let scale = value / ParameterBounds.defaults[rating - 1]
            r = [nil] + ParameterBounds.defaults[0..<4].map { $0 * scale }.sorted()
        case 2:
            switch (r[1], r[2], r[3], r[4]) {
            case (nil, nil, let r3?, let r4?):
                let r2 = pow(r3, 1 / (1 - w2)) * pow(r4, 1 - 1 / (1 - w2))
                r[2] = r2
                r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, nil, let r4?):
                let r3 = pow(r2, 1 - w2) * pow(r4, w2)
                r[3] = r3
                r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, let r3?, nil):
                r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
                r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (let r1?, nil, nil, let r4?):
                let k = w1 + w2 - w1 * w2
                r[2] = pow(r1, w1 / k) * pow(r4, 1 - w1 / k)
                r[3] = pow(r1, 1 - w2 / k) * pow(r4, w2 / k)
            case (let r1?, nil, let r3?, nil):
                let r2 = pow(r1, w1) * pow(r3, 1 - w1)
                r[2] = r2
                r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            case (let r1?, let r2?, nil, nil):
                let r3 = pow(r1, 1 - 1 / (1 - w1)) * pow(r2, 1 / (1 - w1))
                r[3] = r3
                r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default: break
            }
        case 3:
            switch (r[1], r[2], r[3], r[4]) {
            case (nil, let r2?, let r3?, _): r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (let r1?, nil, let r3?, _): r[2] = pow(r1, w1) * pow(r3, 1 - w1)
            case (_, let r2?, nil, let r4?): r[3] = pow(r2, 1 - w2) * pow(r4, w2)
            case (_, let r2?, let r3?, nil): r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default: break
            }
        default:
            break
        }
        let filled = r.dropFirst().compactMap { $0 }
        guard filled.count == 4 else { return nil }
        return filled.map { MemoryTrace.clamp($0, searchRange) }
    }
}
