import Foundation

/// The organization or nationality written before an English post ("French President", "NATO
/// Secretary General", "Credit Suisse chair", "Manchester City striker").
extension DraftRun {
    /// An English organization or nationality right before a post: "French", "NATO", "NATO's",
    /// "Christian Democratic Union (CDU)", "Rengo" (an unknown capitalized word, taken as the
    /// organization's name).
    mutating func organizationBefore(_ reading: DraftReading, _ postStart: Int) -> (
        id: String, range: Range<Int>
    )? {
        let words = reading.words
        guard postStart > 0 else { return nil }
        var end = postStart
        // "(CDU) leader": step over the parenthesis.
        if words[end].before.contains(")") {
            var open = end - 1
            while open > 0, end - open < 6, !words[open].before.contains("(") { open -= 1 }
            guard words[open].before.contains("(") else { return nil }
            end = open
        } else if reading.sentence.isBreak(before: postStart) {
            return nil
        }
        guard end > 0 else { return nil }
        // "Manchester City striker", "Real Madrid midfielder", "Aston Villa goalkeeper": a club or
        // company named by two or three capitalized words, one of them perhaps a place.
        if !words[end - 1].isArabic {
            var start = end
            while start > 0, end - start < 3, !reading.sentence.isBreak(before: start) || start == end,
                words[start - 1].isCapitalized, !words[start - 1].isPossessive || start == end,
                lexicon.givenName(words[start - 1]) == nil || start < end && isCountry(reading.span(at: start - 1)),
                words[start - 1].number == nil
            {
                let span = reading.span(at: start - 1)
                // ("Oak Ridge Director": a common word capitalized inside a sentence is a name's.)
                var named =
                    span == nil
                    && (!lexicon.commonWords.contains(words[start - 1].key)
                        || start - 1 > 0 && !reading.sentence.isBreak(before: start - 1) && start < end)
                if let span, case .lexicon(.place, _) = span.tag, span.range.count == 1 { named = true }
                // ("Georgia Power CEO", "Japan Airlines chief": a country that begins a company's
                // name, not the word right before the post.)
                if isCountry(span), start < end { named = true }
                // ("Swiss National Bank chair", "British Airways chief": a nationality that begins
                // a bank's or company's name.)
                if let span, case .lexicon(.adjective, _) = span.tag, span.range.count == 1, start < end,
                    words[end - 1].reads(Self.clubHeads)
                {
                    named = true
                }
                // ("Credit Suisse chair", "Oak Ridge Director" opening a sentence: a capitalized
                // common word that is no sentence's opener begins the name.)
                if span == nil, start - 1 == 0, start < end, !words[0].reads(Self.openers),
                    !words[0].reads(Self.postModifiers)
                {
                    named = true
                }
                // ("Election Commission chairman": a head noun ends the organization's name.)
                if let span, case .lexicon(.organizationHead, _) = span.tag, start == end, span.range.count == 1 {
                    named = true
                }
                if start == end, words[start - 1].text == "City" { named = true }
                guard named else { break }
                start -= 1
                if reading.sentence.isBreak(before: start) { break }
            }
            // (A run with a place or a club's or company's last word: "Yvette Cooper home secretary"
            // names a person.)
            let placed = (start..<end).contains { index in
                if case .lexicon(.place, _) = reading.span(at: index)?.tag { return true }
                return false
            }
            var headed = false
            if case .lexicon(.organizationHead, _) = reading.span(at: end - 1)?.tag { headed = true }
            if end - start >= 2, !(start == 0 && words[0].reads(Self.openers)),
                placed || words[end - 1].reads(Self.clubHeads) || headed
                    // ("… that Oak Ridge Director": a run of capitals inside the sentence.)
                    || (start > 0 && !reading.sentence.isBreak(before: start)
                        || start == 0 && !words[0].reads(Self.openers))
                        && (start..<end).allSatisfy({
                            lexicon.givenName(words[$0]) == nil || isCountry(reading.span(at: $0))
                        })
            {
                let text = reading.sentence.phrase(start..<end)
                return (
                    book.add(text: text, type: .organization),
                    start..<postStart
                )
            }
        }
        // "Chinese foreign ministry spokesman Zhao Lijian": a ministry named by its country.
        if !words[end - 1].isArabic, end >= 3, words[end - 1].lower == "ministry" || words[end - 1].lower == "office",
            let country = reading.span(at: end - 3), country.range.upperBound == end - 2,
            case .lexicon(let kind, _) = country.tag
        {
            switch kind {
            case .country, .adjective:
                let range = country.range.lowerBound..<end
                let text = reading.sentence.phrase(range).split(separator: " ").map { word in
                    word.prefix(1).uppercased() + word.dropFirst()
                }.joined(separator: " ")
                return (book.add(text: text, type: .organization), range.lowerBound..<postStart)
            default: break
            }
        }
        if let before = reading.span(at: end - 1), before.range.upperBound == end,
            let id = organizationOrCountry(before)
        {
            return (id, before.range.lowerBound..<postStart)
        }
        if let head = reading.span(at: end - 1), case .lexicon(.organizationHead, _) = head.tag,
            let range = names.organization(at: head.range.lowerBound, in: reading), range.upperBound == end
        {
            return (book.add(text: reading.sentence.phrase(range), type: .organization), range.lowerBound..<postStart)
        }
        let word = words[end - 1]
        // ("The company's chief executive, Satya Nadella": the company the article is about.)
        if !word.isArabic, word.isPossessive,
            DraftWord.keySet("company's firm's group's bank's carmaker's lender's insurer's").contains(word.key),
            let main = mainOrganization
        {
            return (book.add(main), end - 1..<postStart)
        }
        // ("Ramaphosa's spokesman": a person's possessive is not an organization.)
        if word.isPossessive, book.person(familyName: word.key) != nil { return nil }
        if !word.isArabic, word.isCapitalized, reading.span(at: end - 1) == nil,
            !lexicon.commonWords.contains(word.key), lexicon.givenName(word) == nil, word.number == nil,
            !reading.sentence.isBreak(before: end - 1) || word.isPossessive
                // ("Sinopec Chairman Ma Yongsheng joined": the sentence's first word.)
                || end - 1 == 0 && !word.reads(Self.postModifiers)
        {
            return (
                book.add(text: word.text, type: .organization),
                end - 1..<postStart
            )
        }
        return nil
    }

    /// Last words of clubs' and companies' names.
    static let clubHeads = DraftWord.keySet(
        "City United Villa Athletic Rovers Wanderers Hotspur Albion Inc Corp Group Airways Airlines Motors Bank")

    /// Whether a span is a country named in one word ("Georgia", also a given name).
    private func isCountry(_ span: DraftReading.Span?) -> Bool {
        guard let span, case .lexicon(.country, _) = span.tag else { return false }
        return span.range.count == 1
    }

    /// Words that open an English sentence without naming anything ("Then Apple CEO Tim Cook").
    static let openers = DraftWord.keySet(
        "the a an and but or so then when while as after before if since though although because meanwhile also now yet still however thus instead both its their his her our this that these those at in on for with by from of to under over during last next earlier later separately elsewhere veteran longtime embattled beleaguered ousted disgraced newly recently ex"
    )

    /// Words before an English post that say how it is held, not by whom.
    static let postModifiers = DraftWord.keySet(
        "acting deputy interim outgoing incoming vice new then current former chief senior assistant associate")
}
