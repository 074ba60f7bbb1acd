import Foundation

/// Dated events: a date of the sentence (absolute, or relative and resolved against the
/// publication date) and the event noun phrase nearest to it («قمة فيلنيوس», "the NATO summit"),
/// with its place when the sentence names a city.
extension DraftRun {
    static let eventStops = DraftWord.keySet("مرة للمرة المرة time times التي الذي الذين that which who where when")
    static let purposeStems = DraftWord.keySet("تسريع تعزيز بحث مناقشة دعم تطوير تنسيق توقيع إطلاق متابعة")
    static let englishModifiers = DraftWord.keySet(
        "annual first second third inaugural emergency extraordinary two-day three-day informal special joint bilateral trilateral general presidential parliamentary legislative regional national"
    )

    mutating func readEvents(_ reading: DraftReading, skipping periods: Set<Int>) {
        let words = reading.words
        var taken: Set<Int> = []
        for span in reading.spans {
            guard case .date(let mention) = span.tag, !periods.contains(span.range.lowerBound), !mention.isPeriod else {
                continue
            }
            let dateText = reading.sentence.phrase(span.range)
            guard let date = mention.date else {
                unresolved.append("«\(dateText)» (\(mention.note ?? "unresolved")): \(reading.sentence.text)")
                note(reading, "event", accepted: false, "date «\(dateText)» unresolved: \(mention.note ?? "")")
                continue
            }
            // The headline restates what the article reports (and its «اليوم» is not a date).
            if reading.sentence.index == 0, !reading.sentence.text.hasSuffix("."), sentences.count > 2 {
                note(reading, "event", accepted: false, "date «\(dateText)» is in the headline")
                continue
            }
            if isDateline(reading, span.range) {
                note(reading, "event", accepted: false, "date «\(dateText)» is the date line's, not an event's")
                continue
            }
            if let word = span.range.lowerBound > 0 ? words[span.range.lowerBound - 1] : nil,
                word.reads(Self.boundaryWords)
            {
                note(
                    reading, "event", accepted: false,
                    "date «\(dateText)» bounds a period or compares («\(word.text)»), it dates no event")
                continue
            }
            // "increased from 410 warheads in January 2023 to 500", «تضاعف من 58 وجهة في عام 2006
            // إلى 111»: the date of a figure compared with another is no event's.
            if !mention.relative,
                let number = (max(0, span.range.lowerBound - 4)..<span.range.lowerBound).last(where: { at in
                    // (Not another date: "from 2006 and again from 2012".)
                    (words[at].number != nil || words[at].key.first?.isNumber == true)
                        && reading.span(at: at).map({ span in
                            switch span.tag {
                            case .ordinal, .date: return false
                            default: return true
                            }
                        }) ?? true
                }), number > 0, words[number - 1].reads(DraftWord.keySet("from to من إلى الى"))
            {
                note(
                    reading, "event", accepted: false,
                    "«\(dateText)» dates a figure compared with another, not an event")
                continue
            }
            // «رؤية 2030», «رؤية عُمان 2040», "Vision 2030", «إكسبو 2020»: a year in a name.
            if date.precision == .year, !mention.relative,
                words[max(0, span.range.lowerBound - 2)..<span.range.lowerBound].contains(where: {
                    $0.reads(DraftWord.keySet("رؤية رؤيه إكسبو اكسبو أجندة استراتيجية مئوية Vision Expo Agenda"))
                })
            {
                note(
                    reading, "event", accepted: false,
                    "«\(dateText)» is part of a name («\(reading.sentence.phrase(span.range))»)")
                continue
            }
            // «جائزة نوبل للسلام لعام 2023»: a year the thing is for, not when it happened.
            if ["لعام", "لسنة"].contains(words[span.range.lowerBound].text) {
                note(
                    reading, "event", accepted: false,
                    "«\(dateText)» says what year a thing is for, not an event's date")
                continue
            }
            // Two dates of one sentence on the same day («غداً الأربعاء») make one event.
            if facts.contains(where: { fact in
                guard fact.evidence == reading.sentence.text, case .event(_, let other, _) = fact.body else {
                    return false
                }
                return other == date
            }) {
                continue
            }
            // "QS World University Rankings 2025", «كأس العالم 2030» beside a date to the day: the
            // year names an edition; the other date dates the event.
            if date.precision == .year, !mention.relative, span.range.count == 1, span.range.lowerBound > 0,
                words[span.range.lowerBound - 1].isCapitalized || reading.span(at: span.range.lowerBound - 1) != nil,
                reading.spans.contains(where: { other in
                    if case .date(let m) = other.tag { return m.date?.month != nil }
                    return false
                })
            {
                note(
                    reading, "event", accepted: false,
                    "«\(dateText)» names an edition; the sentence dates its event otherwise")
                continue
            }
            // "a bank founded in 1856", "the canal opened in 1869": a participle right before the
            // date names the event with the noun it follows.
            if span.range.lowerBound >= 3, !words[span.range.lowerBound - 1].isArabic,
                ["in", "on"].contains(words[span.range.lowerBound - 1].lower),
                words[span.range.lowerBound - 2].reads(Self.datedParticiples),
                !reading.sentence.isBreak(before: span.range.lowerBound - 2)
            {
                var start = span.range.lowerBound - 3
                if start > 0, ["a", "an", "the"].contains(words[start - 1].lower),
                    !reading.sentence.isBreak(before: start)
                {
                    start -= 1
                }
                let name = reading.sentence.phrase(start..<span.range.lowerBound - 1)
                let fact = ArticleDraft.Fact(
                    id: "", body: .event(name: [language: name], date: date, place: nil),
                    evidence: reading.sentence.text, rule: "event.participle", confidence: 0.6)
                note(reading, fact.rule, accepted: true, "«\(name)» on \(date) (from «\(dateText)»)")
                add(fact, idFrom: name + " \(date.year)")
                continue
            }
            // The nearest event noun of the date's clause, else of the sentence within a few words.
            // A date put first in its own clause («في عام 2022، حضر …») dates the next one.
            var clause = reading.clause(around: span.range.lowerBound)
            if clause.count - span.range.count <= 2, clause.upperBound < words.count {
                clause = clause.lowerBound..<reading.clause(around: clause.upperBound).upperBound
            }
            let nouns = reading.spans.filter { s in
                guard !taken.contains(s.range.lowerBound) else { return false }
                if case .lexicon(.eventNoun, _) = s.tag { return true }
                // «المنتدى الافتتاحي»: a head noun that is also an event noun.
                if case .lexicon(.organizationHead, _) = s.tag {
                    return words[s.range.lowerBound].variants.contains { lexicon.eventNounWords.contains($0.key) }
                }
                return false
            }
            // The nearest; at equal distance the noun before the date ("the summit of 9-11 July").
            let best = nouns.min { a, b in
                let da = distance(a.range, span.range, clause) + (a.range.lowerBound > span.range.lowerBound ? 1 : 0)
                let db = distance(b.range, span.range, clause) + (b.range.lowerBound > span.range.lowerBound ? 1 : 0)
                return da < db
            }
            guard let noun = best, distance(noun.range, span.range, clause) < 24 else {
                clauseEvent(reading, clause: clause, date: span.range, mention: mention, dateText: dateText)
                continue
            }
            taken.insert(noun.range.lowerBound)
            let phraseRange = eventPhrase(reading, noun.range)
            var name = reading.sentence.phrase(phraseRange)
            if !words[phraseRange.lowerBound].isArabic, name.first?.isUppercase == true,
                words[phraseRange.lowerBound].lower != "the",
                reading.span(at: phraseRange.lowerBound).flatMap(DraftReading.name(of:)) == nil
            {
                name = name.prefix(1).lowercased() + name.dropFirst()
            }
            let place = eventPlace(reading, near: noun.range, date: span.range)
            let sameClause = clause.contains(noun.range.lowerBound)
            var confidence = sameClause ? 0.8 : 0.65
            if mention.relative { confidence -= 0.05 }
            if mention.note != nil { confidence -= 0.15 }
            var fact = ArticleDraft.Fact(
                id: "", body: .event(name: [language: name], date: date, place: place), evidence: reading.sentence.text,
                rule: mention.relative ? "event.relative-date" : "event.date", confidence: confidence)
            if let why = mention.note { fact.notes.append("«\(dateText)»: \(why)") }
            if mention.relative { fact.notes.append("«\(dateText)» read as \(date)") }
            note(reading, fact.rule, accepted: true, "«\(name)» on \(date) (from «\(dateText)»)")
            add(fact, idFrom: name + " \(date.year)")
        }
    }

