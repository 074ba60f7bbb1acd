import Foundation

/// Orders and superlatives: «أول دولة», the Nth holder of a post, "the top spot", "No. N", "last", «أكبر», "the largest".
extension DraftRun {
    /// Ordinals paired by «على التوالي», orders («أول دولة», the Nth holder of a post), "the top spot", "No. N", "last", superlatives.
    /// nil: no rank at this word, look no further; `.some(nil)`: not one of these forms.
    func orderGroup(_ reading: DraftReading, _ index: Int) -> RankGroup?? {
        let words = reading.words
        let word = words[index]
        let previous = index > 0 ? words[index - 1] : nil
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
            words[max(0, index - 5)..<index - 1].contains(where: { $0.reads(Self.holderVerbs) })
        {
            // («وتُعد مايكروسوفت حاليا الشركة المدرجة الأعلى قيمة سوقية»: a verb of being counted
            // too, a few words before.)
            return RankGroup(ranks: [1], range: index - 1..<index + 1, form: .superlative, subjectBefore: true)
        }
        // «مطار دبي الدولي، الأكثر ازدحاما في العالم»: a definite superlative after a comma
        // describes the name before it.
        if definiteArabic, word.text.hasPrefix("ال"), index > 1, word.before.contains(where: { ",،".contains($0) }),
            word.reads(DraftWord.keySet("الأكثر الأكبر الأعلى الأضخم الأقوى"))
        {
            let end = word.reads(DraftWord.keySet("الأكثر")) && index + 1 < words.count ? index + 2 : index + 1
            return RankGroup(ranks: [1], range: index..<end, form: .superlative)
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
                // (Unless others follow it: «بأكبر احتياطي رسمي من الذهب …، تليها ألمانيا».)
                if index + 1 < words.count, words[index + 1].text.hasSuffix("ي"),
                    !words[index + 1].text.hasSuffix("ري") || words[index + 1].text.hasSuffix("دري"),
                    !words[(index + 1)...].contains(where: { $0.reads(Self.chainWords) })
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
        return .some(nil)
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
}
