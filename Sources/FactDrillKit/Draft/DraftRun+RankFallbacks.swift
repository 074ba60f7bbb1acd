import Foundation

/// Who a rank is said of when its clause gave no one, or fewer than its ranks: a name before
/// «المصنفة», the one just ranked (a rank held before), a list before "respectively", the names
/// after «هي» or a colon.
extension DraftRun {
    /// The subjects found so far, completed or replaced by the fallbacks that apply.
    mutating func fallbackSubjects(
        _ scene: RankScene, _ found: [(id: String, range: Range<Int>)], order: String,
        lastEntity: (id: String, range: Range<Int>)?, lastPairedEnd: Int
    ) -> (entities: [(id: String, range: Range<Int>)], order: String) {
        let reading = scene.reading
        let words = reading.words
        let group = scene.group
        let by = scene.by
        var entities = found
        var order = order
        // («بالبيلاروسية أرينا سابالينكا، المصنفة الثانية عالميا»: the name before the comma, one no
        // lexicon knows, after a nationality.)
        if entities.isEmpty, words[group.range.lowerBound].reads(DraftWord.keySet("المصنف المصنفة")),
            words[group.range.lowerBound].before.contains(where: { ",،".contains($0) }),
            let name = names.name(endingBefore: group.range.lowerBound, in: reading),
            name.range.lowerBound > 0,
            name.known
                || {
                    if case .lexicon(.adjective, _) = reading.span(at: name.range.lowerBound - 1)?.tag { return true }
                    return false
                }()
        {
            entities = [(book.add(text: reading.sentence.phrase(name.range), type: .person), name.range)]
            order = "apposition"
        }
        // "Zurich third, up from sixth last year": the rank held before by the one just ranked.
        // "Austria slipped from fourth to sixth": the rank reached, by the one that left the other.
        if entities.isEmpty,
            group.earlier
                || scene.previous.map({ $0.earlier && group.range.lowerBound - $0.range.upperBound <= 1 }) == true,
            let last = lastEntity
        {
            entities = [last]
        }
        // "Microsoft and Apple Inc., valued at …, slipped to second and third place
        // respectively", "China and the United States, the world's biggest and second-biggest
        // emitters … respectively": the list stands before, past commas and unpaired words.
        if scene.hasRespectively, group.ranks.count > 1, entities.count < group.ranks.count, group.form != .tie {
            let wider = candidates(reading, in: lastPairedEnd..<group.range.lowerBound, excluding: by?.range)
            if wider.count >= group.ranks.count {
                entities = Array(wider.suffix(group.ranks.count))
                order = "before"
            }
        }
        // «تقاسمت سبع دول المركز الثالث، هي النمسا وفنلندا …», "shared third place: Austria, …".
        if group.form == .tie, entities.count < 2, group.range.upperBound + 1 < words.count,
            reading.sentence.isBreak(before: group.range.upperBound),
            words[group.range.upperBound].reads(DraftWord.keySet("هي وهي هم وهم namely"))
                || words[group.range.upperBound].before.contains(":")
        {
            let start =
                words[group.range.upperBound].before.contains(":")
                ? group.range.upperBound : group.range.upperBound + 1
            var end = start + 1
            while end < words.count, !reading.sentence.isBreak(before: end) { end += 1 }
            let listed = candidates(reading, in: start..<end, excluding: by?.range)
            if listed.count >= 2 {
                entities = listed
                order = "listed after"
            }
        }
        return (entities, order)
    }

    /// One subject past an apposition: «وجاءت اليابان، البلد المضيف، في المركز الثالث», «وجاء إيلون
    /// ماسك، الرئيس التنفيذي لشركتي "تسلا" و"سبيس إكس"، في المركز الثاني»; else the last named
    /// before the rank, near it.
    mutating func appositionSubject(_ scene: RankScene, arabicOrder: Bool) -> (id: String, range: Range<Int>)? {
        let reading = scene.reading
        let words = reading.words
        let group = scene.group
        let by = scene.by
        let previousEnd = scene.previousEnd
        let clause = scene.clause
        let segment = clause.lowerBound > 0 ? reading.clause(around: clause.lowerBound - 1) : clause
        let describes =
            segment.lowerBound < words.count
            && (reading.span(startingAt: segment.lowerBound).map { span in
                if case .lexicon(.post, _) = span.tag { return true }
                return false
            } ?? false || words[segment.lowerBound].text.hasPrefix("ال")
                // ("Beijing, which hosted the 2008 Games, became the first city"; "the
                // Liberal Democrats, led by Ed Davey, took 71 to become the third-largest".)
                || words[segment.lowerBound].reads(Self.relativePronouns)
                || words[segment.lowerBound].lower == "where"
                // ("The United States, classified as a 'flawed democracy', came 29th".)
                || !words[segment.lowerBound].isArabic && !words[segment.lowerBound].isCapitalized
                    && words[segment.lowerBound].lower.hasSuffix("ed")
                    && words[clause.lowerBound].reads(Self.rankVerbs)
                || words[segment.lowerBound].reads(DraftWord.keySet("led headed chaired founded run")))
        // («وقال رئيس الهيئة فاروق بوعسكر …، إن رجل الأعمال العياشي زمال، رئيس …، حلّ
        // ثانياً»: the subject comes after «إن», never the speaker before it.)
        // (A rank inside the apposition — «أما الولايات المتحدة، التي تصدرت المؤشر قبل
        // عقد، فقد تراجعت إلى المركز الثامن» — leaves the subject before it.)
        let lowest = previousEnd > segment.lowerBound ? 0 : previousEnd
        let subjectStart =
            (lowest..<max(lowest, segment.lowerBound)).last(where: { at in
                words[at].isArabic && words[at].reads(DraftWord.keySet("إن أن"))
            }).map { $0 + 1 } ?? lowest
        // (Not across an apposition whose subject is no name: «رجل الأعمال …، رئيس حركة
        // "عازمون"، حلّ ثانياً» ranks the businessman, not his movement.)
        if describes, segment.lowerBound > subjectStart {
            return candidates(reading, in: subjectStart..<segment.lowerBound, excluding: by?.range).last
        }
        let before = candidates(
            reading, in: max(subjectStart, previousEnd)..<group.range.lowerBound, excluding: by?.range)
        // (Nor, for an Arabic order, what a phrase about the subject names: «أصغر رئيس
        // في تاريخ السنغال، وخامس رئيس …».)
        guard let last = before.last, group.range.lowerBound - last.range.upperBound <= 6,
            !arabicOrder
                || !words[max(0, last.range.lowerBound - 2)..<last.range.lowerBound].contains(
                    where: { $0.reads(DraftWord.keySet("في تاريخ من")) })
        else { return nil }
        return last
    }
}
