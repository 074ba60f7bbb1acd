import Foundation

/// Pairing subjects and ranks, and the entries a sentence adds around them.
extension DraftRun {
    /// The ranks the subjects take, when their counts agree (else a note and nil).
    mutating func pairRanks(
        _ scene: RankScene, _ found: [(id: String, range: Range<Int>)], order: String
    ) -> (entities: [(id: String, range: Range<Int>)], ranks: [Int])? {
        let reading = scene.reading
        let words = reading.words
        let group = scene.group
        let by = scene.by
        let previousEnd = scene.previousEnd
        let clause = scene.clause
        let hasRespectively = scene.hasRespectively
        var entities = found
        let rule = "ranking." + group.form.rawValue
        let ranksText = group.ranks.map(String.init).joined(separator: ", ")
        guard !entities.isEmpty else {
            note(
                reading, rule, accepted: false,
                "rank \(ranksText) at «\(reading.sentence.phrase(group.range))»: no country, organization or person with it"
            )
            return nil
        }
        var ranks = group.ranks
        if group.form == .tie, ranks.count == 1 { ranks = Array(repeating: ranks[0], count: entities.count) }
        // (Several entities take them in order only with "respectively": "UCL and Caltech
        // completed the top 10" does not say which is ninth.)
        if group.completesTop, let top = ranks.first, entities.count < top {
            if entities.count > 1, !hasRespectively {
                note(
                    reading, "ranking.ordinal", accepted: false,
                    "\(entities.count) entities complete the top \(top) without «respectively»: which is which is not said"
                )
                return nil
            }
            ranks = Array((top - entities.count + 1)...top)
        }
        // "Harvard, Cambridge and Stanford came fourth, fifth and sixth respectively": a list
        // runs over commas back to the previous rank.
        if entities.count < ranks.count, ranks.count > 1, order == "before" {
            let wider = candidates(reading, in: previousEnd..<group.range.lowerBound, excluding: by?.range)
            if wider.count >= ranks.count { entities = Array(wider.suffix(ranks.count)) }
        }
        // «وتقول الأمم المتحدة إن السودان يشهد أكبر …»: what is said, not who says it.
        if ranks.count == 1, entities.count > 1,
            let that = words[..<group.range.lowerBound].lastIndex(where: {
                $0.reads(DraftWord.keySet("إن أن that"))
            })
        {
            let after = entities.filter { $0.range.lowerBound > that }
            if !after.isEmpty { entities = after }
        }
        // «خلف الأرجنتين … وكرواتيا صاحبة المركز الثالث»: one rank, said of the entity right
        // before it.
        if ranks.count == 1, entities.count > 1, order == "before", let last = entities.last,
            group.range.lowerBound - last.range.upperBound == 1,
            words[last.range.upperBound..<group.range.lowerBound].allSatisfy({
                $0.reads(DraftWord.keySet("صاحبة صاحب صاحبه"))
            })
        {
            entities = [last]
        }
        // «مؤسس أمازون جيف بيزوس في المركز الثالث»: one rank, one person among organizations.
        if ranks.count == 1, entities.count > 1 {
            let people = entities.filter { entry in book.entities.first { $0.id == entry.id }?.type == .person }
            if people.count == 1 { entities = people }
        }
        // "The U.S. finished level with China … but took first place": one rank, said of the
        // clause's subject.
        if ranks.count == 1, entities.count > 1, order == "before", !words[group.range.lowerBound].isArabic,
            let first = entities.first,
            first.range.lowerBound <= clause.lowerBound + 1,
            words[first.range.upperBound..<group.range.lowerBound].contains(where: { $0.reads(Self.rankVerbs) })
        {
            entities = [first]
        }
        // "Nvidia overtook Microsoft to become the most valuable company": who overtook.
        // («تخطت أرامكو السعودية … شركة أبل لتصبح الشركة الأعلى قيمة»: the verb first.)
        if ranks.count == 1, entities.count > 1, order == "before", let first = entities.first,
            first.range.upperBound <= entities[1].range.lowerBound,
            words[first.range.upperBound..<entities[1].range.lowerBound].contains(where: {
                $0.reads(Self.overtakeWords)
            })
                || first.range.lowerBound > 0
                    && words[max(0, first.range.lowerBound - 2)..<first.range.lowerBound]
                        .contains(where: { $0.isArabic && $0.reads(Self.overtakeWords) })
        {
            entities = [first]
        }
        if group.holders {
            entities.removeAll { found in book.entities.first { $0.id == found.id }?.type != .person }
        }
        // «مطار هيثرو في لندن الذي حل ثانياً», "Tripoli in Libya": where a thing is does not rank.
        if entities.count > ranks.count {
            let located = entities.enumerated().filter { position, found in
                position > 0 && found.range.lowerBound == entities[position - 1].range.upperBound + 1
                    && isLocated(reading, found.range)
            }.map(\.element.id)
            if entities.count - located.count == ranks.count { entities.removeAll { located.contains($0.id) } }
        }
        guard entities.count == ranks.count else {
            let listed = entities.map { reading.sentence.phrase($0.range) }.joined(separator: ", ")
            note(
                reading, rule, accepted: false,
                "\(entities.count) entities (\(listed)) but \(ranks.count) ranks (\(ranksText)): counts disagree, nothing paired"
            )
            return nil
        }
        return (entities, ranks)
    }

