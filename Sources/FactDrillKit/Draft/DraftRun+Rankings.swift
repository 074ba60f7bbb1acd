import Foundation

/// Rankings: an entity with an ordinal rank in a named list («في المركز العاشر», "ranked
/// third"), pairs and series with «على التوالي»/"respectively", chains («تلتها … ثم …»,
/// "followed by"), superlatives that state rank 1 («أكبر مصدر …», "the largest …").
extension DraftRun {
    private static func keys(_ words: String) -> Set<String> {
        Set(words.split(separator: " ").map { DraftWord.key(of: String($0)) })
    }

    static let rankNouns = keys("مركز المركز مرتبة المرتبة المركزين المرتبتين المراكز المراتب المركزان المرتبتان")
    static let rankVerbs = keys("ranked ranks rank placed came finished took taking ranking placing coming")
    static let rankAfter = keys("place position spot")
    static let respectively = keys("التوالي respectively")
    static let chainWords = keys("تلتها تليها يليها تلاها تلته يليه وتلتها وتليها ويليها وتلاها وجاءت followed")
    static let listIntro = keys("ضمن بين قائمة ترتيب تصنيف مؤشر among list ranking index table league")
    static let superlatives = keys("أكبر أضخم أكثر أقوى أغنى largest biggest top richest strongest leading")
    static let notSuperlativeBefore = keys("ضمن بين من among of")
    static let nameStops = keys(
        "خلال الفترة وفق وفقا بحسب حسب عام لعام according during with by in for at since after before وذلك حيث بعد قبل"
    )

    /// Reads the rankings of a sentence; returns the words of the dates it used as periods.
    mutating func readRankings(_ reading: DraftReading) -> Set<Int> {
        let words = reading.words
        var used: Set<Int> = []
        var groups: [(ranks: [Int], range: Range<Int>, superlative: Bool)] = []
        var index = 0
        while index < words.count {
            if let group = rankGroup(reading, at: index) {
                groups.append(group)
                index = group.range.upperBound
            } else {
                index += 1
            }
        }
        guard !groups.isEmpty else { return used }
        let period = rankingPeriod(reading)
        if let period { used.formUnion(period.range) }
        let by = publisher(reading)
        for group in groups {
            let clause = reading.clause(around: group.range.lowerBound)
            var entities = rankedEntities(reading, in: clause.lowerBound..<group.range.lowerBound, excluding: by?.range)
            var order = "before"
            if entities.isEmpty {
                entities = rankedEntities(reading, in: group.range.upperBound..<clause.upperBound, excluding: by?.range)
                order = "after"
            }
            let rule = group.superlative ? "ranking.superlative" : "ranking.ordinal"
            let ranksText = group.ranks.map(String.init).joined(separator: ", ")
            guard !entities.isEmpty else {
                note(
                    reading, rule, accepted: false,
                    "rank \(ranksText) at «\(reading.sentence.phrase(group.range))»: no country or organization in its clause"
                )
                continue
            }
            let hasRespectively = words[group.range.upperBound..<min(words.count, group.range.upperBound + 12)]
                .contains { $0.reads(Self.respectively) }
            guard entities.count == group.ranks.count else {
                note(
                    reading, rule, accepted: false,
                    "\(entities.count) entities (\(entities.map { reading.sentence.phrase($0.range) }.joined(separator: ", "))) but \(group.ranks.count) ranks (\(ranksText)): counts disagree, nothing paired"
                )
                continue
            }
            var entries: [ArticleDraft.Entry] = []
            for (entity, rank) in zip(entities, group.ranks) { entries.append(.init(entity: entity.id, rank: rank)) }
            // A chain after it: «تلتها X ثم Y», "followed by X and Y".
            var chained = 0
            if let last = group.ranks.last,
                let chainStart = words[group.range.upperBound...].firstIndex(where: { $0.reads(Self.chainWords) })
            {
                let end =
                    words[(chainStart + 1)...].firstIndex { $0.reads(Self.rankNouns) || $0.reads(Self.respectively) }
                    ?? words.count
                let followers = rankedEntities(reading, in: chainStart + 1..<end, excluding: by?.range)
                for (offset, follower) in followers.enumerated()
                where !entries.contains(where: { $0.entity == follower.id }) {
                    entries.append(.init(entity: follower.id, rank: last + offset + 1))
                    chained += 1
                }
            }
            let name = rankingName(reading, after: group, superlative: group.superlative)
            let confidence: Double
            var how: String
            if group.ranks.count > 1 {
                confidence = hasRespectively ? 0.9 : 0.75
                how =
                    hasRespectively
                    ? "entities and ranks paired in order («respectively»)" : "entities and ranks paired in order"
            } else {
                confidence = group.superlative ? 0.7 : (order == "before" ? 0.85 : 0.7)
                how = group.superlative ? "a superlative states rank \(group.ranks[0])" : "one entity with one rank"
            }
            if chained > 0 { how += "; \(chained) more from a chain («followed by»)" }
            var fact = ArticleDraft.Fact(
                id: "", body: .ranking(name: [language: name.text], period: period?.text, by: by?.id, entries: entries),
                evidence: reading.sentence.text, rule: chained > 0 ? rule + "+chain" : rule, confidence: confidence)
            if !name.found { fact.notes.append("the list is not named in the sentence: name it") }
            let summary = entries.map { entry in
                "\(book.entities.first { $0.id == entry.entity }?.names[language] ?? entry.entity) #\(entry.rank)"
            }
            note(reading, fact.rule, accepted: true, "\(summary.joined(separator: ", ")) in «\(name.text)»: \(how)")
            add(fact, idFrom: (name.found ? name.text : "ranking") + (period.map { " " + $0.text } ?? ""))
        }
        return used
    }

