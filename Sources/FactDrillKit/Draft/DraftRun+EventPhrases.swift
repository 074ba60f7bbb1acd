import Foundation

/// An event's noun phrase and place as a model writes them, and how near a noun is to its date.
extension DraftRun {
    /// Words between two ranges, doubled when the noun is outside the date's clause.
    func distance(_ noun: Range<Int>, _ date: Range<Int>, _ clause: Range<Int>) -> Int {
        let gap =
            noun.lowerBound >= date.upperBound ? noun.lowerBound - date.upperBound : date.lowerBound - noun.upperBound
        return clause.contains(noun.lowerBound) && clause.contains(noun.upperBound - 1) ? gap : 2 * gap + 10
    }

    /// The event's noun phrase: the noun and its complements up to a break, a preposition, a
    /// relative pronoun, a date or a purpose («لتسريع»); English modifiers before it ("the
    /// inaugural NATO summit") and "of/on/between …" after it. At most 9 words.
    func eventPhrase(_ reading: DraftReading, _ noun: Range<Int>) -> Range<Int> {
        let words = reading.words
        var start = noun.lowerBound
        var end = noun.upperBound
        if words[start].isArabic {
            while end < words.count, end - start < 9, !reading.sentence.isBreak(before: end) {
                let word = words[end]
                if DraftNames.arabicStops.contains(word.key) || word.reads(Self.eventStops) { break }
                if let span = reading.span(at: end) {
                    if case .date = span.tag { break }
                    if case .ordinal = span.tag { break }
                    if case .lexicon(.attribution, _) = span.tag { break }
                    if case .lexicon(.eventNoun, _) = span.tag { break }
                }
                if word.text.hasPrefix("ل"),
                    word.variants.contains(where: { $0.stemmed && Self.purposeStems.contains($0.key) })
                {
                    break
                }
                end += 1
            }
            // «المقرر انعقاده»: a participle after the noun is not part of its name.
            return start..<end
        }
        while start > 0, !reading.sentence.isBreak(before: start) {
            let previous = words[start - 1]
            if previous.lower == "the" {
                start -= 1
                break
            }
            if previous.isCapitalized || previous.reads(Self.englishModifiers) || previous.number != nil {
                if case .date = reading.span(at: start - 1)?.tag { break }
                start -= 1
                continue
            }
            break
        }
        let joins = DraftWord.keySet("of on between and")
        while end + 1 < words.count, end - start < 9, !reading.sentence.isBreak(before: end), words[end].reads(joins) {
            var next = end + 1
            if words[next].lower == "the", next + 1 < words.count { next += 1 }
            guard words[next].isCapitalized || reading.span(at: next).flatMap(DraftReading.name(of:)) != nil else {
                break
            }
            if case .date = reading.span(at: next)?.tag { break }
            end = next + 1
            while end < words.count, words[end].isCapitalized, !reading.sentence.isBreak(before: end) {
                if case .date = reading.span(at: end)?.tag { break }
                end += 1
            }
        }
        return start..<end
    }

    /// The city where the event took place: one named in the event's phrase, right after it
    /// ("in Vilnius", «في ليتوانيا»), or after a verb of holding («عُقدت في مدريد», "held in").
    mutating func eventPlace(_ reading: DraftReading, near noun: Range<Int>, date: Range<Int>) -> String? {
        let words = reading.words
        let phrase = eventPhrase(reading, noun)
        let held = DraftWord.keySet("عقدت عقد انعقدت انعقد تعقد يعقد استضافت استضاف held hosted")
        for span in reading.spans {
            guard case .lexicon(.place, _) = span.tag else { continue }
            let at = span.range.lowerBound
            if phrase.contains(at) { return entity(of: span) }
            if at >= phrase.upperBound, at - phrase.upperBound <= 2,
                words[phrase.upperBound..<at].allSatisfy({ $0.reads(DraftWord.keySet("في in at")) })
            {
                return entity(of: span)
            }
            if at >= noun.upperBound, words[noun.upperBound..<at].suffix(3).contains(where: { $0.reads(held) }) {
                return entity(of: span)
            }
        }
        return nil
    }
}
