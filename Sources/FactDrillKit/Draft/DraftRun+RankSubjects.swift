import Foundation

/// Who a rank is said of: before it, after it, past an apposition, the previous sentence's subject.
extension DraftRun {
    /// Who a group's ranks are said of (see `readRankings`), and how they were found ("before",
    /// "after", "apposition" …).
    mutating func rankSubjects(
        _ scene: RankScene, lastEntity: (id: String, range: Range<Int>)?, lastPairedEnd: Int
    ) -> (entities: [(id: String, range: Range<Int>)], order: String) {
        let reading = scene.reading
        let words = reading.words
        let group = scene.group
        let by = scene.by
        let previousEnd = scene.previousEnd
        let nextStart = scene.nextStart
        let clause = scene.clause
        var entities: [(id: String, range: Range<Int>)]
        var order = "before"
        if let hint = group.entity {
            entities = candidates(reading, in: hint, excluding: by?.range)
            // («توج فريق العين الإماراتي بلقب …»: the team named after «فريق», not its country.)
            if words[hint.lowerBound].reads(DraftWord.keySet("فريق نادي")), hint.count >= 2 {
                var end = hint.lowerBound + 1
                while end < hint.upperBound,
                    reading.span(at: end).map({ span in
                        if case .lexicon(.adjective, _) = span.tag { return false }
                        return true
                    }) ?? true
                {
                    end += 1
                }
                let team = hint.lowerBound + 1..<end
                if !team.isEmpty {
                    entities = [(book.add(text: reading.sentence.phrase(team), type: .organization), team)]
                }
            }
            // («وحل الموناكي شارل لوكلير (فيراري) ثانيا»: a name no lexicon knows, in the
            // subject's place, is a person's.)
            if entities.isEmpty, words[hint.lowerBound].isArabic,
                names.name(startingAt: hint.lowerBound, in: reading)?.range == hint
            {
                entities = [(book.add(text: reading.sentence.phrase(hint), type: .person), hint)]
            } else if entities.isEmpty, hint.count == 1, unknownTeam(reading, at: hint.lowerBound) {
                // («وحل تشيلسي ثالثاً»: a team's.)
                let written = words[hint.lowerBound].text
                let text = written.hasPrefix("و") && written.count > 4 ? String(written.dropFirst()) : written
                entities = [(book.add(text: text, type: .organization), hint)]
            }
        } else {
            // ("UCL (…) and Caltech completed the top 10": the subject may hold parentheses.)
            var start = group.completesTop ? previousEnd : max(clause.lowerBound, previousEnd)
            // («تخطت أرامكو … شركة أبل لتصبح الشركة الأعلى قيمة»: a clause of purpose is said
            // of the sentence's subject, from its start.)
            if group.subjectBefore, group.range.lowerBound > 0,
                words[group.range.lowerBound - 1].reads(DraftWord.keySet("لتصبح ليصبح لتكون ليكون"))
            {
                start = previousEnd
            }
            // («منظمة أوبك التي تعد السعودية أكبر منتج فيها»: the relative clause has its own
            // subject.)
            let ownSubject =
                start < words.count && words[start].reads(Self.relativePronouns) && start + 2 < words.count
                    && words[start + 1].reads(DraftWord.keySet("تعد يعد تعتبر يعتبر تمثل يمثل"))
                ? candidates(reading, in: start + 2..<group.range.lowerBound, excluding: by?.range) : []
            if !ownSubject.isEmpty {
                entities = ownSubject
            } else if start < words.count, words[start].reads(Self.relativePronouns), start > 0 {
                // "India, which overtook China … to become the most populous": the antecedent.
                // («مطار هيثرو في لندن الذي حل ثانياً»: not where the antecedent is.)
                var before = candidates(reading, in: previousEnd..<start, excluding: by?.range)
                // ("Morgan Tsvangirai, the leader of the opposition MDC, who topped …": «who» is
                // a person's.)
                if words[start].lower == "who" {
                    let people = before.filter { found in
                        book.entities.first(where: { $0.id == found.id })?.type == .person
                    }
                    if !people.isEmpty { before = people }
                }
                let located = before.filter { found in
                    isLocated(reading, found.range)
                }
                entities =
                    (before.count > located.count
                    ? before.filter { f in
                        !located.contains { $0.id == f.id }
                    } : before).last.map { [$0] } ?? []
                order = "antecedent"
            } else {
                entities = candidates(reading, in: start..<group.range.lowerBound, excluding: by?.range)
                // ("Collin Morikawa, Tommy Fleetwood and Max Homa tied for third": the names of a
                // tie listed with commas, each clause one name.)
                if group.form == .tie, !entities.isEmpty {
                    var end = start
                    while end > 0, words[end].before.contains(",") {
                        let begin = reading.clause(around: end - 1).lowerBound
                        let found = candidates(reading, in: begin..<end, excluding: by?.range)
                        guard found.count == 1, found[0].range == begin..<end else { break }
                        entities.insert(found[0], at: 0)
                        end = begin
                    }
                }
                // "Germany's spending jumped …, making it the largest spender": the subject.
                if entities.isEmpty,
                    words[start..<group.range.lowerBound].contains(where: { $0.reads(Self.pronouns) })
                {
                    entities = candidates(reading, in: 0..<start, excluding: by?.range).prefix(1).map { $0 }
                    order = "antecedent"
                }
            }
            // (An English superlative or order is said of what comes before it: "Russia, the
            // second-biggest producer in the OPEC+ group".)
            let englishDescription =
                !words[group.range.lowerBound].isArabic
                && (group.form == .superlative || group.form == .order)
            // «لتصبح الإمارات أول دولة عربية …، والخامسة في العالم بعد …», «وتُعد مصر، أكبر
            // الدول العربية …، ثاني أكبر مقترض …»: the same subject.
            // ("Colombia, the world's largest producer of cocaine and Latin America's
            // fourth-largest economy": an English one joined by "and".)
            let joinedByAnd =
                group.form == .superlative && !words[group.range.lowerBound].isArabic
                && words[max(0, group.range.lowerBound - 4)..<group.range.lowerBound].contains(where: {
                    $0.lower == "and"
                })
                && words[max(0, group.range.lowerBound - 4)..<group.range.lowerBound].contains(where: {
                    $0.isPossessive || $0.lower == "the"
                })
            // ("Saudi Arabia, the world's biggest oil exporter, will make the largest cut": the
            // subject of both.)
            let sameClauseSubject =
                entities.isEmpty && group.form == .superlative
                && !words[group.range.lowerBound].isArabic && scene.previous?.form == .superlative
                && words[previousEnd..<group.range.lowerBound].contains(where: {
                    $0.reads(DraftWord.keySet("will would make makes made has had"))
                })
            if entities.isEmpty || joinedByAnd,
                group.form == .order && words[group.range.lowerBound].text.hasPrefix("و")
                    || group.form == .superlative && words[group.range.lowerBound].isArabic
                        && reading.sentence.isBreak(before: group.range.lowerBound)
                    || joinedByAnd || sameClauseSubject,
                let earlier = facts.last(where: { $0.evidence == reading.sentence.text && $0.typeName == "ranking" }
                ),
                case .ranking(_, _, _, let previousEntries) = earlier.body, let subject = previousEntries.last
            {
                entities = [(subject.entity, group.range)]
                order = "same subject"
            }
            // «وتشغلها شركة «إيفرغرين» التايوانية، سابع أكبر شركة لشحن الحاويات»: an Arabic
            // superlative right after a comma describes the name right before it; so does an
            // English one after a possessive ("UBS, Switzerland's largest lender": not Switzerland).
            // ("Rutte, the country's longest-serving prime minister": the name right before the
            // comma, not the one a clause before it is about.)
            let possessiveApposition =
                group.form == .superlative && !words[group.range.lowerBound].isArabic
                && group.range.lowerBound > 1 && words[group.range.lowerBound - 1].isPossessive
                && words[group.range.lowerBound - 1].before.contains(",")
            let countryApposition =
                group.form == .superlative && !words[group.range.lowerBound].isArabic
                && group.range.lowerBound > 2 && words[group.range.lowerBound - 1].lower == "country's"
                && words[group.range.lowerBound - 2].lower == "the"
                && words[group.range.lowerBound - 2].before.contains(",")
            if possessiveApposition { entities = [] }
            let opening =
                possessiveApposition
                ? group.range.lowerBound - 1
                : countryApposition ? group.range.lowerBound - 2 : group.range.lowerBound
            if entities.isEmpty, group.form == .superlative,
                words[group.range.lowerBound].isArabic || possessiveApposition || countryApposition,
                words[opening].before.contains(where: { ",،".contains($0) }),
                let last = candidates(reading, in: max(previousEnd, opening - 8)..<opening, excluding: by?.range)
                    .last,
                opening - last.range.upperBound <= (words[opening].isArabic ? 1 : 0)
            {
                entities = [last]
                order = "apposition"
            }
            // (An Arabic order is said of what comes before it: «يصبح عون الرئيس الرابع عشر
            // للجمهورية اللبنانية», not of the republic.)
            let arabicOrder = words[group.range.lowerBound].isArabic && group.form == .order
            // ("had finished second to Vingegaard": who comes after "to" is ahead.)
            if entities.isEmpty, !group.subjectBefore, !englishDescription, !arabicOrder,
                Self.secondTo(reading, group) == nil
            {
                // (A rank can reach past its clause's end: never before the rank's own end.)
                var stop = max(group.range.upperBound, min(clause.upperBound, nextStart))
                // «جاءت في المركز الثاني فرنسا»: right after the rank, not further («… إثر
                // تراجع أسهم "تسلا"»).
                if group.form == .ordinal { stop = min(stop, group.range.upperBound + 3) }
                if let chain = words[group.range.upperBound..<stop].firstIndex(where: { $0.reads(Self.chainWords) }) {
                    stop = chain
                }
                // («ثاني أكبر مصدر … بعد الصين»: who comes after «بعد» is ahead, not the subject.)
                if let after = words[group.range.upperBound..<stop].firstIndex(where: {
                    $0.reads(DraftWord.keySet("بعد after behind خلف"))
                }) {
                    stop = after
                }
                // («أكبر منفق عسكري في الشرق الأوسط», "the richest person in Asia": a place after
                // «في» is where the list is, not what ranks.)
                // («في المرتبة الرابعة بين دول مجموعة العشرين»: nor what it ranks among.)
                entities = candidates(reading, in: group.range.upperBound..<stop, excluding: by?.range).filter {
                    found in
                    !(isLocated(reading, found.range)
                        && book.entities.first(where: { $0.id == found.id })?.type == .place)
                        && !words[max(0, found.range.lowerBound - 2)..<found.range.lowerBound].contains(where: {
                            $0.reads(DraftWord.keySet("بين ضمن among"))
                        })
                }
                order = "after"
                if entities.count > group.ranks.count, group.form != .tie {
                    entities = Array(entities.prefix(group.ranks.count))
                }
            }
            // «خرجت الولايات المتحدة من قائمة …، متراجعة إلى المركز الـ23»: a participle
            // continues the clause before; its subject is that clause's.
            // («…، بعدما حلت ثانية في قائمة العام الماضي»: so does a verb after «بعدما».)
            // (And a clause of purpose: «أما أوكرانيا فقد ارتفع إنفاقها …، لتحتل بذلك المركز
            // الحادي عشر», «…، لتكون صاحبة أعلى إنفاق».)
            let afterConjunction =
                group.range.lowerBound > 0
                && words[group.range.lowerBound - 1].reads(DraftWord.keySet("بعدما بينما حيث"))
                && words[group.range.lowerBound].reads(Self.arabicRankVerbs)
                || words[clause.lowerBound].reads(
                    DraftWord.keySet("لتحتل ليحتل لتحل ليحل لتصبح ليصبح لتكون ليكون ليبقى لتبقى ليظل لتظل"))
            if entities.isEmpty, group.ranks.count == 1, clause.lowerBound > previousEnd,
                words[clause.lowerBound].reads(Self.rankParticiples) || afterConjunction
            {
                let before = candidates(
                    reading, in: (afterConjunction ? 0 : previousEnd)..<clause.lowerBound, excluding: by?.range)
                // («وحلّ أمباني، رئيس مجموعة "ريلاينس"، في المرتبة التاسعة، ليبقى أغنى شخص»: the
                // one ranked just before is the subject.)
                if afterConjunction, let last = lastEntity, last.range.upperBound <= clause.lowerBound {
                    entities = [last]
                    order = "subject of the clause before"
                } else if let subject = before.first {
                    entities = [subject]
                    order = "subject of the clause before"
                }
            }
            // "The BJP won 240 seats. It remained the single largest party": «It» opening the
            // sentence is the previous sentence's subject, an organization or a country.
            if entities.isEmpty, group.ranks.count == 1, previousEnd == 0, words[0].text == "It",
                clause.lowerBound <= 3, let previous = previousReading, !previous.words.isEmpty
            {
                let opening = previous.clause(around: 0)
                // (Only a name the lexicons know or an acronym: "Modi spoke …" is no party.)
                if let subject = candidates(previous, in: opening, excluding: nil).first,
                    [.organization, .country].contains(book.entities.first(where: { $0.id == subject.id })?.type),
                    !isLocated(previous, subject.range),
                    previous.span(startingAt: subject.range.lowerBound).flatMap(DraftReading.name(of:)) != nil
                        || previous.words[subject.range.lowerBound].text.allSatisfy({ $0.isUppercase })
                {
                    entities = [(subject.id, 0..<1)]
                    order = "the previous sentence's subject («It»)"
                }
            }
            // "France and Britain, with 290 and 225 warheads respectively, came fourth and
            // fifth": ranks past an apposition, as many entities as ranks before it.
            if entities.isEmpty, group.ranks.count > 1, clause.lowerBound > previousEnd {
                let segment = reading.clause(around: clause.lowerBound - 1)
                if segment.lowerBound > previousEnd,
                    words[segment.lowerBound].reads(DraftWord.keySet("with بـ ب مع"))
                        || words[segment.lowerBound].reads(Self.relativePronouns)
                {
                    let before = candidates(reading, in: previousEnd..<segment.lowerBound, excluding: by?.range)
                    if before.count == group.ranks.count {
                        entities = before
                        order = "apposition"
                    }
                }
            }
            if entities.isEmpty, group.ranks.count == 1,
                let subject = appositionSubject(scene, arabicOrder: arabicOrder)
            {
                entities = [subject]
                order = "apposition"
            }
        }
        return fallbackSubjects(
            scene, entities, order: order, lastEntity: lastEntity, lastPairedEnd: lastPairedEnd)
    }
}
