import Foundation

/// Writing a ranking: its name, confidence and rule; the earlier list; a list continued.
extension DraftRun {
    /// Writes a group's entries as a ranking, or adds them to the ranking they continue; returns
    /// the words of dates it used.
    mutating func addRanking(
        _ scene: RankScene, _ entities: [(id: String, range: Range<Int>)], _ ranks: [Int],
        _ entries: [ArticleDraft.Entry], chained: Int, order: String, period: (text: String, range: Range<Int>)?
    ) -> Set<Int> {
        let reading = scene.reading
        let words = reading.words
        let group = scene.group
        let by = scene.by
        let hasRespectively = scene.hasRespectively
        let rule = "ranking." + group.form.rawValue
        var used: Set<Int> = []
        let nameStart =
            group.nameAt
            ?? ((order == "after" || group.entity != nil) && group.form == .topped
                ? entities.last!.range.upperBound : nil)
        var name = rankingName(reading, after: group, startingAt: nameStart)
        // ("Tebboune won 84.3% of the vote", «فوز … الغزواني … بعد حصوله على 56.12%»: a win by its
        // share ranks the election's results; the sentence seldom names them.)
        if group.needsChain, chained == 0, entries.count == 1,
            winsAnElection(reading, after: group.range.upperBound, entity: entries[0].entity)
        {
            name = (language == "ar" ? "نتائج الانتخابات" : "the election results", false)
        }
        // «السابع عالمياً والأول عربياً»: the same list, within the region the adverb says.
        let regional =
            group.form == .order && words[group.range.lowerBound].text.hasPrefix("و")
            && words[group.range.upperBound - 1].reads(Self.scopeAdverbs)
        if regional,
            let world = facts.last(where: { $0.evidence == reading.sentence.text && $0.typeName == "ranking" }),
            case .ranking(let title, _, _, _) = world.body, let text = title[language]
        {
            name = (
                text + " (" + reading.sentence.phrase(group.range.upperBound - 1..<group.range.upperBound) + ")",
                true
            )
        }
        var confidence: Double
        var how: String
        switch group.form {
        case .superlative:
            confidence = 0.7
            how = "a superlative states rank \(ranks[0])"
        case .order:
            confidence = 0.7
            how =
                group.holders
                ? "the holder of a post by order, rank \(ranks[0])" : "an order states rank \(ranks[0])"
        case .topped:
            confidence = 0.75
            how = "«topped» states rank 1"
        case .tie:
            confidence = 0.8
            how = "a tie: \(entries.count) entities share rank \(ranks[0])"
        case .ordinal:
            if ranks.count > 1 {
                confidence = hasRespectively ? 0.9 : 0.75
                how =
                    hasRespectively
                    ? "entities and ranks paired in order («respectively»)" : "entities and ranks paired in order"
            } else {
                confidence = order == "before" ? 0.85 : 0.7
                how = "one entity with one rank"
            }
        }
        if chained > 0 {
            how += "; \(chained) more from the list written with it («followed by», «after»)"
            confidence -= 0.05
        }
        var fact = ArticleDraft.Fact(
            id: "", body: .ranking(name: [language: name.text], period: period?.text, by: by?.id, entries: entries),
            evidence: reading.sentence.text,
            rule: chained > 0 ? rule + "+chain" : regional ? rule + ".regional" : rule,
            confidence: confidence)
        if !name.found { fact.notes.append("the list is not named in the sentence: name it") }
        let summary = entries.map { entry in
            "\(book.entities.first { $0.id == entry.entity }?.names[language] ?? entry.entity) #\(entry.rank)"
        }
        // "Melbourne slipped from third to fourth": the rank held before goes to a list of its
        // own, the previous edition's.
        if group.earlier {
            // ("from sixth last year": the year is the earlier list's, no event's.)
            if let date = reading.spans.first(where: { span in
                guard case .date = span.tag else { return false }
                return (group.range.upperBound...group.range.upperBound + 1).contains(span.range.lowerBound)
            }) {
                used.formUnion(date.range)
            }
            if let previous = facts.lastIndex(where: { $0.rule == rule + ".earlier" }),
                case .ranking(let title, let period0, let by0, let entries0) = facts[previous].body
            {
                let added = entries.filter { entry in !entries0.contains { $0.entity == entry.entity } }
                facts[previous].body = .ranking(name: title, period: period0, by: by0, entries: entries0 + added)
                if !facts[previous].evidence.contains(reading.sentence.text) {
                    facts[previous].evidence += "\n" + reading.sentence.text
                }
            } else {
                var earlier = ArticleDraft.Fact(
                    id: "",
                    body: .ranking(
                        name: [language: "the previous edition"], period: nil, by: by?.id, entries: entries),
                    evidence: reading.sentence.text, rule: rule + ".earlier", confidence: 0.6)
                earlier.notes.append("ranks held before («from …»): name the list and give its period")
                add(earlier, idFrom: "previous ranking")
            }
            note(
                reading, rule + ".earlier", accepted: true,
                "\(summary.joined(separator: ", ")): the rank held before")
            return used
        }
        // A rank with no list of its own continues the ranking just before it, in this sentence
        // or the two before («وتصدرت الولايات المتحدة جدول الميداليات … الصين التي حلت ثانية.
        // وجاءت اليابان … في المركز الثالث»).
        if !name.found,
            let previous = facts.lastIndex(where: {
                $0.typeName == "ranking" && !$0.rule.hasSuffix(".earlier") && !$0.rule.hasSuffix(".regional")
            }),
            reading.sentence.index - lastRankingSentence <= 2,
            case .ranking(let title, let period0, let by0, let entries0) = facts[previous].body
        {
            let added = entries.filter { entry in !entries0.contains { $0.entity == entry.entity } }
            // (Not when a rank is already someone else's: "climbed from sixth place last year".)
            let clash =
                added.contains { entry in entries0.contains { $0.rank == entry.rank } } && group.form != .tie
            if !added.isEmpty, !clash {
                facts[previous].body = .ranking(
                    name: title, period: period0 ?? period?.text, by: by0 ?? by?.id, entries: entries0 + added)
                if !facts[previous].evidence.contains(reading.sentence.text) {
                    facts[previous].evidence += "\n" + reading.sentence.text
                }
                facts[previous].confidence = min(facts[previous].confidence, confidence)
                note(
                    reading, fact.rule, accepted: true,
                    "\(summary.joined(separator: ", ")) added to «\(title[language] ?? "")»: \(how)")
                lastRankingSentence = reading.sentence.index
                return used
            }
        }
        note(reading, fact.rule, accepted: true, "\(summary.joined(separator: ", ")) in «\(name.text)»: \(how)")
        add(fact, idFrom: (name.found ? name.text : "ranking") + (period.map { " " + $0.text } ?? ""))
        lastRankingSentence = reading.sentence.index
        return used
    }
}