    /// The ranks written at a word: «المركز العاشر», «المركزين الرابع والخامس», "ranked 10th",
    /// "10th place", "second-largest", «ثاني أكبر», a superlative («أكبر مصدر», "the largest").
    private func rankGroup(_ reading: DraftReading, at index: Int) -> (
        ranks: [Int], range: Range<Int>, superlative: Bool
    )? {
        let words = reading.words
        let word = words[index]
        // «المركز» + ordinals joined by و.
        if word.reads(Self.rankNouns) {
            var ranks: [Int] = []
            var end = index + 1
            while end < words.count, let span = reading.span(startingAt: end), case .ordinal(let value) = span.tag,
                value > 0
            {
                ranks.append(value)
                end = span.range.upperBound
            }
            return ranks.isEmpty ? nil : (ranks, index..<end, false)
        }
        // English: "ranked 10th", "10th place", "fourth and fifth respectively".
        if !word.isArabic, let span = reading.span(startingAt: index), case .ordinal(let value) = span.tag, value > 0 {
            var ranks = [value]
            var end = span.range.upperBound
            while end + 1 < words.count, words[end].key == "and" || words[end].before.contains(","),
                let next = reading.span(startingAt: words[end].key == "and" ? end + 1 : end),
                case .ordinal(let more) = next.tag
            {
                ranks.append(more)
                end = next.range.upperBound
            }
            let before = index > 0 ? words[index - 1] : nil
            let after = end < words.count ? words[end] : nil
            let ranked = before.map { $0.reads(Self.rankVerbs) } ?? false
            let placed = after.map { $0.reads(Self.rankAfter) } ?? false
            if ranked || placed { return (ranks, index..<(placed ? end + 1 : end), false) }
            return nil
        }
        // "second-largest" (one word), «ثاني أكبر».
        let parts = word.key.split(separator: " ")
        if !word.isArabic, parts.count == 2, Self.superlatives.contains(String(parts[1])),
            let ordinal = DraftOrdinals.table[String(parts[0])]?.first(where: { $0.words.count == 1 })
        {
            return ([ordinal.value], index..<index + 1, true)
        }
        if word.isArabic, let span = reading.span(startingAt: index), case .ordinal(let value) = span.tag, value > 1,
            span.range.upperBound < words.count, words[span.range.upperBound].reads(Self.superlatives)
        {
            return ([value], index..<span.range.upperBound + 1, true)
        }
        // A superlative: rank 1, unless it names a list («ضمن أكبر مصدري», "one of the largest").
        if word.reads(Self.superlatives), !word.reads(Self.keys("أكثر")) {
            let previous = index > 0 ? words[index - 1] : nil
            if let previous, previous.reads(Self.notSuperlativeBefore) || previous.key == "of" { return nil }
            if index > 1, words[index - 2].key == "of" { return nil }  // "one of the world's largest"
            if !word.isArabic {
                guard let previous,
                    previous.lower == "the" || previous.text.hasSuffix("'s") || previous.key.hasSuffix(" s")
                else {
                    return nil
                }
                // The subject is joined to it by a verb of being.
                let clause = reading.clause(around: index)
                let verbs = Self.keys("is was became remains remained has been")
                guard words[clause.lowerBound..<index].contains(where: { $0.reads(verbs) }) else { return nil }
                // A plural noun after it names a list ("the largest exporters").
                if index + 1 < words.count, words[index + 1].key.hasSuffix("s"), !words[index + 1].key.hasSuffix("ss") {
                    return nil
                }
            } else {
                // «أكبر مصدري» (a plural in the genitive, ي) names a list.
                if index + 1 < words.count, words[index + 1].text.hasSuffix("ي"),
                    !words[index + 1].text.hasSuffix("ري") || words[index + 1].text.hasSuffix("دري")
                {
                    return nil
                }
            }
            return ([1], index..<index + 1, true)
        }
        return nil
    }

