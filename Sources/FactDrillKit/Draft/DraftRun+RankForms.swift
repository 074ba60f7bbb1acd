import Foundation

/// How a sentence writes ranks (`RankGroup`): the forms `readRankings` looks for, word by word.
extension DraftRun {
    /// «البطلة» (the champion) and «الوصيفة» (the runner-up) after a name.
    static let titleRanks: [String: Int] = {
        var table: [String: Int] = [:]
        for word in DraftWord.keySet("البطل البطلة") { table[word] = 1 }
        for word in DraftWord.keySet("الوصيف الوصيفة") { table[word] = 2 }
        return table
    }()

    /// The ordinal of a span starting at a word.
    func ordinal(_ reading: DraftReading, at index: Int) -> (value: Int, end: Int)? {
        guard index < reading.words.count, let span = reading.span(startingAt: index),
            case .ordinal(let value) = span.tag,
            value > 0
        else { return nil }
        return (value, span.range.upperBound)
    }

    /// Ordinals joined by "and", commas or و from a word: "second and third", «الرابع والخامس».
    func ordinalList(_ reading: DraftReading, from index: Int) -> (ranks: [Int], end: Int)? {
        guard let first = ordinal(reading, at: index) else { return nil }
        var ranks = [first.value]
        var end = first.end
        let words = reading.words
        while end < words.count {
            if let next = ordinal(reading, at: end), words[end].isArabic || words[end].before.contains(",") {
                ranks.append(next.value)
                end = next.end
            } else if words[end].key == "and", let next = ordinal(reading, at: end + 1) {
                ranks.append(next.value)
                end = next.end
            } else {
                break
            }
        }
        return (ranks, end)
    }

    /// Adverbs of where a rank holds: «عالمياً», «عربياً», «إقليمياً».
    static let scopeAdverbs = DraftWord.keySet(
        "عالميا عالمياً عربيا عربياً إقليميا إقليمياً خليجيا خليجياً أفريقيا أفريقياً إفريقيا إفريقياً آسيويا آسيوياً أوروبيا أوروبياً"
    )

    /// The ranks written at a word (see the type's documentation for the forms): each family of
    /// forms in turn, in this order.
    func rankGroup(_ reading: DraftReading, at index: Int) -> RankGroup? {
        for form in [placingGroup, toppedGroup, orderGroup] {
            switch form(reading, index) {
            case .none: return nil
            case .some(.some(let group)): return group
            case .some(.none): continue
            }
        }
        return nil
    }

