import Foundation

/// The organization or nationality written after a post («وزير الخارجية السعودي», «الأمين العام
/// لحلف الناتو», "chief executive of Nvidia").
extension DraftRun {
    /// An organization or country right after a post: a nationality adjective, «لحلف الناتو»,
    /// «في ORG», "of/at the ORG".
    mutating func organizationAfter(_ reading: DraftReading, at index: Int) -> (id: String, range: Range<Int>)? {
        let words = reading.words
        // («رئيس "آفاد" يونس سزر»: an opening quote mark is no break here.)
        let quoted =
            index < words.count && words[index].before.contains(where: { "\"«“".contains($0) })
            && words[index].before.allSatisfy({ $0.isWhitespace || "\"«“".contains($0) })
        guard index < words.count, !reading.sentence.isBreak(before: index) || quoted else { return nil }
        var start = index
        // «الرئيس التنفيذي لـ«وولمارت»»: «لـ» written apart.
        if words[start].text == "لـ", start + 1 < words.count { start += 1 }
        // «زعيم حزب "فرنسا الأبية"»: a quoted name after a head noun is the organization's name.
        if words[start].before.contains(where: { "\"«“".contains($0) }) {
            var close = start + 1
            while close < words.count, close - start < 6, !words[close].before.contains(where: { "\"»”".contains($0) })
            {
                close += 1
            }
            if close < words.count || close == words.count, close - start <= 5, close > start {
                let quoted = start..<min(close, words.count)
                if close < words.count || words.count - start <= 5 {
                    return (
                        book.add(text: reading.sentence.phrase(quoted), type: .organization), index..<quoted.upperBound
                    )
                }
            }
        }
        if words[start].reads(Self.orgPrepositions) && !words[start].isArabic
            || DraftNames.arabicStops.contains(words[start].key) && words[start].reads(Self.orgPrepositions)
        {
            start += 1
            if start < words.count, words[start].lower == "the" { start += 1 }
        }
        if start < words.count, words[start].lower == "the", start + 1 < words.count { start += 1 }
        guard start < words.count, !(start > index && reading.sentence.isBreak(before: start)) else { return nil }
        // «لمجموعة "إل في إم إتش"», «لشركتي "تسلا"»: a head noun then a quoted name: the name.
        if case .lexicon(.organizationHead, _) = reading.span(startingAt: start)?.tag, start + 1 < words.count,
            words[start + 1].before.contains(where: { "\"«“".contains($0) })
        {
            var close = start + 2
            while close < words.count, close - start < 7, !words[close].before.contains(where: { "\"»”".contains($0) })
            {
                close += 1
            }
            if close - start <= 6 {
                let quoted = start + 1..<min(close, words.count)
                return (book.add(text: reading.sentence.phrase(quoted), type: .organization), index..<quoted.upperBound)
            }
        }
        if let span = reading.span(startingAt: start), let id = organizationOrCountry(span) {
            // "president of Toyota Industries": a known name with a head noun after it is another
            // organization (an affiliate).
            if !words[start].isArabic, case .lexicon(.organization, _) = span.tag,
                span.range.upperBound < words.count, !reading.sentence.isBreak(before: span.range.upperBound),
                words[span.range.upperBound].isCapitalized,
                let head = reading.span(startingAt: span.range.upperBound),
                case .lexicon(.organizationHead, _) = head.tag
            {
                let range = start..<head.range.upperBound
                return (book.add(text: reading.sentence.phrase(range), type: .organization), index..<range.upperBound)
            }
            return (id, index..<span.range.upperBound)
        }
        if let range = names.organization(at: start, in: reading) {
            return (
                book.add(text: names.organizationName(range, in: reading), type: .organization),
                index..<range.upperBound
            )
        }
        // «في المعهد», "at the institute": the organization named before with that head noun.
        if let span = reading.span(startingAt: start), case .lexicon(.organizationHead, _) = span.tag,
            span.range.count == 1,
            let id = book.organization(headedBy: words[start].key, sentence: reading.sentence.index)
        {
            return (id, index..<span.range.upperBound)
        }
        // English: "the striker for Leicester City": a club's or company's name by its last word.
        if !words[start].isArabic, words[start].isCapitalized, index > 0, words[index].lower == "for" {
            var end = start
            while end < words.count, end - start < 3, words[end].isCapitalized,
                end == start || !reading.sentence.isBreak(before: end)
            {
                end += 1
            }
            if end - start >= 2, words[end - 1].reads(Self.clubHeads) {
                return (book.add(text: reading.sentence.phrase(start..<end), type: .organization), index..<end)
            }
        }
        // English: "of the Brussels School of Governance" where the head noun is inside.
        if !words[start].isArabic, words[start].isCapitalized {
            var end = start
            while end < words.count, end - start < 8,
                words[end].isCapitalized || DraftNames.englishConnectors.contains(words[end].lower)
            {
                if let span = reading.span(at: end), case .lexicon(.organizationHead, _) = span.tag,
                    let range = names.organization(at: end, in: reading), range.lowerBound >= start
                {
                    return (
                        book.add(text: reading.sentence.phrase(start..<range.upperBound), type: .organization),
                        index..<range.upperBound
                    )
                }
                end += 1
            }
        }
        return nil
    }

    /// The entity of a country, nationality adjective or organization span.
    mutating func organizationOrCountry(_ span: DraftReading.Span) -> String? {
        guard case .lexicon(let kind, _) = span.tag else { return nil }
        switch kind {
        case .country(let name), .adjective(let name), .organization(let name), .place(let name): return book.add(name)
        default: return nil
        }
    }
}