    /// The countries, organizations and places named in a range, in order, with their entity ids.
    private mutating func rankedEntities(_ reading: DraftReading, in range: Range<Int>, excluding: Range<Int>?) -> [(
        id: String, range: Range<Int>
    )] {
        guard !range.isEmpty else { return [] }
        var found: [(id: String, range: Range<Int>)] = []
        for span in reading.spans where range.contains(span.range.lowerBound) {
            if let excluding, excluding.overlaps(span.range) { continue }
            guard case .lexicon(let kind, _) = span.tag else { continue }
            switch kind {
            case .country, .organization, .place:
                if let id = entity(of: span), !found.contains(where: { $0.id == id }) { found.append((id, span.range)) }
            default: continue
            }
        }
        return found
    }

    /// The ranking's period: a range of years, else a year, written in the sentence.
    private func rankingPeriod(_ reading: DraftReading) -> (text: String, range: Range<Int>)? {
        let dates = reading.spans.compactMap { span -> DateMention? in
            if case .date(let mention) = span.tag { return mention }
            return nil
        }
        if let range = dates.first(where: { $0.isPeriod }), let text = range.periodText { return (text, range.range) }
        if let year = dates.first(where: { $0.date?.precision == .year && !$0.relative }), let text = year.periodText {
            return (text, year.range)
        }
        return nil
    }

    /// Who publishes the ranking: the organization after «بحسب/وفق», "according to", or a named
    /// organization whose head noun is an institute or index publisher.
    private mutating func publisher(_ reading: DraftReading) -> (id: String, range: Range<Int>)? {
        for (number, span) in reading.spans.enumerated() {
            guard case .lexicon(.attribution(source: true), _) = span.tag else { continue }
            for next in reading.spans[(number + 1)...].prefix(2) {
                if case .lexicon(.organization, _) = next.tag, let id = entity(of: next) { return (id, next.range) }
                if case .lexicon(.organizationHead, _) = next.tag,
                    let range = names.organization(at: next.range.lowerBound, in: reading)
                {
                    let id = book.add(text: reading.sentence.phrase(range), type: .organization)
                    return (id, range)
                }
            }
        }
        return nil
    }

    /// The list's name: the words after «ضمن/بين/في قائمة» or "among/in the … ranking", or the
    /// superlative's phrase, up to a date, a source or a break.
    private func rankingName(
        _ reading: DraftReading, after group: (ranks: [Int], range: Range<Int>, superlative: Bool), superlative: Bool
    ) -> (text: String, found: Bool) {
        let words = reading.words
        var start: Int?
        if superlative {
            start = group.range.upperBound - 1
        } else if let intro = words[group.range.upperBound...].firstIndex(where: {
            $0.reads(Self.listIntro) || $0.key == "in" || $0.key == "on"
        }),
            intro - group.range.upperBound <= 8
        {
            start =
                words[intro].reads(Self.listIntro) && !["ضمن", "بين", "among"].contains(words[intro].key)
                    && words[intro].isArabic ? intro : intro + 1
        }
        guard var first = start, first < words.count else { return ("ranking", false) }
        if words[first].lower == "the" || words[first].key == "list" || words[first].key == "of" { first += 1 }
        var end = first
        while end < words.count, end - first < 9 {
            if end > first, reading.sentence.isBreak(before: end) { break }
            if case .date = reading.span(at: end)?.tag { break }
            if case .lexicon(.attribution, _) = reading.span(at: end)?.tag { break }
            let key = words[end].key
            if end > first, Self.nameStops.contains(key) { break }
            if end > first, key == "في" || key == "in", end + 1 < words.count,
                !["عالم", "world"].contains(words[end + 1].key)
            {
                break
            }
            if words[end].reads(Self.respectively) { break }
            end += 1
        }
        // Drop a trailing «على»/"the" left before a stop.
        while end > first, ["على", "the", "of", "and", "و"].contains(words[end - 1].key) { end -= 1 }
        guard end > first else { return ("ranking", false) }
        let text = reading.sentence.phrase(first..<end)
        return text.count >= 3
            ? (superlative && !words[first].isArabic ? "the " + text : text, true) : ("ranking", false)
    }
}
