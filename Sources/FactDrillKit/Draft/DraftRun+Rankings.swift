import Foundation

/// Rankings: an entity with an ordinal rank in a named list («في المركز العاشر», «حلت ثانية»,
/// "ranked third", "was fourth"), pairs and series with «على التوالي»/"respectively" («المراكز
/// الأربعة الأولى»), ties ("shared sixth place"), chains («تلتها … ثم …», "followed by"),
/// «تصدرت» / "topped", superlatives that state a rank («أكبر مصدر …», "the largest …",
/// "second-largest", "the first country to …").
extension DraftRun {
    /// What kind of statement gives the ranks.
    enum RankForm: String {
        case ordinal, superlative, topped, tie, order
    }

    /// Ranks written together, and the entity written with them if any ("Japan fourth").
    struct RankGroup {
        var ranks: [Int]
        var range: Range<Int>
        var form: RankForm
        var entity: Range<Int>? = nil
        /// Whether a chain must follow for it to count ("won …, followed by …").
        var needsChain = false
        /// Whether its entity comes before it only («حافظ X على صدارة …»).
        var subjectBefore = false
    }

    static let rankNouns = DraftWord.keySet(
        "مركز المركز مرتبة المرتبة المركزين المرتبتين المراكز المراتب المركزان المرتبتان")
    static let rankVerbs = DraftWord.keySet(
        "ranked ranks rank placed came finished took taking ranking placing coming was is were remained remains fell rose slipped climbed dropped moved"
    )
    static let arabicRankVerbs = DraftWord.keySet("حلت حل حلّت جاءت جاء احتلت احتل تحل يحل حلّ")
    static let rankAfter = DraftWord.keySet("place position spot")
    static let tieWords = DraftWord.keySet("shared tied joint tie تقاسمت تقاسما تشاركت تشاركا")
    static let respectively = DraftWord.keySet("التوالي respectively")
    static let chainWords = DraftWord.keySet(
        "تلتها تليها يليها تلاها تلته يليه تلاه وتلتها وتليها ويليها وتلاها وتلاه followed trailed")
    static let placeHeads = DraftWord.keySet("إقليم محافظة ولاية مقاطعة")
    static let relativePronouns = DraftWord.keySet("which who that التي الذي الذين اللتين اللذين")
    static let pronouns = DraftWord.keySet("it its they them")
    static let chainStops = DraftWord.keySet("while whereas but فيما بينما لكن")
    static let toppedWords = DraftWord.keySet("تصدر تصدرت يتصدر تتصدر تصدّر تصدّرت topped tops")
    static let wonWords = DraftWord.keySet(
        "won wins led leads took received secured garnered got فاز فازت حصل حصلت نال نالت")
    static let listIntro = DraftWord.keySet("ضمن بين قائمة ترتيب تصنيف مؤشر among list ranking index table league")
    static let superlatives = DraftWord.keySet(
        "أكبر أضخم أقوى أغنى أعلى largest biggest top richest strongest highest leading most least")
    static let orderNouns = DraftWord.keySet("country nation state member دولة بلد عضو")
    static let cardinalTops: [String: Int] = {
        var table: [String: Int] = [:]
        let words = [
            (2, "الاثنين الأولين"), (3, "الثلاثة three"), (4, "الأربعة four"), (5, "الخمسة five"), (6, "الستة six"),
            (7, "السبعة seven"), (8, "الثمانية eight"), (9, "التسعة nine"), (10, "العشرة ten"),
        ]
        for (value, list) in words { for word in DraftWord.keySet(list) { table[word] = value } }
        return table
    }()
    static let notSuperlativeBefore = DraftWord.keySet("ضمن بين من among of")
    static let nameStops = DraftWord.keySet(
        "خلال الفترة وفق وفقا بحسب حسب عام لعام according during with by in for at on since after before until وذلك حيث بعد قبل بنسبة برصيد بـ"
    )