    /// Arabic placing: «المركز» and its ordinals, «حلت ثانية», a second entity and its ordinal, titles.
    /// nil: no rank at this word, look no further; `.some(nil)`: not one of these forms.
    func placingGroup(_ reading: DraftReading, _ index: Int) -> RankGroup?? {
        let words = reading.words
        let word = words[index]
        let previous = index > 0 ? words[index - 1] : nil
        // «إيغا شفيونتيك، المصنفة الأولى عالميا», «فوندروشوفا، المصنفة 42 عالميا», «دخلت جابر
        // البطولة مصنفة سادسة»: a player's place in a ranking or a draw.
        if word.isArabic, word.reads(DraftWord.keySet("المصنف المصنفة مصنف مصنفة")), index + 1 < words.count {
            var value: Int?
            var end = index + 1
            if let first = ordinal(reading, at: index + 1) {
                value = first.value
                end = first.end
            } else if let number = words[index + 1].number, (1...2000).contains(number) {
                value = number
                end = index + 2
            }
            if let value {
                if end < words.count, words[end].reads(Self.scopeAdverbs) { end += 1 }
                return RankGroup(ranks: [value], range: index..<end, form: .ordinal, subjectBefore: true)
            }
        }
        // «المركز» + ordinals; «المراكز الأربعة الأولى»; «تقاسمت المركز السادس».
        if word.reads(Self.rankNouns) {
            // «مباراة تحديد المركز الثالث»: the third-place match ranks no one.
            if previous?.reads(DraftWord.keySet("تحديد لتحديد")) == true { return nil }
            // «صعدت من المركز الرابع إلى الثاني»: the rank it left.
            let left =
                previous?.reads(DraftWord.keySet("من")) == true
                && words[max(0, index - 4)..<index - 1].contains { $0.reads(Self.arabicMovementVerbs) }
            // «تقاسمت الدنمارك والسويد المركز الخامس»: the verb of sharing may stand before the entities.
            let clauseStart = reading.clause(around: index).lowerBound
            // («وتقاسمت فرنسا وألمانيا وإيطاليا واليابان وإسبانيا المركز الثاني»: up to its clause's start.)
            let tie = words[max(clauseStart, index - 12)..<index].contains { $0.reads(Self.tieWords) }
            if let list = ordinalList(reading, from: index + 1) {
                return RankGroup(
                    ranks: list.ranks, range: index..<list.end, form: tie ? .tie : .ordinal, earlier: left)
            }
            // «في المرتبة 12», «المركز الـ12», «في المركزين 179 و178».
            if index + 1 < words.count, let value = words[index + 1].number, (1...500).contains(value),
                DateFinder.year(words[index + 1]) == nil
            {
                var ranks = [value]
                var end = index + 2
                while end < words.count, !reading.sentence.isBreak(before: end) {
                    if words[end].key == "and", end + 1 < words.count, let next = words[end + 1].number,
                        (1...500).contains(next)
                    {
                        ranks.append(next)
                        end += 2
                    } else if words[end].text.hasPrefix("و"),
                        let next = Int(words[end].text.dropFirst().replacingOccurrences(of: "الـ", with: "")),
                        (1...500).contains(next)
                    {
                        ranks.append(next)
                        end += 1
                    } else {
                        break
                    }
                }
                return RankGroup(ranks: ranks, range: index..<end, form: tie ? .tie : .ordinal)
            }
            // «في المركز الأخير من بين 180 دولة»: the last rank, when the list's size is written.
            if index + 1 < words.count, words[index + 1].reads(DraftWord.keySet("الأخير الأخيرة")),
                let total = listSize(reading)
            {
                return RankGroup(ranks: [total], range: index..<index + 2, form: .ordinal)
            }
            if index + 2 < words.count, let count = Self.cardinalTops[words[index + 1].key],
                ordinal(reading, at: index + 2)?.value == 1
            {
                return RankGroup(ranks: Array(1...count), range: index..<index + 3, form: .ordinal)
            }
            return nil
        }
        // «حلت ثانية», «وحلت فرنسا ثانية».
        if word.reads(Self.arabicRankVerbs) {
            var at = index + 1
            var entity: Range<Int>?
            if at < words.count, let span = reading.span(startingAt: at), DraftReading.name(of: span) != nil {
                entity = span.range
                at = span.range.upperBound
            } else if at < words.count, let organization = names.organization(at: at, in: reading) {
                entity = organization
                at = organization.upperBound
            } else if let person = personBeforeRank(reading, from: at) {
                // «وحل الموناكي شارل لوكلير (فيراري) ثانيا», «جاء بيريز ثانيا».
                entity = person.name
                at = person.end
            } else if unknownTeam(reading, at: at) {
                // «وحل تشيلسي ثالثاً»: one word no lexicon knows, right before the rank.
                entity = at..<at + 1
                at += 1
            } else if at < words.count, case .lexicon(.post, _) = reading.span(startingAt: at)?.tag,
                let person = (at + 1..<min(words.count, at + 14)).lazy.compactMap({ start -> Range<Int>? in
                    // (A parenthesis may stand between, «(تواصل)»; a comma may not.)
                    guard
                        !(at + 1...start).contains(where: { words[$0].before.contains(where: { ",،.".contains($0) }) }),
                        let name = self.names.name(startingAt: start, in: reading), name.known,
                        self.ordinalList(reading, from: name.range.upperBound) != nil
                    else { return nil }
                    return name.range
                }).first
            {
                // «وجاء مرشح حزب تواصل حمادي ولد سيد المختار ثالثا»: a post and its organization,
                // then the name, right before the rank.
                entity = person
                at = person.upperBound
            }
            // «حلت حركة الجيل الجديد، أكبر أحزاب المعارضة الكردية، ثالثة»: past an apposition.
            if entity != nil, at < words.count, words[at].before.contains(where: { ",،".contains($0) }) {
                var close = at + 1
                while close < words.count, close - at < 8, !reading.sentence.isBreak(before: close) { close += 1 }
                if close < words.count, words[close].before.contains(where: { ",،".contains($0) }),
                    ordinalList(reading, from: close) != nil
                {
                    at = close
                }
            }
            if let list = ordinalList(reading, from: at), !(at < words.count && words[at].reads(Self.rankNouns)) {
                return RankGroup(ranks: list.ranks, range: index..<list.end, form: .ordinal, entity: entity)
            }
        }
        // «وحل تشيلسي ثالثاً برصيد 74 نقطة، وتوتنهام رابعاً»: a second team, the same way.
        if word.isArabic, word.text.hasPrefix("و"), index > 0, reading.sentence.isBreak(before: index),
            words[..<index].contains(where: { $0.reads(Self.arabicRankVerbs) }), unknownTeam(reading, at: index),
            let list = ordinalList(reading, from: index + 1), list.ranks.count == 1
        {
            return RankGroup(ranks: list.ranks, range: index..<list.end, form: .ordinal, entity: index..<index + 1)
        }
        // «…، والبريطاني جورج راسل (مرسيدس) ثالثا»: a second person, the same way.
        if word.isArabic, word.text.hasPrefix("و"), index > 0, reading.sentence.isBreak(before: index),
            words[..<index].contains(where: { $0.reads(Self.arabicRankVerbs) }),
            let person = personBeforeRank(reading, from: index), let list = ordinalList(reading, from: person.end),
            list.ranks.count == 1,
            list.end >= words.count || reading.sentence.isBreak(before: list.end)
                || words[list.end].reads(DraftWord.keySet("برصيد بـ ب"))
        {
            return RankGroup(ranks: list.ranks, range: index..<list.end, form: .ordinal, entity: person.name)
        }
        // «حلت أيرلندا ثانية والدنمارك ثالثة»: a second entity and its bare ordinal after a verb of placing.
        if word.isArabic, let first = ordinal(reading, at: index), index > 0, let span = reading.span(at: index - 1),
            span.range.upperBound == index, DraftReading.name(of: span) != nil,
            words[span.range.lowerBound].text.hasPrefix("و"), !word.text.hasPrefix("ال"),
            words[max(0, span.range.lowerBound - 4)..<span.range.lowerBound].contains(where: {
                $0.reads(Self.arabicRankVerbs)
            })
                || words[..<span.range.lowerBound].contains(where: { $0.reads(Self.arabicRankVerbs) })
                    && (first.end >= words.count || reading.sentence.isBreak(before: first.end))
        {
            return RankGroup(ranks: [first.value], range: index..<first.end, form: .ordinal, entity: span.range)
        }
        // «الذي حل أولاً في الانتخابات»: «أولاً» right after a verb of placing is a rank (elsewhere
        // it is "firstly").
        if word.isArabic, word.reads(DraftWord.keySet("أولا أولاً")), previous?.reads(Self.arabicRankVerbs) == true {
            return RankGroup(ranks: [1], range: index..<index + 1, form: .ordinal)
        }
        // «الأرجنتين البطلة وفرنسا الوصيفة»: the champion is first, the runner-up second.
        if word.isArabic, let rank = Self.titleRanks[word.key], index > 0, let span = reading.span(at: index - 1),
            span.range.upperBound == index, DraftReading.name(of: span) != nil
        {
            return RankGroup(ranks: [rank], range: index..<index + 1, form: .ordinal, entity: span.range)
        }
        // «رابعاً بـ177 ملياراً»: an ordinal adverb after a comma is a rank.
        if word.isArabic, word.text.hasSuffix("اً") || word.text.hasSuffix("ًا"),
            let first = ordinal(reading, at: index),
            first.value > 1, index > 0, reading.sentence.isBreak(before: index)
        {
            return RankGroup(ranks: [first.value], range: index..<first.end, form: .ordinal)
        }
        return .some(nil)
    }