    /// Words of an amount after a figure: "3 million", «111.1 مليار».
    static let amountWords = DraftWord.keySet(
        "million billion trillion mn bn tons tonnes barrels bpd مليون مليار تريليون ملايين مليارات طن برميل")
    /// Verbs of a quantity reached or changed.
    static let quantityVerbs = DraftWord.keySet(
        "sold shipped pumped produced gained rose fell grew jumped climbed dropped reached earned posted totalled totaled"
            + " بلغ بلغت ارتفع ارتفعت انخفض انخفضت تراجع تراجعت حقق حققت باع باعت سجل سجلت نما نمت")

    /// Participles that a date completes: "founded in 1856".
    static let datedParticiples = DraftWord.keySet(
        "founded established built opened born signed launched completed created formed inaugurated")

    static let forecastWords = DraftWord.keySet(
        "forecast forecasts projected projections projection expect expects يتوقع تتوقع توقعات توقع المتوقع")

    /// Verbs of ranking: a dated clause with one and an ordinal states a rank, not an event.
    static let rankingVerbsForEvents = DraftWord.keySet(
        "حلت حل حلّ جاءت جاء احتلت احتل ranked ranks placed came finished slipped climbed fell rose")

    /// A dated clause with no event noun: the event is the clause as written (without its date),
    /// for the analyst to make a noun phrase of. Left out when it states a figure rather than a
    /// happening ("spending rose 9.4% last year") or has no verb to speak of.
    private mutating func clauseEvent(
        _ reading: DraftReading, clause: Range<Int>, date: Range<Int>, mention: DateMention, dateText: String
    ) {
        let words = reading.words
        guard let resolved = mention.date else { return }
        // The date and the preposition right before it ("from 14 October 2010 until …").
        var dropped = date
        if date.lowerBound > clause.lowerBound, words[date.lowerBound - 1].reads(Self.datePrepositions) {
            dropped = date.lowerBound - 1..<date.upperBound
        }
        var kept = clause.filter { !dropped.contains($0) }
        // Drop a leading conjunction or preposition left by the date («ففي يونيو الماضي، …»).
        while let first = kept.first, words[first].reads(Self.leadingWords) { kept.removeFirst() }
        while let last = kept.last, words[last].reads(Self.leadingWords) { kept.removeLast() }
        guard kept.count >= 3 else {
            note(
                reading, "event", accepted: false,
                "date «\(dateText)» (\(resolved)): no event noun, and its clause is too short to name one")
            return
        }
        // (Not from a score's second number, which a hyphen cut from the first: «1-1 مساء اليوم».)
        if let first = kept.first, (words[first].number ?? 100) < 100, first > 0, words[first].before.contains("-"),
            (words[first - 1].number ?? 100) < 100
        {
            kept.removeFirst()
        }
        if kept.contains(where: {
            words[$0].before.contains("%") || words[$0].text.contains("%") || words[$0].key == "percent"
        })
            || words[clause].contains(where: { $0.text.hasSuffix("%") || $0.key == "المائه" || $0.key == "بالمئه" })
        {
            note(
                reading, "event", accepted: false,
                "date «\(dateText)» (\(resolved)): its clause states a figure, not an event")
            return
        }
        // ("BYD sold just over 3 million so-called new-energy vehicles last year", «إذ بلغ صافي
        // أرباحها 111.1 مليار دولار»: an amount over a year or a month, with a verb of quantity, is
        // a figure too; not one on a day ("Arm sold 95.5 million shares on Wednesday") nor one
        // reported («أعلن … أن الإنفاق … بلغ»: the announcement is the event).
        let amount = kept.contains { at in
            (words[at].number != nil || words[at].key.first?.isNumber == true) && at + 1 < words.count
                && words[at + 1].reads(Self.amountWords)
        }
        if amount, resolved.precision != .day, kept.contains(where: { words[$0].reads(Self.quantityVerbs) }),
            !kept.contains(where: { words[$0].reads(DraftWord.keySet("أعلن أعلنت announced said قال قالت أفاد")) })
        {
            note(
                reading, "event", accepted: false,
                "date «\(dateText)» (\(resolved)): its clause states an amount, not an event")
            return
        }
        // ("The Indian economy is forecast to grow more than 7% this year", «يتوقع الصندوق أن ينمو
        // الاقتصاد 3% العام المقبل»: what a forecast is for is no event; when it was made is.)
        // ("US production is expected to grow more slowly": a figure expected; not "the vote is
        // expected on Sunday", a scheduled event.)
        let expectedFigure = clause.contains { at in
            at + 2 < words.count && words[at].lower == "expected" && words[at + 1].lower == "to"
                && words[at + 2].reads(DraftWord.keySet("grow rise fall increase decline slow drop climb reach"))
        }
        if words[clause].contains(where: { $0.reads(Self.forecastWords) }) || expectedFigure, let published,
            resolved >= published.truncated(to: min(resolved.precision, published.precision))
        {
            note(reading, "event", accepted: false, "date «\(dateText)» (\(resolved)): its clause is a forecast")
            return
        }
        // («بعدما حلت ثانية في قائمة العام الماضي»: a rank in a year's list is the ranking's.)
        if kept.contains(where: { at in
            if case .ordinal = reading.span(at: at)?.tag { return words[at].isArabic || words[at].key != "first" }
            return false
        }), kept.contains(where: { words[$0].reads(Self.rankingVerbsForEvents) }) {
            note(reading, "event", accepted: false, "date «\(dateText)» (\(resolved)): its clause states a rank")
            return
        }
        let text = kept.map { words[$0].text }.joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: "\"«»“”,،"))
        var confidence = 0.5
        if mention.note != nil { confidence -= 0.1 }
        var fact = ArticleDraft.Fact(
            id: "", body: .event(name: [language: text], date: resolved, place: nil), evidence: reading.sentence.text,
            rule: "event.clause", confidence: confidence)
        fact.notes.append("the event is its clause as written: make it a noun phrase")
        if let why = mention.note { fact.notes.append("«\(dateText)»: \(why)") }
        if mention.relative { fact.notes.append("«\(dateText)» read as \(resolved)") }
        note(
            reading, fact.rule, accepted: true,
            "«\(text)» on \(resolved) (from «\(dateText)»; no event noun: the clause)")
        add(fact, idFrom: String(text.prefix(40)) + " \(resolved.year)")
    }

    /// Whether a date is the article's date line ("STOCKHOLM, April 28 (Reuters) -", a line that
    /// is only a date, «القاهرة - 5 مارس 2024»), not an event's.
    private func isDateline(_ reading: DraftReading, _ date: Range<Int>) -> Bool {
        let words = reading.words
        guard reading.sentence.index <= 2 else { return false }
        // A header line: short, with no full stop («الرباط - 9 سبتمبر 2023», "Tue 30 Jan 2024 00.01 GMT").
        if words.count <= 9, !reading.sentence.text.hasSuffix(".") { return true }
        guard date.lowerBound <= 4 else { return false }
        let after = words[date.upperBound..<min(words.count, date.upperBound + 3)]
        return after.contains { $0.before.contains("(") || $0.before.contains("-") || $0.before.contains(":") }
            || date.upperBound < words.count && words[date.upperBound].before.contains(where: { "-–—:(".contains($0) })
    }

    /// Words before a date that make it a bound, not the date of a happening.
    static let boundaryWords = DraftWord.keySet(
        "since until till by منذ حتى بحلول لعام لسنة for than عن مقارنة compared")
    static let datePrepositions = DraftWord.keySet("from on in at في منذ من اعتبارا")
    static let leadingWords = DraftWord.keySet("اعتبارا " + "في و ف ثم on in at and but وفي ففي خلال then")
}
