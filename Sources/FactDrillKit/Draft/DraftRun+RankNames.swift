import Foundation

/// A ranking's name, period and publisher as the sentence writes them.
extension DraftRun {
    /// The ranking's period: a range of years, else a year, written in the sentence.
    func rankingPeriod(_ reading: DraftReading) -> (text: String, range: Range<Int>)? {
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
    mutating func publisher(_ reading: DraftReading) -> (id: String, range: Range<Int>)? {
        for (number, span) in reading.spans.enumerated() {
            guard case .lexicon(.attribution(source: true), _) = span.tag else { continue }
            for next in reading.spans[(number + 1)...].prefix(2) {
                if case .lexicon(.organization, _) = next.tag, let id = entity(of: next) { return (id, next.range) }
                if case .lexicon(.organizationHead, _) = next.tag,
                    let range = names.organization(at: next.range.lowerBound, in: reading)
                {
                    let id = book.add(text: names.organizationName(range, in: reading), type: .organization)
                    return (id, range)
                }
            }
        }
        return nil
    }

    /// The list's name: the words after «ضمن/بين/في قائمة» or "among/in the … ranking", or the
    /// superlative's phrase, up to a date, a source or a break.
    func rankingName(_ reading: DraftReading, after group: RankGroup, startingAt: Int?) -> (
        text: String, found: Bool
    ) {
        let words = reading.words
        let superlative = group.form == .superlative || group.form == .order
        var start: Int?
        if let startingAt {
            start = startingAt
        } else if group.form == .topped {
            start = group.range.upperBound
        } else if superlative {
            let first = group.range.lowerBound
            start = words[first].lower == "the" ? first + 1 : first
            // ("the world's largest carmaker", "Switzerland's largest lender": where the list is.)
            if first > 0, words[first - 1].isPossessive, !words[first - 1].isArabic { start = first - 1 }
        } else if let intro = words[group.range.upperBound...].firstIndex(where: {
            $0.reads(Self.listIntro) || $0.key == "in" || $0.key == "on"
        }),
            intro - group.range.upperBound <= 8,
            // ("drops to No. 2, lost … in the semifinals": after "No. N" the list follows at once.)
            words[group.range.lowerBound].lower != "no" || intro == group.range.upperBound
        {
            start =
                words[intro].reads(Self.listIntro) && !["ضمن", "بين", "among"].contains(words[intro].key)
                    && words[intro].isArabic ? intro : intro + 1
        }
        let placeholder = language == "ar" ? "الترتيب" : "the ranking"
        // «المصنفة الأولى عالميا»: the world ranking; «مصنفة سادسة»: a draw's seeding, unnamed.
        if words[group.range.lowerBound].reads(DraftWord.keySet("المصنف المصنفة مصنف مصنفة")) {
            let world = words[group.range.upperBound - 1].reads(DraftWord.keySet("عالميا عالمياً"))
            return world ? ("التصنيف العالمي", true) : ("التصنيف", false)
        }
        // «الأمين العام التاسع للأمم المتحدة», "the fifth president of Kenya": the post and what
        // follows it, without the ordinal, in order of office.
        if group.holders,
            let post = reading.spans.first(where: { span in
                guard case .lexicon(.post, _) = span.tag else { return false }
                return group.range.contains(span.range.lowerBound)
            })
        {
            let from = max(post.range.upperBound, group.range.upperBound)
            let end = listNameEnd(reading, from: from)
            let rest = end > from ? " " + reading.sentence.phrase(from..<end) : ""
            let text = reading.sentence.phrase(post.range) + rest
            if language == "ar" { return (text + " (بترتيب تولي المنصب)", true) }
            // ("Kenya's fifth president": whose post it is.)
            let whose = words[group.range.lowerBound].isPossessive ? words[group.range.lowerBound].text : "the"
            return (whose + " " + text + " (in order of office)", true)
        }
        guard var first = start, first < words.count else { return (placeholder, false) }
        // ("placed third, 9:18 back, on his Tour debut", "second … in each of the last two editions":
        // what a pronoun or "each" opens is no list's name.)
        // («ثالثا، من بين سبعة مرشحين»: how many there were is no list's name either.)
        if ["his", "her", "its", "their", "each", "every", "both"].contains(words[first].lower)
            || words[first].isArabic
                && words[first].reads(DraftWord.keySet("اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"))
        {
            return (placeholder, false)
        }
        if words[first].lower == "the" || words[first].key == "list" || words[first].key == "of" { first += 1 }
        // («وحصل التجمع الوطني للأحرار على 102 مقعد»: what it won is no list's name.)
        if first < words.count,
            words[first].reads(DraftWord.keySet("على")) || words[first].number != nil
                || words[first].key.first?.isNumber == true
        {
            return (placeholder, false)
        }
        let end = listNameEnd(reading, from: first)
        guard end > first else { return (placeholder, false) }
        var text = reading.sentence.phrase(first..<end)
        // («بأكبر احتياطي …»: the preposition is the verb's, not the list's.)
        if words[first].isArabic, words[first].text.hasPrefix("ب"), !Self.superlatives.contains(words[first].key),
            words[first].reads(Self.superlatives)
        {
            text.removeFirst()
        }
        let article =
            superlative && !words[first].isArabic && (!words[first].isPossessive || !words[first].isCapitalized)
        return text.count >= 3 ? (article ? "the " + text : text, true) : (placeholder, false)
    }

    /// Where a list's name starting at a word ends: at a break, a date, an attribution, a stop word,
    /// «في»/"in" (unless «في العالم»), «على التوالي», or a second superlative after "and".
    func listNameEnd(_ reading: DraftReading, from first: Int) -> Int {
        let words = reading.words
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
            // («الأكثر ازدحاما في العالم من حيث …»: what it is measured by is not the list's name.)
            if end > first, words[end].key == "من", end + 1 < words.count, words[end + 1].key == "حيث" { break }
            // ("Japan's longest-serving prime minister and one of its most influential politicians".)
            if end > first, words[end].key == "and", end + 1 < words.count, words[end + 1].lower == "one" { break }
            // ("the largest producer of cocaine and Latin America's fourth-largest economy": a
            // second rank starts after "and".)
            // (Not "the largest and second-largest economies": one list for both.)
            if end > first, words[end].key == "and", end + 1 < words.count,
                words[(end + 1)..<min(words.count, end + 4)].contains(where: \.isPossessive)
                    || ["its", "the"].contains(words[end + 1].lower),
                words[(end + 1)..<min(words.count, end + 4)].contains(where: { word in
                    word.key.split(separator: " ").contains { Self.superlatives.contains(String($0)) }
                })
            {
                break
            }
            end += 1
        }
        // Drop a trailing «على»/"the" left before a stop.
        while end > first, ["على", "the", "of", "and", "و"].contains(words[end - 1].key) { end -= 1 }
        return end
    }
}