    /// Reads the rankings of a sentence; returns the words of the dates it used as periods.
    mutating func readRankings(_ reading: DraftReading) -> Set<Int> {
        let words = reading.words
        var used: Set<Int> = []
        var groups: [RankGroup] = []
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
        for (number, group) in groups.enumerated() {
            let previousEnd = number > 0 ? groups[number - 1].range.upperBound : 0
            let nextStart = number + 1 < groups.count ? groups[number + 1].range.lowerBound : words.count
            let clause = reading.clause(around: group.range.lowerBound)
            var entities: [(id: String, range: Range<Int>)]
            var order = "before"
            if let hint = group.entity {
                entities = candidates(reading, in: hint, excluding: by?.range)
            } else {
                let start = max(clause.lowerBound, previousEnd)
                if start < words.count, words[start].reads(Self.relativePronouns), start > 0 {
                    // "India, which overtook China … to become the most populous": the antecedent.
                    let before = candidates(reading, in: previousEnd..<start, excluding: by?.range)
                    entities = before.last.map { [$0] } ?? []
                    order = "antecedent"
                } else {
                    entities = candidates(reading, in: start..<group.range.lowerBound, excluding: by?.range)
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
                // «لتصبح الإمارات أول دولة عربية …، والخامسة في العالم بعد …»: the same subject.
                if entities.isEmpty, group.form == .order, words[group.range.lowerBound].text.hasPrefix("و"),
                    let earlier = facts.last(where: { $0.evidence == reading.sentence.text && $0.typeName == "ranking" }
                    ),
                    case .ranking(_, _, _, let previousEntries) = earlier.body, let subject = previousEntries.last
                {
                    entities = [(subject.entity, group.range)]
                    order = "same subject"
                }
                if entities.isEmpty, !group.subjectBefore, !englishDescription {
                    // (A rank can reach past its clause's end: never before the rank's own end.)
                    var stop = max(group.range.upperBound, min(clause.upperBound, nextStart))
                    // «جاءت في المركز الثاني فرنسا»: right after the rank, not further («… إثر
                    // تراجع أسهم "تسلا"»).
                    if group.form == .ordinal { stop = min(stop, group.range.upperBound + 3) }
                    if let chain = words[group.range.upperBound..<stop].firstIndex(where: { $0.reads(Self.chainWords) })
                    {
                        stop = chain
                    }
                    entities = candidates(reading, in: group.range.upperBound..<stop, excluding: by?.range)
                    order = "after"
                    if entities.count > group.ranks.count, group.form != .tie {
                        entities = Array(entities.prefix(group.ranks.count))
                    }
                }
                if entities.isEmpty, group.ranks.count == 1 {
                    // Past an apposition: «وجاءت اليابان، البلد المضيف، في المركز الثالث», «وجاء
                    // إيلون ماسك، الرئيس التنفيذي لشركتي "تسلا" و"سبيس إكس"، في المركز الثاني».
                    let segment = clause.lowerBound > 0 ? reading.clause(around: clause.lowerBound - 1) : clause
                    let describes =
                        segment.lowerBound < words.count
                        && (reading.span(startingAt: segment.lowerBound).map { span in
                            if case .lexicon(.post, _) = span.tag { return true }
                            return false
                        } ?? false || words[segment.lowerBound].text.hasPrefix("ال"))
                    if describes, segment.lowerBound > previousEnd {
                        let subject = candidates(reading, in: previousEnd..<segment.lowerBound, excluding: by?.range)
                        if let last = subject.last {
                            entities = [last]
                            order = "apposition"
                        }
                    }
                    if entities.isEmpty {
                        let before = candidates(reading, in: previousEnd..<group.range.lowerBound, excluding: by?.range)
                        if let last = before.last, group.range.lowerBound - last.range.upperBound <= 6 {
                            entities = [last]
                            order = "apposition"
                        }
                    }
                }
            }
            let rule = "ranking." + group.form.rawValue
            let ranksText = group.ranks.map(String.init).joined(separator: ", ")
            guard !entities.isEmpty else {
                note(
                    reading, rule, accepted: false,
                    "rank \(ranksText) at «\(reading.sentence.phrase(group.range))»: no country, organization or person with it"
                )
                continue
            }
            let window = words[group.range.upperBound..<min(words.count, group.range.upperBound + 12)]
            let hasRespectively = window.contains { $0.reads(Self.respectively) }
            var ranks = group.ranks
            if group.form == .tie, ranks.count == 1 { ranks = Array(repeating: ranks[0], count: entities.count) }
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
            // «مؤسس أمازون جيف بيزوس في المركز الثالث»: one rank, one person among organizations.
            if ranks.count == 1, entities.count > 1 {
                let people = entities.filter { entry in book.entities.first { $0.id == entry.id }?.type == .person }
                if people.count == 1 { entities = people }
            }
            guard entities.count == ranks.count else {
                let listed = entities.map { reading.sentence.phrase($0.range) }.joined(separator: ", ")
                note(
                    reading, rule, accepted: false,
                    "\(entities.count) entities (\(listed)) but \(ranks.count) ranks (\(ranksText)): counts disagree, nothing paired"
                )
                continue
            }
            var entries: [ArticleDraft.Entry] = []
            for (entity, rank) in zip(entities, ranks) where !stated(entity.id, rank) {
                entries.append(.init(entity: entity.id, rank: rank))
            }
            // A chain after it: «تلتها X ثم Y», "followed by X and Y".
            var chained = 0
            if let last = ranks.last,
                let chainStart = words[group.range.upperBound..<nextStart].firstIndex(where: { word in
                    // "Lai took 40% of the vote, ahead of Hou": after a winner only.
                    word.reads(Self.chainWords) || group.needsChain && word.lower == "ahead"
                })
            {
                let stop = words[(chainStart + 1)..<nextStart].firstIndex { $0.reads(Self.chainStops) } ?? nextStart
                // Followers of the leader's kind: people after a person, countries and
                // organizations after a country ("followed by former Jakarta Gov. Anies Baswedan").
                let leaderIsPerson = book.entities.first { $0.id == entries.last?.entity }?.type == .person
                let followers = candidates(reading, in: chainStart + 1..<stop, excluding: by?.range).filter {
                    follower in
                    (book.entities.first { $0.id == follower.id }?.type == .person) == leaderIsPerson
                }
                for (offset, follower) in followers.enumerated()
                where !entries.contains(where: { $0.entity == follower.id }) {
                    entries.append(.init(entity: follower.id, rank: last + offset + 1))
                    chained += 1
                }
            }
            if group.needsChain, chained == 0 { continue }
            if entries.isEmpty { continue }
            let nameStart = order == "after" && group.form == .topped ? entities.last!.range.upperBound : nil
            let name = rankingName(reading, after: group, startingAt: nameStart)
            var confidence: Double
            var how: String
            switch group.form {
            case .superlative, .order:
                confidence = 0.7
                how = "a superlative states rank \(ranks[0])"
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
                how += "; \(chained) more from a chain («followed by»)"
                confidence -= 0.05
            }
            var fact = ArticleDraft.Fact(
                id: "", body: .ranking(name: [language: name.text], period: period?.text, by: by?.id, entries: entries),
                evidence: reading.sentence.text, rule: chained > 0 ? rule + "+chain" : rule, confidence: confidence)
            if !name.found { fact.notes.append("the list is not named in the sentence: name it") }
            let summary = entries.map { entry in
                "\(book.entities.first { $0.id == entry.entity }?.names[language] ?? entry.entity) #\(entry.rank)"
            }
            // A rank with no list of its own continues the ranking just before it, in this sentence
            // or the two before («وتصدرت الولايات المتحدة جدول الميداليات … الصين التي حلت ثانية.
            // وجاءت اليابان … في المركز الثالث»).
            if !name.found, let previous = facts.lastIndex(where: { $0.typeName == "ranking" }),
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
                    continue
                }
            }
            note(reading, fact.rule, accepted: true, "\(summary.joined(separator: ", ")) in «\(name.text)»: \(how)")
            add(fact, idFrom: (name.found ? name.text : "ranking") + (period.map { " " + $0.text } ?? ""))
            lastRankingSentence = reading.sentence.index
        }
        return used
    }

    /// Whether a fact drafted before gives this entity this rank.
    private func stated(_ entity: String, _ rank: Int) -> Bool {
        facts.contains { fact in
            guard case .ranking(_, _, _, let entries) = fact.body else { return false }
            return entries.contains { $0.entity == entity && $0.rank == rank }
        }
    }

    /// The ordinal of a span starting at a word.
    private func ordinal(_ reading: DraftReading, at index: Int) -> (value: Int, end: Int)? {
        guard index < reading.words.count, let span = reading.span(startingAt: index),
            case .ordinal(let value) = span.tag,
            value > 0
        else { return nil }
        return (value, span.range.upperBound)
    }

    /// Ordinals joined by "and", commas or و from a word: "second and third", «الرابع والخامس».
    private func ordinalList(_ reading: DraftReading, from index: Int) -> (ranks: [Int], end: Int)? {
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
    private func rankGroup(_ reading: DraftReading, at index: Int) -> RankGroup? {
        let words = reading.words
        let word = words[index]
        let previous = index > 0 ? words[index - 1] : nil
        // «المركز» + ordinals; «المراكز الأربعة الأولى»; «تقاسمت المركز السادس».
        if word.reads(Self.rankNouns) {
            let tie = previous?.reads(Self.tieWords) ?? false
            if let list = ordinalList(reading, from: index + 1) {
                return RankGroup(ranks: list.ranks, range: index..<list.end, form: tie ? .tie : .ordinal)
            }
            // «في المرتبة 12», «المركز الـ12».
            if index + 1 < words.count, let value = words[index + 1].number, (1...500).contains(value),
                DateFinder.year(words[index + 1]) == nil
            {
                return RankGroup(ranks: [value], range: index..<index + 2, form: tie ? .tie : .ordinal)
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
            }
            if let list = ordinalList(reading, from: at), !(at < words.count && words[at].reads(Self.rankNouns)) {
                return RankGroup(ranks: list.ranks, range: index..<list.end, form: .ordinal, entity: entity)
            }
        }
        // «رابعاً بـ177 ملياراً»: an ordinal adverb after a comma is a rank.
        if word.isArabic, word.text.hasSuffix("اً") || word.text.hasSuffix("ًا"),
            let first = ordinal(reading, at: index),
            first.value > 1, index > 0, reading.sentence.isBreak(before: index)
        {
            return RankGroup(ranks: [first.value], range: index..<first.end, form: .ordinal)
        }
        // «حافظ … على صدارة القائمة».
        if word.reads(DraftWord.keySet("صدارة الصدارة")), previous?.reads(DraftWord.keySet("على في")) == true {
            return RankGroup(ranks: [1], range: index..<index + 1, form: .topped, subjectBefore: true)
        }
        // «تصدرت الولايات المتحدة جدول الميداليات», "China topped the table"; "won …, followed by".
        if word.reads(Self.toppedWords) { return RankGroup(ranks: [1], range: index..<index + 1, form: .topped) }
        if word.reads(Self.wonWords) {
            return RankGroup(ranks: [1], range: index..<index + 1, form: .topped, needsChain: true)
        }
        // English ordinals: "ranked 10th", "was fourth", "10th place", "shared sixth place",
        // "leaving Japan fourth and Germany third", "the fourth country to".
        if !word.isArabic, let list = ordinalList(reading, from: index) {
            var end = list.end
            let placed = end < words.count && words[end].reads(Self.rankAfter)
            if placed { end += 1 }
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
            if previous?.reads(Self.rankVerbs) == true || placed || cameIn {
                return RankGroup(ranks: list.ranks, range: index..<end, form: .ordinal)
            }
            // "the fourth country to", "NATO's 31st member".
            if let previous, previous.lower == "the" || previous.isPossessive, end < words.count,
                words[end].reads(Self.orderNouns), list.ranks.count == 1
            {
                return RankGroup(ranks: list.ranks, range: index - 1..<end + 1, form: .order)
            }
            if let span = index > 0 ? reading.span(at: index - 1) : nil, DraftReading.name(of: span) != nil,
                list.ranks.count == 1, !reading.sentence.isBreak(before: index), !words[index - 1].isPossessive
            {
                return RankGroup(ranks: list.ranks, range: index..<end, form: .ordinal, entity: span.range)
            }
            return nil
        }
        // Arabic order: «أول دولة عربية», «والخامسة في العالم» after «لتصبح X».
        if word.isArabic, let first = ordinal(reading, at: index), first.end < words.count, index > 0 {
            if words[first.end].reads(Self.orderNouns) {
                return RankGroup(ranks: [first.value], range: index..<first.end + 1, form: .order)
            }
            // «… أول دولة عربية …، والخامسة في العالم»: a second order of the same subject.
            if first.end + 1 < words.count, words[first.end].key == "في", words[first.end + 1].key == "عالم",
                word.text.hasPrefix("و")
            {
                return RankGroup(ranks: [first.value], range: index..<first.end + 2, form: .order)
            }
        }
        // "came top", "ranked No. 2".
        let climbedTo =
            previous?.lower == "to" && words[max(0, index - 6)..<index].contains { $0.reads(Self.rankVerbs) }
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
        // "ranked last of the 180".
        if word.lower == "last", previous?.reads(Self.rankVerbs) == true, index + 2 < words.count,
            words[index + 1].key == "of"
        {
            let at = words[index + 2].lower == "the" ? index + 3 : index + 2
            if at < words.count, let total = words[at].number, total > 1 {
                return RankGroup(ranks: [total], range: index..<at + 1, form: .ordinal)
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
        if word.isArabic, let first = ordinal(reading, at: index), first.value > 1, first.end < words.count,
            words[first.end].reads(Self.superlatives)
        {
            return RankGroup(ranks: [first.value], range: index..<first.end + 1, form: .superlative)
        }
        // A superlative: rank 1, unless it names a list («ضمن أكبر مصدري», "one of the largest")
        // or, with its article, describes a noun («المجلس الأعلى»).
        let definiteArabic = word.isArabic && (word.text.hasPrefix("ال") || word.text.dropFirst().hasPrefix("ال"))
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
                return RankGroup(ranks: [1], range: index..<end, form: .superlative)
            } else {
                // «أكبر مصدري» (a plural in the genitive) names a list; «أكبر عدد من» is no rank.
                if index + 1 < words.count, words[index + 1].text.hasSuffix("ي"),
                    !words[index + 1].text.hasSuffix("ري") || words[index + 1].text.hasSuffix("دري")
                {
                    return nil
                }
                // «أكبر عدد من الذهبيات تحرزه في تاريخها» is no rank, unless others follow it
                // («سجل إقليم الحوز أكبر عدد من الوفيات، يليه إقليم تارودانت»).
                if index + 1 < words.count, words[index + 1].reads(DraftWord.keySet("عدد نسبة قدر")),
                    !words[(index + 1)...].contains(where: { $0.reads(Self.chainWords) })
                {
                    return nil
                }
            }
            return RankGroup(ranks: [1], range: index..<index + 1, form: .superlative)
        }
        return nil
    }

    /// Whether an English superlative is stated of a subject: "the" or "'s" before it, a verb of
    /// being or ranking in its clause, and no plural after it that makes it a list ("the largest
    /// exporters").
    private func superlativeIsStated(_ reading: DraftReading, at index: Int) -> Bool {
        let words = reading.words
        guard index > 0 else { return false }
        let previous = words[index - 1]
        let far = previous.lower == "far" && index > 2 && words[index - 2].lower == "by"
        guard previous.lower == "the" || previous.isPossessive || far || words[index - 1].lower == "world's" else {
            return false
        }
        let clause = reading.clause(around: index)
        let verbs = DraftWord.keySet(
            "is was are were became remain remains remained has had been ranked become making made")
        // "Japan, the world's fourth-largest economy": an apposition to the entity before the comma.
        let determiner =
            previous.lower == "the" ? index - 1 : (index >= 2 && words[index - 2].lower == "the" ? index - 2 : -1)
        if determiner > 0, words[determiner].before.contains(","),
            reading.span(at: determiner - 1).map({ DraftReading.name(of: $0) != nil })
                ?? words[determiner - 1].isCapitalized
        {
            return true
        }
        guard words[max(clause.lowerBound, index - 8)..<index].contains(where: { $0.reads(verbs) }) else {
            return false
        }
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

    /// What can hold a rank in a range, in order: countries, organizations and places of the
    /// lexicons, organizations named by a head noun, and people (a name, or the family name of a
    /// person named before).
    private mutating func candidates(_ reading: DraftReading, in range: Range<Int>, excluding: Range<Int>?) -> [(
        id: String, range: Range<Int>
    )] {
        guard !range.isEmpty else { return [] }
        let words = reading.words
        var found: [(id: String, range: Range<Int>)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let excluding, excluding.contains(index) {
                index = excluding.upperBound
                continue
            }
            // «معسكر الرئيس ماكرون "معاً"»: a quoted name is what ranks, not the people around it.
            if words[index].before.contains(where: { "\"«“".contains($0) }) {
                var close = index + 1
                while close < range.upperBound, close - index < 5,
                    !words[close].before.contains(where: { "\"»”".contains($0) })
                {
                    close += 1
                }
                if close < words.count, words[close].before.contains(where: { "\"»”".contains($0) }),
                    close <= range.upperBound
                {
                    let id = book.add(text: reading.sentence.phrase(index..<close), type: .organization)
                    found.removeAll { entry in book.entities.first { $0.id == entry.id }?.type == .person }
                    if !found.contains(where: { $0.id == id }) { found.append((id, index..<close)) }
                    index = close
                    continue
                }
            }
            // English: a run of capitalized words is one name ("ETH Zurich", "Imperial",
            // "University of Oxford"), a lexicon entry when it is exactly one.
            if !words[index].isArabic, let run = capitalizedRun(reading, from: index, limit: range.upperBound) {
                let single = reading.span(startingAt: index).flatMap { $0.range == run ? $0 : nil }
                if let single, let id = entity(of: single) {
                    if !found.contains(where: { $0.id == id }) { found.append((id, run)) }
                    index = run.upperBound
                    continue
                }
                if single == nil || DraftReading.name(of: single!) == nil, lexicon.givenName(words[index]) == nil,
                    reading.span(startingAt: index).map({ DraftReading.name(of: $0) != nil }) ?? true
                {
                    let text = reading.sentence.phrase(run)
                    // "Prabowo won": a person named before, by one of their names.
                    if run.count == 1, let person = book.person(familyName: words[index].key) {
                        if !found.contains(where: { $0.id == person }) { found.append((person, run)) }
                        index = run.upperBound
                        continue
                    }
                    // A person the roles named ("Lai Ching-te"), else a place or an organization.
                    // Two to four words, none a lexicon entry or an organization's head noun, read as
                    // a person's name ("Xóchitl Gálvez", "Jorge Álvarez Máynez").
                    let looksLikeName =
                        (2...4).contains(run.count) && run.allSatisfy { reading.span(at: $0) == nil }
                        && names.name(startingAt: index, in: reading)?.range == run
                    let kind: EntityType =
                        book.hasPerson(named: text) || lexicon.givenName(words[index]) != nil || looksLikeName
                        ? .person : run.count == 1 && reading.span(at: index) != nil ? .place : .organization
                    let id = book.add(text: text, type: kind)
                    if !found.contains(where: { $0.id == id }) { found.append((id, run)) }
                    index = run.upperBound
                    continue
                }
            }
            if let span = reading.span(startingAt: index) {
                if case .lexicon(let kind, _) = span.tag {
                    switch kind {
                    case .country, .organization, .place:
                        if let id = entity(of: span), !found.contains(where: { $0.id == id }) {
                            found.append((id, span.range))
                        }
                        index = span.range.upperBound
                        continue
                    case .organizationHead:
                        // «أول منتخب إفريقي …»: after an ordinal it describes, it names nothing.
                        let described =
                            index > 0
                            && {
                                if case .ordinal = reading.span(at: index - 1)?.tag { return true }
                                return false
                            }()
                        // «تحالف "الجبهة الشعبية الجديدة"»: the quoted name is the organization's.
                        if index + 1 < range.upperBound,
                            words[index + 1].before.contains(where: { "\"«“".contains($0) })
                        {
                            index += 1
                            continue
                        }
                        if !described, let org = names.organization(at: index, in: reading),
                            org.upperBound <= range.upperBound
                        {
                            let id = book.add(text: reading.sentence.phrase(org), type: .organization)
                            if !found.contains(where: { $0.id == id }) { found.append((id, org)) }
                            index = org.upperBound
                            continue
                        }
                    default: break
                    }
                }
                if lexicon.givenName(words[index]) == nil {
                    index = span.range.upperBound
                    continue
                }
            }
            // «إقليم الحوز», "Gaza Strip": a place named by its head noun.
            if words[index].reads(Self.placeHeads), index + 1 < range.upperBound, reading.span(at: index + 1) == nil,
                !reading.sentence.isBreak(before: index + 1), !lexicon.isCommon(words[index + 1])
            {
                let place = index..<index + 2
                let id = book.add(text: reading.sentence.phrase(place), type: .place)
                if !found.contains(where: { $0.id == id }) { found.append((id, place)) }
                index += 2
                continue
            }
            if let name = names.name(startingAt: index, in: reading), name.range.upperBound <= range.upperBound,
                name.known || words[index].isCapitalized
            {
                let id = book.add(text: reading.sentence.phrase(name.range), type: .person)
                if !found.contains(where: { $0.id == id }) { found.append((id, name.range)) }
                index = name.range.upperBound
                continue
            }
            if let person = book.person(familyName: words[index].key) {
                if !found.contains(where: { $0.id == person }) { found.append((person, index..<index + 1)) }
            }
            index += 1
        }
        return found
    }

    /// A run of capitalized English words from `index` (joined by "of"), none a common word on
    /// its own at the start of the sentence, none a person's given name or a post.
    private func capitalizedRun(_ reading: DraftReading, from index: Int, limit: Int) -> Range<Int>? {
        let words = reading.words
        guard words[index].isCapitalized, words[index].number == nil else { return nil }
        if case .lexicon(let kind, _) = reading.span(at: index)?.tag {
            switch kind {
            case .post, .attribution, .eventNoun, .adjective: return nil
            default: break
            }
        }
        if case .date = reading.span(at: index)?.tag { return nil }
        if reading.span(at: index) == nil, lexicon.commonWords.contains(words[index].key) { return nil }
        var end = index + 1
        while end < limit, !reading.sentence.isBreak(before: end) {
            if words[end].isCapitalized, words[end].number == nil, !words[end - 1].isPossessive {
                if case .date = reading.span(at: end)?.tag { break }
                if case .lexicon(.post, _) = reading.span(at: end)?.tag { break }
                end += 1
            } else if words[end].lower == "of", end + 1 < limit, words[end + 1].isCapitalized {
                end += 2
            } else {
                break
            }
        }
        return index..<end
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
    private func rankingName(_ reading: DraftReading, after group: RankGroup, startingAt: Int?) -> (
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
        } else if let intro = words[group.range.upperBound...].firstIndex(where: {
            $0.reads(Self.listIntro) || $0.key == "in" || $0.key == "on"
        }),
            intro - group.range.upperBound <= 8
        {
            start =
                words[intro].reads(Self.listIntro) && !["ضمن", "بين", "among"].contains(words[intro].key)
                    && words[intro].isArabic ? intro : intro + 1
        }
        let placeholder = language == "ar" ? "الترتيب" : "the ranking"
        guard var first = start, first < words.count else { return (placeholder, false) }
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
        guard end > first else { return (placeholder, false) }
        let text = reading.sentence.phrase(first..<end)
        return text.count >= 3
            ? (superlative && !words[first].isArabic && !words[first].isPossessive ? "the " + text : text, true)
            : (placeholder, false)
    }
}
