/// Event questions about one event: its date and its place.
extension GenerationRun {
    /// Nouns of events that are things said or written: where they were said is not worth drilling.
    static let statementWords = PhraseList([
        "remarks", "remark", "statement", "statements", "said", "says", "interview", "report", "publication",
        "press conference", "press briefing", "briefing", "speech", "op-ed", "article", "testimony", "tweet",
        "تصريحات", "تصريح", "بيان", "مقابلة", "تقرير", "مؤتمر صحفي", "إحاطة", "كلمة", "خطاب", "مقال", "نشر",
    ])

    mutating func generateEvent(_ fact: Fact, _ event: Event) {
        let phrase = event.event
        // Two events of the model with one name: "when did X take place?" would have two answers.
        if let twin = sameSubject.namesake(of: fact, event) {
            for kind in [QuestionKind.eventDate, .eventPlace] where kind == .eventDate || event.place != nil {
                skip(
                    fact.id, kind, nil,
                    "the event \(twin) has the same name: the question would have two right answers; "
                        + "name the two events apart in the model")
            }
            return
        }
        let date = Self.askedDate(event.date, evidence: fact.evidence, explicit: fact.asks(.eventDate))
        let planned = model.article.published.map { $0.isCertainlyBefore(event.date) } ?? false
        let dateID = Self.cardID(fact.id, "date")
        add(
            DeckCard(
                id: dateID, fact: fact.id, kind: QuestionKind.eventDate.rawValue, format: .text,
                prompt: text { t, l in t.eventDate(event: phrase[l] ?? "", precision: date.precision, planned: planned)
                },
                answer: text { t, _ in t.date(date) }, accept: DateWording.accepted(date),
                evidence: fact.evidence, tags: [fact.typeName]),
            owner: fact.id)

        guard let placeID = event.place else { return }
        // English first: the reason then quotes a word as written, not in its normalized Arabic form.
        let phrases = (phrase["en"].map { [$0] } ?? []) + phrase.allStrings
        if !fact.asks(.eventPlace), let word = phrases.lazy.compactMap(Self.statementWords.firstMatch).first {
            skip(
                fact.id, .eventPlace, placeID,
                "a statement (“\(word)”): where it was said is not asked unless ask: names place")
            return
        }
        guard let place = pool.own(placeID) else {
            skip(fact.id, .eventPlace, placeID, "the place \(placeID) is not an entity of the model")
            return
        }
        let prompt = text { t, l in t.eventPlace(event: phrase[l] ?? "", planned: planned) }
        add(
            entityCard(id: Self.cardID(fact.id, "place"), fact: fact, kind: .eventPlace, prompt: prompt, answer: place),
            owner: fact.id)
    }

    /// The date to ask: no finer than the evidence states it. A day-precision date whose day number
    /// is not in the evidence is asked at month precision; a month-precision date whose month is
    /// not named in it (by name or number), at year precision. Without evidence, or when `ask:`
    /// names the date, the model's precision.
    static func askedDate(_ date: PartialDate, evidence: String?, explicit: Bool) -> PartialDate {
        guard let evidence, !explicit, let month = date.month else { return date }
        let tokens = PhraseList.tokens(evidence)
        if let day = date.day {
            return tokens.contains { Int($0) == day } ? date : date.truncated(to: .month)
        }
        let monthNamed = tokens.indices.contains { index in
            let word = WordKey(String(tokens[index]))
            if MonthNames.single[word] == month { return true }
            guard index + 1 < tokens.count else { return false }
            return MonthNames.pairs[word]?[WordKey(String(tokens[index + 1]))] == month
        }
        return monthNamed || tokens.contains { Int($0) == month } ? date : date.truncated(to: .year)
    }
}