    /// The entries of a group: its subjects and ranks, then those its sentence adds (alongside,
    /// a chain, those after or behind); nil when there are none to write.
    mutating func rankEntries(
        _ scene: RankScene, _ entities: [(id: String, range: Range<Int>)], _ ranks: [Int]
    ) -> (entries: [ArticleDraft.Entry], chained: Int)? {
        let reading = scene.reading
        let words = reading.words
        let group = scene.group
        let by = scene.by
        let nextStart = scene.nextStart
        var entries: [ArticleDraft.Entry] = []
        for (entity, rank) in zip(entities, ranks) where !stated(entity.id, rank) {
            entries.append(.init(entity: entity.id, rank: rank))
        }
        // «حلت المملكة المتحدة رابعة إلى جانب بلجيكا والدنمارك», "fourth alongside Belgium".
        if ranks.count == 1, entities.count == 1,
            let at = words[group.range.upperBound..<min(words.count, group.range.upperBound + 3)].firstIndex(
                where: { $0.reads(Self.alongsideWords) }),
            words[at].lower == "alongside" || at > 0 && words[at - 1].reads(DraftWord.keySet("إلى الى"))
        {
            var end = at + 1
            while end < words.count, !reading.sentence.isBreak(before: end) { end += 1 }
            for other in candidates(reading, in: at + 1..<end, excluding: by?.range)
            where other.id != entities[0].id && !stated(other.id, ranks[0]) {
                entries.append(.init(entity: other.id, rank: ranks[0]))
            }
        }
        // A chain after it: «تلتها X ثم Y», "followed by X and Y".
        var chained = 0
        if let last = ranks.last,
            let chainStart = words[group.range.upperBound..<nextStart].firstIndex(where: { word in
                // "Lai took 40% of the vote, ahead of Hou": after a winner only.
                word.reads(Self.chainWords) || (group.needsChain || group.form == .ordinal) && word.lower == "ahead"
            })
        {
            let stop = words[(chainStart + 1)..<nextStart].firstIndex { $0.reads(Self.chainStops) } ?? nextStart
            // Followers of the leader's kind: people after a person, countries and
            // organizations after a country ("followed by former Jakarta Gov. Anies Baswedan").
            let leaderIsPerson = book.entities.first { $0.id == entries.last?.entity }?.type == .person
            var followers = candidates(reading, in: chainStart + 1..<stop, excluding: by?.range).filter {
                follower in
                (book.entities.first { $0.id == follower.id }?.type == .person) == leaderIsPerson
            }
            // ("followed by Tripoli in Libya": where a follower is, is no follower.)
            followers.removeAll { follower in
                isLocated(reading, follower.range)
            }
            // "third, ahead of Australia": only the one right behind.
            if words[chainStart].lower == "ahead" { followers = Array(followers.prefix(1)) }
            // ("ahead of Qatar in 29th place": a follower whose own rank is written keeps it.)
            followers.removeAll { follower in
                (follower.range.upperBound..<min(words.count, follower.range.upperBound + 3)).contains { at in
                    guard at > 0, words[at - 1].lower == "in" else { return false }
                    if case .ordinal = reading.span(at: at)?.tag { return true }
                    return false
                }
            }
            for (offset, follower) in followers.enumerated()
            where !entries.contains(where: { $0.entity == follower.id }) {
                entries.append(.init(entity: follower.id, rank: last + offset + 1))
                chained += 1
            }
            // (A list its followers open keeps its leader, even one another list of the sentence
            // gave that rank; not one an earlier sentence gave, as a headline does.)
            if chained > 0, entities.count == 1, ranks.count == 1,
                !entries.contains(where: { $0.entity == entities[0].id }),
                !facts.contains(where: { fact in
                    guard fact.evidence != reading.sentence.text, case .ranking(_, _, _, let earlier) = fact.body
                    else { return false }
                    return earlier.contains { $0.entity == entities[0].id && $0.rank == ranks[0] }
                })
            {
                entries.insert(.init(entity: entities[0].id, rank: ranks[0]), at: 0)
            }
        }
        // "the world's fourth-largest economy after the United States, China and Germany",
        // «رابع أكبر اقتصاد بعد الولايات المتحدة والصين وألمانيا»: as many as the ranks ahead.
        // ("Ruto becomes the fifth leader of the East African nation since independence …,
        // after Jomo Kenyatta, Daniel arap Moi, Mwai Kibaki and Uhuru Kenyatta": the holders of
        // a post before, anywhere later in the sentence, people only.)
        let reach = group.holders ? nextStart : min(nextStart, group.range.upperBound + 6)
        // (Even when the subject's rank was stated before: the holders before it are new.)
        if ranks.count == 1, ranks[0] > 2, entities.count == 1, entries.count == 1 || group.holders, chained == 0,
            let after = words[group.range.upperBound..<reach].firstIndex(
                where: { $0.reads(DraftWord.keySet("after بعد")) }),
            group.holders || !reading.sentence.isBreak(before: after)
        {
            var end = after + 1
            while end < words.count, end - after <= (group.holders ? 16 : 12),
                !reading.sentence.isBreak(before: end)
                    || words[end].before.trimmingCharacters(in: .whitespaces) == ","
            {
                end += 1
            }
            var ahead = candidates(reading, in: after + 1..<end, excluding: by?.range)
            if group.holders {
                ahead.removeAll { found in book.entities.first { $0.id == found.id }?.type != .person }
            }
            if ahead.count == ranks[0] - 1,
                ahead.first.map({ $0.range.lowerBound <= after + (group.holders ? 4 : 2) }) == true,
                !ahead.contains(where: { $0.id == entities[0].id })
            {
                entries.insert(
                    contentsOf: ahead.enumerated().map { .init(entity: $0.element.id, rank: $0.offset + 1) }, at: 0)
                chained += ahead.count
            }
        }
        // «ثاني أكبر منفق عسكري في المنطقة بعد السعودية», "second only to", "finished second to
        // Vingegaard": who is first.
        let secondTo = Self.secondTo(reading, group)
        if ranks == [2], entries.count == 1,
            let after = secondTo
                ?? words[group.range.upperBound..<min(nextStart, group.range.upperBound + 8)].firstIndex(
                    where: { $0.reads(DraftWord.keySet("بعد only")) }),
            !reading.sentence.isBreak(before: after)
        {
            let start =
                words[after].lower == "only" && after + 1 < words.count && words[after + 1].lower == "to"
                ? after + 2 : after + 1
            if words[after].lower != "only" || start == after + 2,
                let first = candidates(reading, in: start..<min(nextStart, start + 4), excluding: by?.range).first,
                first.range.lowerBound <= start + 1, first.id != entries[0].entity
            {
                entries.insert(.init(entity: first.id, rank: 1), at: 0)
                chained += 1
            }
        }
        // "slipped to fourth place, behind Japan", «في المركز الرابع خلف اليابان»: the one right
        // ahead. "finished third, behind Spain and England": all those ahead, in order. (Not
        // "fifth, behind Argentina, France and Croatia": who of them is fourth?)
        if ranks.count == 1, ranks[0] > 1, entries.count == 1, chained == 0,
            // ("the world's third-largest gaming company by revenue, behind China's Tencent and
            // Japan's Sony": a superlative's noun may come between.)
            let behind = words[
                group.range.upperBound..<min(nextStart, group.range.upperBound + (group.form == .superlative ? 7 : 3))
            ].firstIndex(where: { $0.reads(DraftWord.keySet("behind خلف")) })
        {
            var end = behind + 1
            while end < min(words.count, behind + 12),
                !reading.sentence.isBreak(before: end)
                    || words[end].before.trimmingCharacters(in: .whitespaces) == ","
            {
                end += 1
            }
            var ahead = candidates(reading, in: behind + 1..<end, excluding: by?.range)
            // (Names joined by commas and "and" only: "behind Spain and England, after beating
            // co-host Australia" lists two; «خلف البرازيل البطلة وألمانيا …» is no plain list.)
            if let gap = ahead.indices.dropFirst().first(where: { at in
                // ("China's Tencent and Japan's Sony": whose each is, between them.)
                let between = words[ahead[at - 1].range.upperBound..<ahead[at].range.lowerBound].filter {
                    !$0.isPossessive
                }
                return between.count > 1 || between.contains { !$0.reads(DraftWord.keySet("and و")) }
                    || between.isEmpty && !words[ahead[at].range.lowerBound].before.contains(",")
                        && !words[ahead[at].range.lowerBound].text.hasPrefix("و")
            }) {
                let newClause = (ahead[gap - 1].range.upperBound...ahead[gap].range.lowerBound).contains { at in
                    reading.sentence.isBreak(before: at) && words[at].key != "and" && !words[at].text.hasPrefix("و")
                }
                ahead = newClause ? Array(ahead[..<gap]) : []
            }
            if ahead.first.map({ $0.range.lowerBound <= behind + 2 }) == true,
                !ahead.contains(where: { $0.id == entries[0].entity })
            {
                if ahead.count == 1 {
                    entries.insert(.init(entity: ahead[0].id, rank: ranks[0] - 1), at: 0)
                    chained += 1
                } else if ahead.count == ranks[0] - 1 {
                    entries.insert(
                        contentsOf: ahead.enumerated().map { .init(entity: $0.element.id, rank: $0.offset + 1) },
                        at: 0)
                    chained += ahead.count
                }
            }
        }
        // "Tebboune won 84.3% of the vote": a win with its vote share is first of the election.
        if group.needsChain, chained == 0,
            !(entries.count == 1
                && (winsAnElection(reading, after: group.range.upperBound, entity: entries[0].entity)
                    || winsATitle(reading, after: group.range.upperBound)))
        {
            return nil
        }
        if entries.isEmpty { return nil }
        return (entries, chained)
    }
}
