/// An event of the model or of another installed model, for chronology questions.
struct DatedEvent: Sendable {
    let fact: Fact
    /// The other model's article id; nil for the model's own events.
    let article: String?
    let date: PartialDate
    let text: LocalizedText
    /// The order words of `text`, found once.
    let marks: OptionGiveaway.OrderMarks

    /// The id of this event as the other end of a cross-fact card: `fact` or `fact@article`.
    var reference: String { article.map { "\(fact.id)@\($0)" } ?? fact.id }

    /// Chronological, then by article and fact id, so that the order never depends on input order.
    static func sorted(_ events: [DatedEvent]) -> [DatedEvent] {
        events.sorted { a, b in
            if a.date != b.date { return a.date < b.date }
            if (a.article ?? "") != (b.article ?? "") { return (a.article ?? "") < (b.article ?? "") }
            return a.fact.id < b.fact.id
        }
    }

    /// The events of `model` named in every language, sorted.
    static func events(of model: ArticleModel, article: String?, languages: [LanguageCode]) -> [DatedEvent] {
        sorted(
            model.facts.compactMap { fact in
                guard case .event(let event) = fact.body,
                    languages.allSatisfy({ (event.event[$0] ?? "").isEmpty == false })
                else { return nil }
                return DatedEvent(
                    fact: fact, article: article, date: event.date, text: event.event,
                    marks: OptionGiveaway.marks(of: event.event))
            })
    }

    /// The references of events that share a normalized name with an event at another date:
    /// "which came first" would not say which of the two is meant.
    static func ambiguousNames(_ events: [DatedEvent]) -> Set<String> {
        var dates: [UInt64: Set<PartialDate>] = [:]
        let keyed = events.map { event in (event, event.text.allStrings.compactMap(WordHashes.key)) }
        for (event, keys) in keyed {
            for key in keys { dates[key, default: []].insert(event.date) }
        }
        return Set(keyed.filter { _, keys in keys.contains { (dates[$0]?.count ?? 0) > 1 } }.map(\.0.reference))
    }

    /// Up to `count` events after `index` in `events` (sorted) that certainly come after it,
    /// looking at most `window` events ahead so that a crowded date stays linear.
    static func successors(of index: Int, in events: [DatedEvent], count: Int, window: Int = 64) -> [Int] {
        var found: [Int] = []
        var next = index + 1
        while next < events.count && next <= index + window && found.count < count {
            if events[index].date.isCertainlyBefore(events[next].date) { found.append(next) }
            next += 1
        }
        return found
    }
}
