/// One deck's card counts as the stats' pass over its cards adds them up.
struct CardFigures {
    /// Cards by state.
    var cards = CardStateCounts()
    /// Learning and review cards due on each forecast day (day 0 with the overdue ones).
    var due = [Int](repeating: 0, count: StatsQuery.forecastDays.count)
    /// The sum of the retrievabilities of active cards with one, in the order they were added
    /// (from the deck's sum so far).
    var retrievabilitySum: Double
    /// How many retrievabilities the sum holds.
    var retrievabilityCards = 0

    /// Figures with no card counted yet, the retrievability sum starting at `retrievabilitySum`.
    init(retrievabilitySum: Double = 0) {
        self.retrievabilitySum = retrievabilitySum
    }

    /// Counts one card (`mature`: the interval in seconds from which a card is mature; `dayStart`
    /// in unix seconds); adds it to `forecast` too when it is due within it.
    mutating func add(_ card: CardSchedule, retired: Bool, mature: Double, dayStart: Double, forecast: inout [Int]) {
        if retired {
            cards.retired += 1
            return
        }
        if card.suspended {
            cards.suspended += 1
            return
        }
        switch card.state {
        case 0: cards.new += 1
        case 1, 3: cards.learning += 1
        case 2 where card.interval < mature: cards.young += 1
        case 2 where card.interval >= mature: cards.mature += 1
        default: break
        }
        if let retrievability = card.retrievability {
            retrievabilitySum += retrievability
            retrievabilityCards += 1
        }
        guard card.state != 0 else { return }
        for day in StatsQuery.forecastDays {
            let upper = card.due < dayStart + Double((day + 1) * 86_400)
            if upper && (day == 0 || card.due >= dayStart + Double(day * 86_400)) {
                due[day] += 1
                forecast[day] += 1
                break
            }
        }
    }
}
