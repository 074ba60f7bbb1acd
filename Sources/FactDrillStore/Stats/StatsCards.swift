/// What the stats keep from their one pass over the cards in scope, for the later figures:
/// each card's deck and fact type (the window's answers are counted by them) and the studied
/// cards the hardest are chosen from.
struct StatsCards {
    /// A studied card not retired: a candidate for the hardest cards.
    struct Studied {
        /// The card's row id.
        var id: Int64
        /// Times forgotten.
        var lapses: Int
        /// Reviews.
        var reps: Int
        /// Retrievability now (the SQL expression's value); nil without a stability.
        var retrievability: Double?
    }

    /// The decks and fact types of the cards in scope, each pair once.
    var groups: [(deck: String, type: String)] = []
    /// Each card's index in `groups` (retired cards too), by row id.
    var group: CardIDTable<Int32>
    /// The studied cards (reps > 0) not retired.
    var studied: [Studied] = []

    /// The deck and fact type of card `id`; nil for a card out of scope.
    func deckAndType(of id: Int64) -> (deck: String, type: String)? {
        group[id].map { groups[Int($0)] }
    }

    /// The first `limit` studied cards by most lapses, then lowest retrievability (none last),
    /// then row id: only cards with as many lapses as the `limit`-th are sorted.
    func hardest(limit: Int) -> [Studied] {
        guard limit > 0, !studied.isEmpty else { return [] }
        var byLapses: [Int: Int] = [:]
        for card in studied { byLapses[card.lapses, default: 0] += 1 }
        var threshold = Int.min
        var seen = 0
        for lapses in byLapses.keys.sorted(by: >) {
            seen += byLapses[lapses] ?? 0
            threshold = lapses
            if seen >= limit { break }
        }
        let candidates = studied.filter { $0.lapses >= threshold }
        return Array(candidates.sorted(by: Self.harder).prefix(limit))
    }

    /// The hardest cards' order: most lapses, then lowest retrievability (none last), then id.
    static func harder(_ a: Studied, _ b: Studied) -> Bool {
        if a.lapses != b.lapses { return a.lapses > b.lapses }
        switch (a.retrievability, b.retrievability) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }
}
