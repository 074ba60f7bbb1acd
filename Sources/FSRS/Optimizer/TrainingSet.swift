import Foundation

/// The training items of a set of card histories, as fsrs-rs builds them: one item per review a
/// day or more after the previous one (the card's reviews up to it), ordered by that review's
/// time, weighted by recency, with fsrs-rs's outlier filter applied.
struct TrainingSet {
    /// One card's reviews as numbers.
    struct Trace {
        let cardID: Int64
        let ratings: [Int]
        let elapsed: [Int]
    }

    /// One item: the card's reviews up to `end` (inclusive); `end` is the review to predict.
    struct Item {
        let trace: Int
        let end: Int
        let time: Double
        var weight = 1.0
    }

    /// A card's items in one batch column: the trace up to `length`, the positions scored.
    struct Column {
        let trace: Int
        let length: Int
        /// Items scored (the positions with a weight).
        let scored: Int
        /// By position: whether the review was recalled, and its item's weight (0: not scored).
        let labels: [Double]
        let weights: [Double]

        init(trace: Int, items: [Item], label: (Item) -> Double) {
            self.trace = trace
            length = items.last!.end + 1
            scored = items.count
            var labels = [Double](repeating: 0, count: length)
            var weights = [Double](repeating: 0, count: length)
            for item in items {
                labels[item.end] = label(item)
                weights[item.end] = item.weight
            }
            self.labels = labels
            self.weights = weights
        }
    }

    let traces: [Trace]
    /// Every item, oldest last review first.
    let items: [Item]

    init(histories: [CardHistory]) {
        var traces: [Trace] = []
        var items: [Item] = []
        for history in histories where !history.reviews.isEmpty {
            let elapsed = history.elapsedDays
            let index = traces.count
            traces.append(
                Trace(cardID: history.cardID, ratings: history.reviews.map(\.rating.rawValue), elapsed: elapsed))
            for end in elapsed.indices.dropFirst() where elapsed[end] > 0 {
                items.append(Item(trace: index, end: end, time: history.reviews[end].time))
            }
        }
        self.traces = traces
        self.items = items.sorted { a, b in
            if a.time != b.time { return a.time < b.time }
            if traces[a.trace].cardID != traces[b.trace].cardID {
                return traces[a.trace].cardID < traces[b.trace].cardID
            }
            return a.end < b.end
        }
    }

    /// The number of reviews a day or more after the previous one, up to `item`'s end.
    func longTermCount(_ item: Item) -> Int {
        traces[item.trace].elapsed[0...item.end].filter { $0 > 0 }.count
    }

    /// The first rating and the days before the first long-term review of `item`'s card.
    func firstLongTerm(_ item: Item) -> (rating: Int, elapsed: Int) {
        let trace = traces[item.trace]
        return (trace.ratings[0], trace.elapsed.first { $0 > 0 } ?? 0)
    }

    /// Whether the review `item` predicts was recalled (rated above Again).
    func label(_ item: Item) -> Double { traces[item.trace].ratings[item.end] > 1 ? 1 : 0 }

    /// fsrs-rs's outlier filter: per first rating, the rarest intervals before the first
    /// long-term review (5% of the cards, at least 20) and intervals over 100 days (365 after
    /// Easy) are dropped, with every item of their cards. Returns the items that pretrain the
    /// initial stabilities (one per card kept) and the training items.
    func filtered() -> (initialization: [Item], training: [Item]) {
        var groups: [Int: [Int: [Int]]] = [:]
        for (index, item) in items.enumerated() where longTermCount(item) == 1 {
            let first = firstLongTerm(item)
            groups[first.rating, default: [:]][first.elapsed, default: []].append(index)
        }
        var removed: [Int: Set<Int>] = [:]
        var kept: [Int] = []
        for rating in groups.keys.sorted() {
            // Smallest groups first; among groups of one size, the shortest interval first.
            let subgroups = groups[rating]!.sorted { a, b in
                a.value.count != b.value.count ? a.value.count < b.value.count : a.key < b.key
            }
            let total = subgroups.reduce(0) { $0 + $1.value.count }
            var dropped = 0
            for (elapsed, members) in subgroups {
                if dropped + members.count >= max(20, total / 20) {
                    if members.count >= 6, elapsed <= (rating != 4 ? 100 : 365) {
                        kept.append(contentsOf: members)
                    } else {
                        removed[rating, default: []].insert(elapsed)
                    }
                } else {
                    dropped += members.count
                    removed[rating, default: []].insert(elapsed)
                }
            }
        }
        let training = items.filter { item in
            let first = firstLongTerm(item)
            return removed[first.rating]?.contains(first.elapsed) != true
        }
        return (kept.map { items[$0] }, training)
    }

    /// Recency weights (0.25 for the oldest item to 1 for the newest, cubic), as fsrs-rs gives them.
    static func weighted(_ items: [Item]) -> [Item] {
        let span = max(Double(items.count) - 1, 1)
        return items.enumerated().map { index, item in
            var weighted = item
            weighted.weight = 0.25 + 0.75 * pow(Double(index) / span, 3)
            return weighted
        }
    }

    /// The items grouped by card into batch columns of at most `size` scored reviews, cards with
    /// the shortest traces first (fsrs-rs's windowed batches).
    func batches(_ items: [Item], size: Int) -> [[Column]] {
        var byCard: [Int64: [Item]] = [:]
        for item in items { byCard[traces[item.trace].cardID, default: []].append(item) }
        let cards = byCard.keys.sorted().map { id in byCard[id]!.sorted { $0.end < $1.end } }
            .enumerated().sorted { a, b in
                a.element.last!.end != b.element.last!.end
                    ? a.element.last!.end < b.element.last!.end : a.offset < b.offset
            }.map(\.element)
        var batches: [[Column]] = []
        var current: [Column] = []
        var predictions = 0
        for card in cards {
            if !current.isEmpty, predictions + card.count > size {
                batches.append(current)
                current = []
                predictions = 0
            }
            predictions += card.count
            current.append(Column(trace: card[0].trace, items: card, label: label))
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}