    /// A person's name from a word (after «و» and a nationality: «والبريطاني جورج راسل»), or a
    /// family name the article gave before («بيريز»), and a parenthesis after it («(فيراري)»): the
    /// name and where an ordinal may follow.
    func personBeforeRank(_ reading: DraftReading, from index: Int) -> (name: Range<Int>, end: Int)? {
        let words = reading.words
        var at = index
        guard at < words.count, words[at].isArabic else { return nil }
        if case .lexicon(.adjective, _) = reading.span(startingAt: at)?.tag, at + 1 < words.count,
            !reading.sentence.isBreak(before: at + 1)
        {
            at += 1
        }
        var name: Range<Int>
        // (A name no lexicon knows, after a nationality or before a team in parentheses.)
        if let found = names.name(startingAt: at, in: reading),
            found.known || at > index
                || found.range.upperBound < words.count && words[found.range.upperBound].before.contains("(")
        {
            name = found.range
        } else if book.person(familyName: words[at].key) != nil
            || at < words.count && words[at].text.hasPrefix("و")
                && book.person(familyName: DraftWord.key(of: String(words[at].text.dropFirst()))) != nil
        {
            name = at..<at + 1
        } else {
            return nil
        }
        var end = name.upperBound
        if end < words.count, words[end].before.contains("(") {
            var close = end + 1
            while close < words.count, close - end < 5, !words[close].before.contains(")") { close += 1 }
            guard close < words.count, words[close].before.contains(")") else { return nil }
            end = close
        }
        return (name, end)
    }

    /// Whether a word is a team's or company's name no lexicon knows, right before an Arabic
    /// ordinal adverb: no lexicon entry, no common word, no given name («تشيلسي ثالثاً»).
    func unknownTeam(_ reading: DraftReading, at index: Int) -> Bool {
        let words = reading.words
        guard index + 1 < words.count, words[index].isArabic, reading.span(at: index) == nil,
            !lexicon.isCommon(words[index]), lexicon.givenName(words[index]) == nil,
            !reading.sentence.isBreak(before: index + 1), words[index].text.count > 3,
            let next = ordinal(reading, at: index + 1), next.value > 0
        else { return false }
        return words[index + 1].text.hasSuffix("اً") || words[index + 1].text.hasSuffix("ا")
            || words[index + 1].text.hasSuffix("ةً") || words[index + 1].text.hasSuffix("ة")
    }

    /// The size of the list a sentence ranks in: «من بين 180 دولة», «الذي شمل 193 دولة», "out of
    /// 180", "among 193 countries".
    func listSize(_ reading: DraftReading) -> Int? {
        let words = reading.words
        let markers = DraftWord.keySet("بين أصل شمل شملها شملت يشمل يضم تضم ضم ضمت out among of covers covering ranks")
        for index in words.indices.dropFirst() {
            guard let value = words[index].number, (2...500).contains(value), DateFinder.year(words[index]) == nil,
                words[index - 1].reads(markers)
            else { continue }
            return value
        }
        return nil
    }
}
