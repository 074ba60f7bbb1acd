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
        /// `elapsed` as the model reads it.
        let days: [Double]
        /// By position: the reviews a day or more after the previous one, up to it.
        let longTermCounts: [Int]
        /// The days before the card's first long-term review (0 if none).
        let firstLongTermElapsed: Int

        init(cardID: Int64, ratings: [Int], elapsed: [Int]) {
            self.cardID = cardID
            self.ratings = ratings
            self.elapsed = elapsed
            days = elapsed.map(Double.init)
            var counts = [Int](repeating: 0, count: elapsed.count)
            var count = 0
            for (index, days) in elapsed.enumerated() {
                if days > 0 { count += 1 }
                counts[index] = count
            }
            longTermCounts = counts
            firstLongTermElapsed = elapsed.first { $0 > 0 } ?? 0
        }
    }

    /// One item: the card's reviews up to `end` (inclusive); `end` is the review to predict.
    struct Item {
        let trace: Int
        let end: Int
        let time: Double
        let cardID: Int64
        var weight = 1.0
    }

    /// Cards' items grouped for one gradient step: each card's trace up to its last item, laid
    /// end to end (column c at `starts[c]..<starts[c + 1]`), with the label and weight of the
    /// item ending at each position (weight 0: not scored).
    struct Batch {
        var ratings: [Int] = []
        var elapsed: [Double] = []
        var labels: [Double] = []
        var weights: [Double] = []
        var starts: [Int] = [0]
        /// Items scored.
        var scored = 0

        mutating func append(_ trace: Trace, items: [Item], label: (Item) -> Double) {
            let offset = ratings.count
            let length = items.last!.end + 1
            ratings.append(contentsOf: trace.ratings[0..<length])
            elapsed.append(contentsOf: trace.days[0..<length])
            labels.append(contentsOf: repeatElement(0, count: length))
            weights.append(contentsOf: repeatElement(0, count: length))
            for item in items {
                labels[offset + item.end] = label(item)
                weights[offset + item.end] = item.weight
            }
            starts.append(ratings.count)
            scored += items.count
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
                items.append(Item(trace: index, end: end, time: history.reviews[end].time, cardID: history.cardID))
            }
        }
        self.traces = traces
        self.items = items.sorted { a, b in
            if a.time != b.time { return a.time < b.time }
            if a.cardID != b.cardID { return a.cardID < b.cardID }
            return a.end < b.end
        }
    }

    /// The number of reviews a day or more after the previous one, up to `item`'s end.
    func longTermCount(_ item: Item) -> Int {
        traces[item.trace].longTermCounts[item.end]
    }

    /// The first rating and the days before the first long-term review of `item`'s card.
    func firstLongTerm(_ item: Item) -> (rating: Int, elapsed: Int) {
        (traces[item.trace].ratings[0], traces[item.trace].firstLongTermElapsed)
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
    func batches(_ items: [Item], size: Int) -> [Batch] {
        // Each card's items (by trace, in O(n)); cards in the order of their ids, then (stably) of
        // their longest item.
        var byTrace = [[Item]](repeating: [], count: traces.count)
        for item in items { byTrace[item.trace].append(item) }
        let cards = traces.indices.filter { !byTrace[$0].isEmpty }
            .sorted { traces[$0].cardID < traces[$1].cardID }
            .map { trace in byTrace[trace].sorted { $0.end < $1.end } }
            .enumerated().sorted { a, b in
                a.element.last!.end != b.element.last!.end
                    ? a.element.last!.end < b.element.last!.end : a.offset < b.offset
            }.map(\.element)
        var batches: [Batch] = []
        var current = Batch()
        for card in cards {
            if current.scored > 0, current.scored + card.count > size {
                batches.append(current)
                current = Batch()
            }
            current.append(traces[card[0].trace], items: card, label: label)
        }
        if current.scored > 0 { batches.append(current) }
        return batches
    }
}
