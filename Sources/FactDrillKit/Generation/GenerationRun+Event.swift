/// Event questions about one event: its date and its place.
extension GenerationRun {
    mutating func generateEvent(_ fact: Fact, _ event: Event) {
        let phrase = event.event
        let date = event.date
        let dateID = Self.cardID(fact.id, "date")
        add(
            DeckCard(
                id: dateID, fact: fact.id, kind: QuestionKind.eventDate.rawValue, format: .text,
                prompt: text { t, l in t.eventDate(event: phrase[l] ?? "", precision: date.precision) },
                answer: text { t, _ in t.date(date) }, accept: DateWording.accepted(date),
                evidence: fact.evidence, tags: [fact.typeName]),
            owner: fact.id)

        guard let placeID = event.place else { return }
        guard let place = pool.own(placeID) else {
            skip(fact.id, .eventPlace, placeID, "the place \(placeID) is not an entity of the model")
            return
        }
        let prompt = text { t, l in t.eventPlace(event: phrase[l] ?? "") }
        add(
            entityCard(id: Self.cardID(fact.id, "place"), fact: fact, kind: .eventPlace, prompt: prompt, answer: place),
            owner: fact.id)
    }
}
