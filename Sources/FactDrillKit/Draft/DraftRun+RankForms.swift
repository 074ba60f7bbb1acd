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

    /// The ranks written at a word (see the type's documentation for the forms).
    /// Adverbs of where a rank holds: «عالمياً», «عربياً», «إقليمياً».
    static let scopeAdverbs = DraftWord.keySet(
        "عالميا عالمياً عربيا عربياً إقليميا إقليمياً خليجيا خليجياً أفريقيا أفريقياً إفريقيا إفريقياً آسيويا آسيوياً أوروبيا أوروبياً"
    )

    func rankGroup(_ reading: DraftReading, at index: Int) -> RankGroup? {
        let words = reading.words
        let word = words[index]
        let previous = index > 0 ? words[index - 1] : nil
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
        // «حافظ … على صدارة القائمة».
        // («قفزت سنغافورة من المركز الرابع إلى صدارة التصنيف», «استعادت الولايات المتحدة الصدارة».)
        let clauseStart = reading.clause(around: index).lowerBound
        if word.reads(DraftWord.keySet("صدارة الصدارة صدارتها صدارته")),
            previous?.reads(DraftWord.keySet("على في إلى")) == true
                || word.isDefinite
                    && words[clauseStart..<index].contains(where: {
                        $0.reads(DraftWord.keySet("استعادت استعاد انتزعت انتزع احتلت احتل تبوأت تبوأ"))
                    })
        {
            // («صدارة أكبر الدول إنفاقا»: the superlative names the list, it is not a second rank.)
            let end = index + 1 < words.count && words[index + 1].reads(Self.superlatives) ? index + 2 : index + 1
            return RankGroup(ranks: [1], range: index..<end, form: .topped, subjectBefore: true)
        }
        // «تصدرت الولايات المتحدة جدول الميداليات», "China topped the table"; "won …, followed by".
        if word.reads(Self.toppedWords) { return RankGroup(ranks: [1], range: index..<index + 1, form: .topped) }
        // ("took sixth, seventh and eighth places": the ordinals are the ranks, not a win.)
        // ("France, who won 16 golds to place fifth": a clause about it, not a win.)
        // «وحصل التجمع الوطني للأحرار على 102 مقعد …، تلاه …»: an Arabic verb before its subject.
        if word.isArabic, word.reads(Self.wonWords), index + 1 < words.count,
            !reading.sentence.isBreak(before: index + 1),
            !(previous?.reads(Self.relativePronouns) ?? false)
        {
            var end = index + 1
            while end < words.count, end - index <= 6, !reading.sentence.isBreak(before: end),
                !words[end].reads(DraftWord.keySet("على")), words[end].number == nil,
                !words[end].key.contains(where: \.isNumber)
            {
                end += 1
            }
            if end > index + 1 {
                return RankGroup(
                    ranks: [1], range: index..<index + 1, form: .topped, entity: index + 1..<end, needsChain: true)
            }
        }
        if word.reads(Self.wonWords), ordinal(reading, at: index + 1) == nil,
            !(previous?.reads(Self.relativePronouns) ?? false)
        {
            return RankGroup(ranks: [1], range: index..<index + 1, form: .topped, needsChain: true, subjectBefore: true)
        }
        // "The Netherlands and Britain rounded out the top seven", "Caltech completed the top 10":
        // the last ranks of the top N, as many as there are entities.
        if word.reads(DraftWord.keySet("rounded round rounding completed completes complete completing")),
            index + 3 < words.count,
            words[index + 1].lower == "out" ? words[index + 2].lower == "the" : words[index + 1].lower == "the"
        {
            let top = words[index + 1].lower == "out" ? index + 3 : index + 2
            if top + 1 < words.count, words[top].lower == "top",
                let count = words[top + 1].number ?? Self.cardinalTops[words[top + 1].key], (2...100).contains(count)
            {
                return RankGroup(
                    ranks: [count], range: index..<top + 2, form: .ordinal, subjectBefore: true, completesTop: true)
            }
        }
        // "pushing the Lib Dems, on 12.2%, into fourth", "pushed Tesla into second place": the
        // one pushed takes the rank.
        if word.lower == "into", let list = ordinalList(reading, from: index + 1), list.ranks.count == 1,
            let verb = (max(0, index - 8)..<index).last(where: { words[$0].reads(Self.pushWords) }), verb + 1 < index
        {
            var end = list.end
            if end < words.count, words[end].reads(Self.rankAfter) { end += 1 }
            return RankGroup(ranks: list.ranks, range: index..<end, form: .ordinal, entity: verb + 1..<index)
        }
        // English ordinals: "ranked 10th", "was fourth", "10th place", "shared sixth place",
        // "leaving Japan fourth and Germany third", "the fourth country to".
        // ("the centrist Third Way": a capitalized ordinal inside a name is no rank.)
        if !word.isArabic, word.isCapitalized, index > 0, !reading.sentence.isBreak(before: index),
            index + 1 < words.count, words[index + 1].isCapitalized, ordinalList(reading, from: index) != nil
        {
            return nil
        }
        if !word.isArabic, let list = ordinalList(reading, from: index) {
            var end = list.end
            let placed = end < words.count && words[end].reads(Self.rankAfter)
            if placed { end += 1 }
            // "slipped from second to fifth": the rank it left is not its rank; "held on to
            // third", "rose to fourth": the rank it reached is.
            if previous?.lower == "from", index > 1,
                words[max(0, index - 4)..<index - 1].contains(where: {
                    $0.reads(Self.rankVerbs) || $0.reads(DraftWord.keySet("up down"))
                })
            {
                return RankGroup(ranks: list.ranks, range: index..<end, form: .ordinal, earlier: true)
            }
            if previous?.lower == "to", index > 1,
                words[max(0, index - 4)..<index - 1].contains(where: {
                    $0.reads(Self.rankVerbs) || $0.reads(DraftWord.keySet("held kept stayed"))
                }),
                end >= words.count || reading.sentence.isBreak(before: end)
                    || words[end].reads(DraftWord.keySet("with in on behind after and while place position spot"))
            {
                return RankGroup(ranks: list.ranks, range: index..<end, form: .ordinal)
            }
            if let previous,
                previous.reads(Self.tieWords)
                    || previous.lower == "for" && index > 1 && words[index - 2].reads(Self.tieWords)
            {
                return RankGroup(ranks: list.ranks, range: index..<end, form: .tie)
            }
            // "came in third", "finished in 24th place", "was a distant third".
            let cameIn =
                previous?.lower == "in" && index > 1 && words[index - 2].reads(Self.rankVerbs)
                || ["distant", "close", "strong", "comfortable"].contains(previous?.lower ?? "") && index > 2
                    && words[index - 2].lower == "a" && words[index - 3].reads(Self.rankVerbs)
            // "with the Indian National Congress second at 99 seats": a name, its rank, its score.
            // ("won the race, with Lando Norris second and Charles Leclerc third": after «with».)
            let afterWith =
                index > 1
                && words[max(0, index - 10)..<index - 1].lastIndex(where: { $0.lower == "with" }).map { with in
                    !(with + 1...index).contains { reading.sentence.isBreak(before: $0) }
                } == true
            let scored =
                previous.map { $0.isCapitalized && !$0.isArabic } == true && index > 0
                && !reading.sentence.isBreak(before: index)
                && (end + 1 < words.count && words[end].reads(DraftWord.keySet("at with on"))
                    && words[end + 1].number != nil || afterWith)
            if previous?.reads(Self.rankVerbs) == true || placed || cameIn || scored {
                return RankGroup(ranks: list.ranks, range: index..<end, form: .ordinal)
            }
            // "ranked the second best university", "the third largest economy".
            if list.ranks.count == 1, end < words.count, words[end].reads(Self.superlatives), list.ranks[0] > 1,
                superlativeIsStated(reading, at: index)
            {
                return RankGroup(ranks: list.ranks, range: index..<end + 1, form: .superlative)
            }
            // "the fourth country to", "NATO's 31st member", "the first woman to lead", "becomes
            // first African to lead", "the organisation's seventh director general".
            let determined = previous.map { $0.lower == "the" || $0.isPossessive } ?? false
            let become = previous?.reads(DraftWord.keySet("becomes became become becoming")) ?? false
            if determined || become, end < words.count, list.ranks.count == 1 {
                let start = determined ? index - 1 : index
                if determined, words[end].reads(Self.orderNouns) {
                    return RankGroup(ranks: list.ranks, range: start..<end + 1, form: .order)
                }
                // ("The Soviet Union was the first to achieve a soft landing, …, followed by …".)
                if determined, end + 1 < words.count, words[end].lower == "to", !reading.sentence.isBreak(before: end),
                    !reading.sentence.isBreak(before: end + 1), !words[end + 1].isCapitalized,
                    words[end + 1].number == nil, !["the", "a", "an", "its", "their"].contains(words[end + 1].lower),
                    // ("was among the first to congratulate him": one of several.)
                    !(start > 0 && ["among", "of"].contains(words[start - 1].lower))
                {
                    return RankGroup(ranks: list.ranks, range: start..<end, form: .order)
                }
                if end + 2 < words.count, words[end + 1].lower == "to", !reading.sentence.isBreak(before: end + 1),
                    !words[end].reads(DraftWord.keySet("time woman women man men female male"))
                {
                    // (Not "the first time", nor "the first woman to lead a NASA launch team": an
                    // ordinal about gender is no ranking, as the development set models it.)
                    return RankGroup(ranks: list.ranks, range: start..<end + 1, form: .order)
                }
                // (Not "Labour's first general election victory": a military rank, or a post
                // going on into a noun phrase.)
                if determined, let post = reading.span(startingAt: end), case .lexicon(.post, _) = post.tag,
                    !words[post.range].allSatisfy({ $0.reads(Self.militaryRanks) }),
                    post.range.upperBound >= words.count || reading.sentence.isBreak(before: post.range.upperBound)
                        || words[post.range.upperBound].reads(DraftWord.keySet("of to and in at since"))
                {
                    return RankGroup(
                        ranks: list.ranks, range: start..<post.range.upperBound, form: .order, holders: true)
                }
            }
            if let span = index > 0 ? reading.span(at: index - 1) : nil, DraftReading.name(of: span) != nil,
                list.ranks.count == 1, !reading.sentence.isBreak(before: index), !words[index - 1].isPossessive
            {
                return RankGroup(ranks: list.ranks, range: index..<end, form: .ordinal, entity: span.range)
            }
            return nil
        }
        // «الدولتين العربيتين الثالثة والرابعة على التوالي», "the third and fourth countries
        // respectively": ordinals in a list, paired by «على التوالي».
        if let list = ordinalList(reading, from: index), list.ranks.count > 1,
            words[list.end..<min(words.count, list.end + 3)].contains(where: { $0.reads(Self.respectively) })
        {
            return RankGroup(ranks: list.ranks, range: index..<list.end, form: .ordinal)
        }
        // Arabic order: «أول دولة عربية», «والخامسة في العالم» after «لتصبح X».
        if word.isArabic, let first = ordinal(reading, at: index), first.end < words.count, index > 0 {
            if words[first.end].reads(Self.orderNouns) {
                return RankGroup(ranks: [first.value], range: index..<first.end + 1, form: .order)
            }
            // «يصبح فاي … وخامس رئيس للبلاد»: the Nth holder of a post, after a verb of becoming.
            if !word.isDefinite,
                let post = reading.span(startingAt: first.end), case .lexicon(.post, _) = post.tag,
                !words[post.range].allSatisfy({ $0.reads(Self.militaryRanks) }),
                holdsAPost(reading, at: index)
            {
                return RankGroup(
                    ranks: [first.value], range: index..<post.range.upperBound, form: .order, holders: true)
            }
        }
        // «يصبح عون الرئيس الرابع عشر للجمهورية»: a post, then its ordinal.
        if word.isArabic, let post = reading.span(startingAt: index), case .lexicon(.post, _) = post.tag,
            let first = ordinal(reading, at: post.range.upperBound), first.value > 1,
            words[post.range.upperBound].text.hasPrefix("ال"),
            !words[post.range].allSatisfy({ $0.reads(Self.militaryRanks) }),
            holdsAPost(reading, at: index)
        {
            return RankGroup(ranks: [first.value], range: index..<first.end, form: .order, holders: true)
        }
        if word.isArabic, let first = ordinal(reading, at: index), first.end < words.count, index > 0 {
            // «… أول دولة عربية …، والخامسة في العالم»: a second order of the same subject.
            if first.end + 1 < words.count, words[first.end].key == "في", words[first.end + 1].key == "عالم",
                word.text.hasPrefix("و")
            {
                return RankGroup(ranks: [first.value], range: index..<first.end + 2, form: .order)
            }
            // «السابع عالمياً والأول عربياً»: a second rank of the same subject, in the region.
            if word.text.hasPrefix("و"), words[first.end].reads(Self.scopeAdverbs), index > 1,
                words[index - 1].reads(Self.scopeAdverbs)
            {
                return RankGroup(ranks: [first.value], range: index..<first.end + 1, form: .order)
            }
        }
        // "kept the top spot", "took first place", "claimed the top position".
        if !word.isArabic, word.lower == "top" || word.lower == "first", previous?.lower == "the",
            index + 1 < words.count, words[index + 1].reads(Self.rankAfter), index > 1,
            words[index - 2].reads(
                DraftWord.keySet(
                    "kept keeps keep retained retains held holds took takes claimed claims regained reclaimed took"))
                || words[index - 2].reads(Self.rankVerbs)
        {
            return RankGroup(ranks: [1], range: index - 1..<index + 2, form: .ordinal, subjectBefore: true)
        }
        // "will return to No. 1", "drops to No. 2", "moves up to a career-best No. 3".
        if !word.isArabic, word.lower == "no", index + 1 < words.count, let value = words[index + 1].number,
            (1...500).contains(value),
            let to = words[max(0, index - 4)..<index].lastIndex(where: { $0.lower == "to" }),
            !(to + 1..<index).contains(where: { reading.sentence.isBreak(before: $0) }),
            words[max(0, to - 3)..<to].contains(where: { $0.reads(Self.movementVerbs) || $0.reads(Self.rankVerbs) })
        {
            return RankGroup(ranks: [value], range: index..<index + 2, form: .ordinal)
        }
        // "came top", "ranked No. 2".
        // ("came in at No. 3".)
        let climbedTo =
            (previous?.lower == "to" || previous?.lower == "at")
            && words[max(0, index - 6)..<index].contains { $0.reads(Self.rankVerbs) }
        if !word.isArabic, previous?.reads(Self.rankVerbs) == true || climbedTo {
            if word.lower == "top"
                || word.lower == "first" && index + 1 < words.count && words[index + 1].lower == "place"
            {
                return RankGroup(ranks: [1], range: index..<index + 1, form: .ordinal)
            }
            if word.lower == "no", index + 1 < words.count, let value = words[index + 1].number,
                (1...500).contains(value)
            {
                return RankGroup(ranks: [value], range: index..<index + 2, form: .ordinal)
            }
        }
        // "ranked last of the 180", "came last out of 180 countries".
        if word.lower == "last", previous?.reads(Self.rankVerbs) == true {
            if index + 2 < words.count, words[index + 1].key == "of" {
                let at = words[index + 2].lower == "the" ? index + 3 : index + 2
                if at < words.count, let total = words[at].number, total > 1 {
                    return RankGroup(ranks: [total], range: index..<at + 1, form: .ordinal)
                }
            }
            if let total = listSize(reading) {
                return RankGroup(ranks: [total], range: index..<index + 1, form: .ordinal)
            }
        }
        // "second-largest" (one word), «ثاني أكبر».
        let parts = word.key.split(separator: " ")
        if !word.isArabic, parts.count == 2, Self.superlatives.contains(String(parts[1])),
            let ordinal = DraftOrdinals.table[String(parts[0])]?.first(where: { $0.words.count == 1 })
        {
            guard superlativeIsStated(reading, at: index) else { return nil }
            return RankGroup(ranks: [ordinal.value], range: index..<index + 1, form: .superlative)
        }
        // "won the most seats", "took the most votes": first of the election.
        if !word.isArabic, word.lower == "most", previous?.lower == "the", index > 1, index + 1 < words.count,
            words[index + 1].reads(DraftWord.keySet("seats votes")),
            words[index - 2].reads(DraftWord.keySet("won wins win winning took secured received gained"))
        {
            return RankGroup(ranks: [1], range: index - 1..<index + 2, form: .superlative)
        }
        // «مصر صاحبة الرقم القياسي», "the record holder": first of the list.
        if word.reads(DraftWord.keySet("صاحبة صاحب")), index + 2 < words.count,
            words[index + 1].reads(DraftWord.keySet("الرقم")), words[index + 2].reads(DraftWord.keySet("القياسي"))
        {
            return RankGroup(ranks: [1], range: index..<index + 3, form: .ordinal, subjectBefore: true)
        }
        // "second-placed Barcelona", "the third-seeded Medvedev": the name right after.
        if !word.isArabic, parts.count == 2, DraftWord.keySet("placed seeded").contains(String(parts[1])),
            let ordinal = DraftOrdinals.table[String(parts[0])]?.first(where: { $0.words.count == 1 }),
            index + 1 < words.count, let run = capitalizedRun(reading, from: index + 1, limit: words.count)
        {
            return RankGroup(ranks: [ordinal.value], range: index..<index + 1, form: .ordinal, entity: run)
        }
        // "the world's top-selling carmaker", "the best-selling": rank 1.
        // ("the highest-placed city in the US".)
        // ("Japan's longest-serving prime minister".)
        if !word.isArabic, parts.count == 2, ["top", "best", "highest", "longest"].contains(parts[0]),
            DraftWord.keySet("selling earning grossing ranked rated placed serving").contains(String(parts[1]))
        {
            guard superlativeIsStated(reading, at: index) else { return nil }
            return RankGroup(ranks: [1], range: index..<index + 1, form: .superlative)
        }
        // («ثامن أكثر دول العالم سكاناً»: «أكثر» after an ordinal is a superlative too.)
        if word.isArabic, let first = ordinal(reading, at: index), first.value > 1, first.end < words.count,
            words[first.end].reads(Self.superlatives) || words[first.end].reads(DraftWord.keySet("أكثر"))
        {
            return RankGroup(ranks: [first.value], range: index..<first.end + 1, form: .superlative)
        }
        // A superlative: rank 1, unless it names a list («ضمن أكبر مصدري», "one of the largest")
        // or, with its article, describes a noun («المجلس الأعلى»).
        let definiteArabic = word.isDefinite
        // «لتصبح الشركة الأعلى قيمة سوقية», «ليصبح الكتلة الأكبر في البرلمان»: a definite
        // superlative after a verb of becoming and its noun.
        if definiteArabic, word.text.hasPrefix("ال"), index > 1,
            word.reads(Self.superlatives) || word.reads(DraftWord.keySet("الأعلى الأكثر")),
            words[index - 1].text.hasPrefix("ال"),
            reading.span(at: index - 1).map({ span in
                if case .lexicon(.organizationHead, _) = span.tag { return true }
                return false
            }) ?? true,
            words[index - 2].reads(Self.becomeWords)
        {
            return RankGroup(ranks: [1], range: index - 1..<index + 1, form: .superlative, subjectBefore: true)
        }
        if word.reads(Self.superlatives), !word.reads(DraftWord.keySet("أكثر")), !definiteArabic {
            if let previous, previous.reads(Self.notSuperlativeBefore) { return nil }
            // «وهو أكبر عدد من الذهبيات تحرزه»: said of a figure, not of a country.
            if let previous, previous.reads(DraftWord.keySet("هو هي وهو وهي وهما")) { return nil }
            if index > 1, words[index - 2].key == "of" { return nil }  // "one of the world's largest"
            if !word.isArabic {
                guard superlativeIsStated(reading, at: index) else { return nil }
                // "the most populous", "the least corrupt": the adjective is part of it.
                let end = ["most", "least"].contains(word.lower) && index + 1 < words.count ? index + 2 : index + 1
                // "the largest and second-largest": ranks 1 and 2.
                if end + 1 < words.count, words[end].key == "and" {
                    let parts = words[end + 1].key.split(separator: " ")
                    if parts.count == 2, Self.superlatives.contains(String(parts[1])),
                        let second = DraftOrdinals.table[String(parts[0])]?.first(where: { $0.words.count == 1 })
                    {
                        return RankGroup(ranks: [1, second.value], range: index..<end + 2, form: .superlative)
                    }
                }
                // ("Damascus was again ranked the least liveable" of an index that covers 173 cities:
                // the last rank.)
                if word.lower == "least", let total = listSize(reading) {
                    return RankGroup(ranks: [total], range: index..<end, form: .superlative)
                }
                return RankGroup(ranks: [1], range: index..<end, form: .superlative)
            } else {
                // «أكبر مصدري» (a plural in the genitive) names a list; «أكبر عدد من» is no rank.
                if index + 1 < words.count, words[index + 1].text.hasSuffix("ي"),
                    !words[index + 1].text.hasSuffix("ري") || words[index + 1].text.hasSuffix("دري")
                {
                    return nil
                }
                // «لأكبر شركات العالم», «أكبر اقتصادات»: a list's name ("for the largest companies").
                if word.text.hasPrefix("ل") && !word.text.hasPrefix("لا")
                    || index + 1 < words.count && words[index + 1].text.hasSuffix("ات")
                {
                    return nil
                }
                // «أكبر عدد من الذهبيات تحرزه في تاريخها» is no rank, unless others follow it
                // («سجل إقليم الحوز أكبر عدد من الوفيات، يليه إقليم تارودانت») or it is the world's
                // («وتستضيف تركيا أكبر عدد من اللاجئين في العالم»).
                let world = words[(index + 1)..<min(words.count, index + 7)].indices.contains { at in
                    words[at].reads(Self.scopeAdverbs)
                        || at + 1 < words.count && words[at].key == "في" && words[at + 1].key == "عالم"
                }
                if index + 1 < words.count, words[index + 1].reads(DraftWord.keySet("عدد نسبة قدر")),
                    !words[(index + 1)...].contains(where: { $0.reads(Self.chainWords) }), !world
                {
                    return nil
                }
            }
            return RankGroup(ranks: [1], range: index..<index + 1, form: .superlative)
        }
        return nil
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

    /// Verbs that say who holds a post: «يصبح», «يعد» (is counted as), "becomes".
    static let holderVerbs = becomeWords.union(DraftWord.keySet("يعد ويعد تعد وتعد يعتبر ويعتبر تعتبر وتعتبر"))

    /// Whether the Nth holder of a post at a word is said of someone: after a verb of becoming or
    /// of being counted («ويعد غوتيريش الأمين العام التاسع»), or as an apposition to a name
    /// («بان كي مون، الأمين العام الثامن للمنظمة»).
    func holdsAPost(_ reading: DraftReading, at index: Int) -> Bool {
        let words = reading.words
        if words[..<index].contains(where: { $0.reads(Self.holderVerbs) }) { return true }
        return index > 0 && words[index].before.contains(where: { ",،".contains($0) })
            && names.name(endingBefore: index, in: reading) != nil
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

    /// Whether an English superlative is stated of a subject: "the" or "'s" before it, a verb of
    /// being or ranking in its clause, and no plural after it that makes it a list ("the largest
    /// exporters").
    func superlativeIsStated(_ reading: DraftReading, at index: Int) -> Bool {
        let words = reading.words
        guard index > 0 else { return false }
        let previous = words[index - 1]
        let far = previous.lower == "far" && index > 2 && words[index - 2].lower == "by"
        // ("the single largest party".)
        let single = previous.lower == "single" && index > 1 && words[index - 2].lower == "the"
        guard previous.lower == "the" || previous.isPossessive || far || single || words[index - 1].lower == "world's"
        else {
            return false
        }
        // ("the world's largest producer of cocaine and Latin America's fourth-largest economy":
        // joined by "and" to one that is stated.)
        if let and = words[max(0, index - 4)..<index].lastIndex(where: { $0.lower == "and" }),
            let earlier = words[max(0, and - 8)..<and].lastIndex(where: { word in
                word.key.split(separator: " ").contains { Self.superlatives.contains(String($0)) }
            }), superlativeIsStated(reading, at: earlier)
        {
            return true
        }
        let clause = reading.clause(around: index)
        let verbs = DraftWord.keySet(
            "is was are were became remain remains remained has had been ranked become making made make makes emerged emerges emerge named rated voted"
        )
        // "Japan, the world's fourth-largest economy": an apposition to the entity before the comma.
        // ("UBS, Switzerland's largest lender": a possessive opens the apposition.)
        let determiner =
            previous.lower == "the" || previous.isPossessive && previous.before.contains(",")
            ? index - 1 : (index >= 2 && words[index - 2].lower == "the" ? index - 2 : -1)
        // ("India, now the world's fifth-largest economy": an adverb after the comma.)
        let adverb =
            determiner > 1 && words[determiner - 1].reads(DraftWord.keySet("now already still currently once"))
            && words[determiner - 1].before.contains(",")
        let subjectEnd = adverb ? determiner - 2 : determiner - 1
        if determiner > 0, words[determiner].before.contains(",") || adverb,
            reading.span(at: subjectEnd).map({ DraftReading.name(of: $0) != nil }) ?? words[subjectEnd].isCapitalized
        {
            return true
        }
        // "BYD overtook Tesla as the world's biggest seller": who overtook is the largest now.
        let window = words[max(clause.lowerBound, index - 8)..<index]
        let overtookAs =
            window.contains { $0.reads(Self.overtakeWords) } && determiner > 0 && words[determiner - 1].lower == "as"
        guard overtookAs || window.contains(where: { $0.reads(verbs) }) else { return false }
        var noun = index + 1
        if ["most", "least"].contains(words[index].lower) { noun += 1 }
        // "the largest and second-largest economies": a list of superlatives may take a plural.
        if noun + 1 < words.count, words[noun].key == "and", words[noun + 1].key.split(separator: " ").count == 2 {
            return true
        }
        if noun < words.count, words[noun].key.hasSuffix("s"), !words[noun].key.hasSuffix("ss"),
            !words[noun].key.hasSuffix("us")
        {
            return false
        }
        return true
    }
}
