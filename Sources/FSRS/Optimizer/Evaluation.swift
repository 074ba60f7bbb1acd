import Foundation

/// How well parameters predict review histories, as srs-benchmark and fsrs-rs measure it: the
/// recency-weighted log loss of each item's predicted recall, and RMSE(bins), the weighted root
/// mean square gap between predicted and actual recall over bins of interval, review count and
/// lapses.
public struct Evaluation: Sendable, Hashable {
    public let logLoss: Double
    public let rmseBins: Double
    /// The items scored.
    public let items: Int
}

extension Optimizer {
    /// The log loss and RMSE(bins) of `parameters` on `histories` (every item, recency-weighted
    /// in the order of its review); nil when there is no item to score.
    public static func evaluate(parameters: [Double], on histories: [CardHistory]) -> Evaluation? {
        let set = TrainingSet(histories: histories)
        let items = TrainingSet.weighted(set.items)
        guard !items.isEmpty, parameters.count == ParameterBounds.count else { return nil }
        let model = MemoryTrace(parameters: parameters)
        // Each card's prediction and bin at every position, by one pass over its trace.
        var predictions: [[Double]] = []
        var keys: [[BinKey]] = []
        predictions.reserveCapacity(set.traces.count)
        keys.reserveCapacity(set.traces.count)
        for trace in set.traces {
            var row = [Double](repeating: 0, count: trace.ratings.count)
            var rowKeys = [BinKey](repeating: BinKey(interval: 0, length: 0, lapses: 0), count: trace.ratings.count)
            var s = 0.0
            var d = 0.0
            var longTerm = 0
            var lapses = 0
            for t in trace.ratings.indices {
                let next = model.forward(
                    s: s, d: d, days: Double(trace.elapsed[t]), rating: trace.ratings[t], first: t == 0)
                row[t] = next.step.r
                if trace.elapsed[t] > 0 {
                    longTerm += 1
                    rowKeys[t] = BinKey(days: trace.elapsed[t], longTerm: longTerm, lapses: lapses)
                    if trace.ratings[t] == 1 { lapses += 1 }
                }
                s = next.s
                d = next.d
            }
            predictions.append(row)
            keys.append(rowKeys)
        }
        struct Bin {
            var predicted = 0.0, actual = 0.0, count = 0.0, weight = 0.0

            mutating func add(_ p: Double, _ y: Double, _ w: Double) {
                predicted += p
                actual += y
                count += 1
                weight += w
            }
        }
        var bins: [BinKey: Bin] = [:]
        var loss = 0.0
        var weights = 0.0
        for item in items {
            let p = predictions[item.trace][item.end]
            let y = set.label(item)
            loss += (y * log(p) + (1 - y) * log(1 - p)) * item.weight
            weights += item.weight
            let key = keys[item.trace][item.end]
            bins[key, default: Bin()].add(p, y, item.weight)
        }
        var squares = 0.0
        var binWeights = 0.0
        for bin in bins.values {
            let gap = bin.predicted / bin.count - bin.actual / bin.count
            squares += gap * gap * bin.weight
            binWeights += bin.weight
        }
        let logLoss = -loss / weights
        let rmse = (squares / binWeights).squareRoot()
        guard logLoss.isFinite, rmse.isFinite else { return nil }
        return Evaluation(logLoss: logLoss, rmseBins: rmse, items: items.count)
    }
}

/// fsrs-rs's RMSE bin of an item: its interval, its number of long-term reviews and its lapses
/// before it, each binned on a log scale.
struct BinKey: Hashable {
    let interval: Int
    let length: Int
    let lapses: Int

    init(interval: Int, length: Int, lapses: Int) {
        self.interval = interval
        self.length = length
        self.lapses = lapses
    }

    /// The bin of a review `days` after the previous one, the `longTerm`-th review a day or more
    /// after the previous one, with `lapses` such reviews rated Again before it.
    init(days: Int, longTerm: Int, lapses lapseCount: Int) {
        interval = Int((2.48 * pow(3.62, floor(log(Double(days)) / log(3.62))) * 100).rounded())
        let count = Double(longTerm) + 1
        length = Int((1.99 * pow(1.89, floor(log(count) / log(1.89)))).rounded())
        lapses = lapseCount == 0 ? 0 : Int((1.65 * pow(1.73, floor(log(Double(lapseCount)) / log(1.73)))).rounded())
    }
}

extension Optimizer {
    /// The memory state `parameters` give a card after `history` (its stability and difficulty,
    /// replayed through the optimizer's model), nil for an empty history.
    public static func memoryState(parameters: [Double], after history: CardHistory) -> (
        stability: Double, difficulty: Double
    )? {
        guard !history.reviews.isEmpty, parameters.count == ParameterBounds.count else { return nil }
        let model = MemoryTrace(parameters: parameters)
        let elapsed = history.elapsedDays
        var s = 0.0
        var d = 0.0
        for (t, review) in history.reviews.enumerated() {
            let next = model.forward(
                s: s, d: d, days: Double(elapsed[t]), rating: review.rating.rawValue, first: t == 0)
            s = next.s
            d = next.d
        }
        return (s, d)
    }
}
