import Foundation

/// Topping and winning: «تصدرت», «صدارة», "won …, followed by", "rounded out the top N", "pushed into", English ordinals.
extension DraftRun {
    /// Topping and winning, «صدارة», "rounded out the top N", "pushed into", English ordinals.
    /// nil: no rank at this word, look no further; `.some(nil)`: not one of these forms.
    func toppedGroup(_ reading: DraftReading, _ index: Int) -> RankGroup?? {
        let words = reading.words
        let word = words[index]
        let previous = index > 0 ? words[index - 1] : nil
        // «توج فريق العين الإماراتي بلقب دوري أبطال آسيا», «توج محمد صلاح، مهاجم ليفربول، بلقب
        // هداف الدوري»: crowned with a title, first of it.
        if word.isArabic, word.reads(DraftWord.keySet("توج توجت وتوج وتوجت")), index + 2 < words.count,
            let title = words[(index + 1)..<min(words.count, index + 12)].firstIndex(where: {
                $0.reads(DraftWord.keySet("بلقب"))
            }), title > index + 1
        {
            var group = RankGroup(ranks: [1], range: index..<index + 1, form: .topped, entity: index + 1..<title)
            group.nameAt = title + 1
            return group
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
        // («الفوز بالبطولة»: the winning in general, no one's win.)
        if word.isArabic, word.reads(Self.wonWords), !word.text.hasPrefix("ال"), index + 1 < words.count,
            !reading.sentence.isBreak(before: index + 1),
            !(previous?.reads(Self.relativePronouns) ?? false)
        {
            var end = index + 1
            while end < words.count, end - index <= 9, !reading.sentence.isBreak(before: end),
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
        if word.reads(Self.wonWords), !word.isDefinite, ordinal(reading, at: index + 1) == nil,
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
                || ["distant", "close", "strong", "comfortable", "surprise", "surprising"].contains(
                    previous?.lower ?? "") && index > 2
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
        return .some(nil)
    }
}
