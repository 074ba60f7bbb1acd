/// Questions across events: which of two came first (`event.earlier`), and the order of three or
/// four (`event.order`). Only events whose dates are certainly ordered at their common precision
/// are compared (`2022` and `2022-06` never are), and never an event whose name is also the name
/// of an event at another date (two "annual summits" in two articles).
///
/// Ownership: an in-model `event.earlier` card belongs to the fact whose id sorts first
/// (`A.earlier.B`, A < B); a cross-model card belongs to this model's event
/// (`A.earlier.B@other-article`); an `event.order` card belongs to its earliest event
/// (`A.order.B.C[.D]`). Such a card changes when either of its events changes.
extension GenerationRun {
    mutating func generateChronology() {
        let foreignAll = others.flatMap { DatedEvent.events(of: $0, article: $0.article.id, languages: languages) }
        let ambiguous = DatedEvent.ambiguousNames(
            DatedEvent.events(of: model, article: nil, languages: languages) + foreignAll)
        let own = DatedEvent.events(of: model, article: nil, languages: languages).filter {
            !ambiguous.contains($0.reference)
        }
        let pairs = max(0, options.earlierPairsPerEvent)
        for index in own.indices {
            // Pairs whose names state their order ("first", "second") give way to the next events.
            let candidates = DatedEvent.successors(of: index, in: own, count: pairs + 8)
            let chosen = candidates.filter {
                Self.isTelling(own[index], own[$0])
                    && OptionGiveaway.orderProblem(marks: [own[index].marks, own[$0].marks]) == nil
            }
            for next in chosen.prefix(pairs) {
                let owner = own[index].fact.id < own[next].fact.id ? own[index] : own[next]
                addEarlier(own[index], own[next], owner: owner)
            }
            addOrder(from: index, in: own)
        }
        let foreign = DatedEvent.sorted(foreignAll.filter { !ambiguous.contains($0.reference) })
        guard !foreign.isEmpty, pairs > 0 else { return }
        for event in own {
            // The nearest foreign event certainly before, and the nearest certainly after.
            let split = foreign.partitionIndex { !($0.date < event.date) }
            if let later = foreign[split...].prefix(64).first(where: { event.date.isCertainlyBefore($0.date) }),
                Self.isTelling(event, later)
            {
                addEarlier(event, later, owner: event)
            }
            if let earlier = foreign[..<split].suffix(64).last(where: { $0.date.isCertainlyBefore(event.date) }),
                Self.isTelling(earlier, event)
            {
                addEarlier(earlier, event, owner: event)
            }
        }
    }

    /// The most years a chronology card spans: events further apart are ordered by common
    /// knowledge, not by the article (the founding treaty of 1949 before a 2014 appointment).
    static let tellingSpanYears = 10

    /// Whether asking which of `first` and `second` came first tells anything: at most
    /// `tellingSpanYears` apart.
    static func isTelling(_ first: DatedEvent, _ second: DatedEvent) -> Bool {
        abs(second.date.year - first.date.year) <= tellingSpanYears
    }

    /// "Which came first": `first` is certainly before `second`.
    private mutating func addEarlier(_ first: DatedEvent, _ second: DatedEvent, owner: DatedEvent) {
        let ownerFact = owner.fact
        let other = first.reference == owner.reference ? second : first
        let id = Self.cardID(ownerFact.id, "earlier", other.reference)
        if let problem = OptionGiveaway.orderProblem(marks: [first.marks, second.marks]) {
            skip(ownerFact.id, .eventEarlier, other.reference, problem)
            return
        }
        let prompt = text { t, _ in t.eventEarlier() }
        add(
            choiceCard(
                id: id, fact: ownerFact, kind: .eventEarlier, prompt: prompt, answer: first.text,
                distractors: [second.text], accept: first.text.allStrings),
            owner: ownerFact.id, entry: other.reference)
    }

    /// "Put in order": the event at `index` and its next certainly-later events, three or four.
    private mutating func addOrder(from index: Int, in events: [DatedEvent]) {
        // The next certainly-later event whose name does not state the order with those chosen.
        var chain = [index]
        while chain.count < 4,
            let next = DatedEvent.successors(of: chain[chain.count - 1], in: events, count: 8).first(where: { next in
                Self.isTelling(events[index], events[next])
                    && OptionGiveaway.orderProblem(marks: (chain + [next]).map { events[$0].marks }) == nil
            })
        {
            chain.append(next)
        }
        guard chain.count >= 3 else { return }
        let ordered = chain.map { events[$0] }
        for (i, a) in ordered.enumerated() {
            for b in ordered[(i + 1)...] where !a.date.isCertainlyBefore(b.date) { return }
        }
        let owner = ordered[0].fact
        let id = Self.cardID(owner.id, "order", ordered.dropFirst().map(\.reference).joined(separator: "."))
        var rng = random(for: id)
        var shown = Array(ordered.indices)
        for _ in 0..<4 where shown == Array(ordered.indices) { shown.shuffle(using: &rng) }
        if shown == Array(ordered.indices) { shown.append(shown.removeFirst()) }
        // accept: the 1-based numbers of the options, earliest first ("2 3 1").
        let positions = ordered.indices.map { original in String(shown.firstIndex(of: original)! + 1) }
        let card = DeckCard(
            id: id, fact: owner.id, kind: QuestionKind.eventOrder.rawValue, format: .order,
            prompt: text { t, _ in t.eventOrder() },
            answer: text { t, l in t.orderAnswer(ordered.map { $0.text[l] ?? "" }) },
            accept: [positions.joined(separator: " ")],
            choices: shown.map { localized(ordered[$0].text) },
            evidence: owner.evidence, tags: [owner.typeName])
        add(card, owner: owner.id, entry: ordered.map(\.reference).joined(separator: "/"))
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for a predicate false then true along the array.
    fileprivate func partitionIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
