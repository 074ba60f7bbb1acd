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
        /// Whether it is the rank held before ("slipped from third to fourth", "up from sixth").
        var earlier = false
        /// Whether its entities take the last ranks up to its rank ("rounded out the top seven").
        var completesTop = false
        /// Whether it ranks the holders of a post («الرئيس الرابع عشر»): people only.
        var holders = false
    }

    static let rankNouns = DraftWord.keySet(
        "مركز المركز مرتبة المرتبة المركزين المرتبتين المراكز المراتب المركزان المرتبتان")
    static let rankVerbs = DraftWord.keySet(
        "ranked ranks rank placed place came come finished finish finishing ended took taking ranking placing coming was is were remained remains fell rose slipped climbed dropped moved trailed trails trailing"
    )
    static let arabicRankVerbs = DraftWord.keySet("حلت حل حلّت جاءت جاء احتلت احتل تحل يحل حلّ")
    static let rankAfter = DraftWord.keySet("place position spot")
    /// Verbs of moving in a ranking, before "to No. N".
    static let movementVerbs = DraftWord.keySet(
        "return returns returned rise rises risen drop drops slip slips move moves moved up climb climbs fall falls back"
    )
    static let becomeWords = DraftWord.keySet(
        "يصبح تصبح أصبح أصبحت ليصبح لتصبح ويصبح وتصبح بات باتت ليكون لتكون becomes became become becoming")
    static let arabicMovementVerbs = DraftWord.keySet(
        "صعدت صعد تقدمت تقدم قفزت قفز تراجعت تراجع هبطت هبط انتقلت انتقل ارتفعت ارتفع انخفضت انخفض")
    static let rankParticiples = DraftWord.keySet(
        "متراجعة متراجعا متراجعاً متقدمة متقدما متقدماً محتلة محتلا محتلاً صاعدة صاعدا صاعداً هابطة هابطا هابطاً")
    static let pushWords = DraftWord.keySet(
        "pushing pushed pushes push relegating relegated knocking knocked dropping dropped sending sent")
    static let tieWords = DraftWord.keySet(
        "shared tied joint tie تقاسمت تقاسما تشاركت تشاركا تتقاسم يتقاسم تتشارك يتشارك تقاسمتا تشاركتا")
    /// «حلت المملكة المتحدة رابعة إلى جانب بلجيكا والدنمارك», "alongside": the same rank.
    static let alongsideWords = DraftWord.keySet("جانب alongside")
    static let respectively = DraftWord.keySet("التوالي respectively")
    static let chainWords = DraftWord.keySet(
        "تلتها تليها يليها تلاها تلته يليه تلاه وتلتها وتليها ويليها وتلاها وتلاه تلتهما تلاهما يليهما تليهما وتلتهما وتلاهما followed trailed"
    )
    static let overtakeWords = DraftWord.keySet(
        "overtook overtaking overtaken surpassed surpassing passed passing displaced dethroned unseated replaced "
            + "تجاوزت تجاوز متجاوزة متجاوزا تخطت تخطى متخطية أزاحت أزاح انتزعت انتزع")
    /// Head nouns that name a place with the word after them («إقليم الحوز», «ولاية كاليفورنيا»;
    /// «ولاية» is also a term of office, so names may hold it).
    static let placeHeads = DraftNames.placeHeadNouns.union(DraftWord.keySet("ولاية"))
    static let relativePronouns = DraftWord.keySet("which who that التي الذي الذين اللتين اللذين")
    static let pronouns = DraftWord.keySet("it its they them")
    static let chainStops = DraftWord.keySet("while whereas whilst but فيما بينما لكن حين")
    static let toppedWords = DraftWord.keySet("تصدر تصدرت يتصدر تتصدر تصدّر تصدّرت topped tops")
    static let wonWords = DraftWord.keySet(
        "won wins led leads took received secured garnered got فاز فازت حصل حصلت نال نالت حصد حصدت")
    static let listIntro = DraftWord.keySet("ضمن بين قائمة ترتيب تصنيف مؤشر among list ranking index table league")
    static let electionWords = DraftWord.keySet(
        "election elections vote votes ballot runoff poll polls انتخابات الانتخابات الانتخابية الاقتراع الأصوات أصوات")
    static let superlatives = DraftWord.keySet(
        "أكبر أضخم أقوى أغنى أعلى largest biggest top richest strongest highest leading most least best")
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
    static let notSuperlativeBefore = DraftWord.keySet("ضمن بين من قائمة لقائمة among of")
    static let nameStops = DraftWord.keySet(
        "خلال الفترة وفق وفقا بحسب حسب عام لعام منذ according during with by in for at on since after before until وذلك حيث بعد قبل بنسبة برصيد بـ بنحو بقرابة"
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
        guard !groups.isEmpty else {
            readFollowers(reading)
            return used
        }
        var period = rankingPeriod(reading)
        // («… الثالثة والرابعة، بعد مصر التي وقعت معاهدة سلام معها عام 1979»: a year in a clause
        // about someone else dates that, not the list.)
        // ("Beijing, which hosted the 2008 Summer Olympics, became the first city": nor a year in a
        // relative clause before it.)
        if let found = period, let last = groups.last {
            let after =
                found.range.lowerBound > last.range.upperBound
                && words[last.range.upperBound..<found.range.lowerBound].contains(where: {
                    $0.reads(Self.relativePronouns)
                })
            var clauseStart = found.range.lowerBound
            while clauseStart > 0, !reading.sentence.isBreak(before: clauseStart) { clauseStart -= 1 }
            let relative =
                found.range.upperBound <= groups[0].range.lowerBound
                && words[clauseStart..<found.range.lowerBound].contains(where: { $0.reads(Self.relativePronouns) })
            // («وخامس رئيس للبلاد منذ استقلالها عن فرنسا عام 1960»: a year after «منذ» dates the
            // start of the count, an event of its own.)
            let since = words[max(0, found.range.lowerBound - 6)..<found.range.lowerBound].contains {
                $0.reads(DraftWord.keySet("منذ since"))
            }
            // ("The Soviet Union was the first to achieve a soft landing, in 1966": the year of a
            // first is an event's, not a list's period.)
            let firsts = groups.allSatisfy { $0.form == .order && !$0.holders }
            // ("a bank founded in 1856": a participle's date is an event's.)
            let participle =
                found.range.lowerBound >= 2 && words[found.range.lowerBound - 2].reads(Self.datedParticiples)
            if after || relative || since || firsts || participle { period = nil }
        }
        if let period { used.formUnion(period.range) }
        let by = publisher(reading)
        var lastEntity: (id: String, range: Range<Int>)?
        var lastPairedEnd = 0
        for (number, group) in groups.enumerated() {
            let previousEnd = number > 0 ? groups[number - 1].range.upperBound : 0
            let nextStart = number + 1 < groups.count ? groups[number + 1].range.lowerBound : words.count
            let clause = reading.clause(around: group.range.lowerBound)
            var entities: [(id: String, range: Range<Int>)]
            var order = "before"
            if let hint = group.entity {
                entities = candidates(reading, in: hint, excluding: by?.range)
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
                    entities.isEmpty && number > 0 && group.form == .superlative
                    && !words[group.range.lowerBound].isArabic && groups[number - 1].form == .superlative
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
                if entities.isEmpty, !group.subjectBefore, !englishDescription, !arabicOrder {
                    // (A rank can reach past its clause's end: never before the rank's own end.)
                    var stop = max(group.range.upperBound, min(clause.upperBound, nextStart))
                    // «جاءت في المركز الثاني فرنسا»: right after the rank, not further («… إثر
                    // تراجع أسهم "تسلا"»).
                    if group.form == .ordinal { stop = min(stop, group.range.upperBound + 3) }
                    if let chain = words[group.range.upperBound..<stop].firstIndex(where: { $0.reads(Self.chainWords) })
                    {
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
                if entities.isEmpty, group.ranks.count == 1 {
                    // Past an apposition: «وجاءت اليابان، البلد المضيف، في المركز الثالث», «وجاء
                    // إيلون ماسك، الرئيس التنفيذي لشركتي "تسلا" و"سبيس إكس"، في المركز الثاني».
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
                    if describes, segment.lowerBound > subjectStart {
                        let subject = candidates(reading, in: subjectStart..<segment.lowerBound, excluding: by?.range)
                        if let last = subject.last {
                            entities = [last]
                            order = "apposition"
                        }
                    }
                    // (Not across an apposition whose subject is no name: «رجل الأعمال …، رئيس حركة
                    // "عازمون"، حلّ ثانياً» ranks the businessman, not his movement.)
                    if entities.isEmpty, !(describes && segment.lowerBound > subjectStart) {
                        let before = candidates(
                            reading, in: max(subjectStart, previousEnd)..<group.range.lowerBound, excluding: by?.range)
                        // (Nor, for an Arabic order, what a phrase about the subject names: «أصغر رئيس
                        // في تاريخ السنغال، وخامس رئيس …».)
                        if let last = before.last, group.range.lowerBound - last.range.upperBound <= 6,
                            !arabicOrder
                                || !words[max(0, last.range.lowerBound - 2)..<last.range.lowerBound].contains(
                                    where: { $0.reads(DraftWord.keySet("في تاريخ من")) })
                        {
                            entities = [last]
                            order = "apposition"
                        }
                    }
                }
            }
            // "Zurich third, up from sixth last year": the rank held before by the one just ranked.
            // "Austria slipped from fourth to sixth": the rank reached, by the one that left the other.
            if entities.isEmpty,
                group.earlier
                    || number > 0 && groups[number - 1].earlier
                        && group.range.lowerBound - groups[number - 1].range.upperBound <= 1,
                let last = lastEntity
            {
                entities = [last]
            }
            let window = words[group.range.upperBound..<min(words.count, group.range.upperBound + 12)]
            let hasRespectively = window.contains { $0.reads(Self.respectively) }
            // "Microsoft and Apple Inc., valued at …, slipped to second and third place
            // respectively", "China and the United States, the world's biggest and second-biggest
            // emitters … respectively": the list stands before, past commas and unpaired words.
            if hasRespectively, group.ranks.count > 1, entities.count < group.ranks.count, group.form != .tie {
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
            let rule = "ranking." + group.form.rawValue
            let ranksText = group.ranks.map(String.init).joined(separator: ", ")
            guard !entities.isEmpty else {
                note(
                    reading, rule, accepted: false,
                    "rank \(ranksText) at «\(reading.sentence.phrase(group.range))»: no country, organization or person with it"
                )
                continue
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
                    continue
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
                continue
            }
            lastEntity = entities.last
            lastPairedEnd = group.range.upperBound
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
            // «ثاني أكبر منفق عسكري في المنطقة بعد السعودية», "second only to": who is first.
            if ranks == [2], entries.count == 1,
                let after = words[group.range.upperBound..<min(nextStart, group.range.upperBound + 8)].firstIndex(
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
                let behind = words[group.range.upperBound..<min(nextStart, group.range.upperBound + 3)].firstIndex(
                    where: { $0.reads(DraftWord.keySet("behind خلف")) })
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
                    let between = words[ahead[at - 1].range.upperBound..<ahead[at].range.lowerBound]
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
                    && winsAnElection(reading, after: group.range.upperBound, entity: entries[0].entity))
            {
                continue
            }
            if entries.isEmpty { continue }
            let nameStart =
                (order == "after" || group.entity != nil) && group.form == .topped
                ? entities.last!.range.upperBound : nil
            var name = rankingName(reading, after: group, startingAt: nameStart)
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
                continue
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
                    continue
                }
            }
            note(reading, fact.rule, accepted: true, "\(summary.joined(separator: ", ")) in «\(name.text)»: \(how)")
            add(fact, idFrom: (name.found ? name.text : "ranking") + (period.map { " " + $0.text } ?? ""))
            lastRankingSentence = reading.sentence.index
        }
        return used
    }

    /// "Iceland, which has closed 93.5 percent of its gap, was followed by Finland, Norway, …": a
    /// chain after the sentence's subject, whom the ranking just before gave a rank.
    private mutating func readFollowers(_ reading: DraftReading) {
        let words = reading.words
        // (Further back than a rank without its list: the leader must be in the ranking.)
        guard reading.sentence.index - lastRankingSentence <= 5,
            let chain = words.firstIndex(where: { $0.reads(Self.chainWords) }), chain > 0,
            let previous = facts.lastIndex(where: {
                $0.typeName == "ranking" && !$0.rule.hasSuffix(".earlier") && !$0.rule.hasSuffix(".regional")
            }),
            case .ranking(let title, let period, let by, let entries) = facts[previous].body,
            let leader = candidates(reading, in: reading.clause(around: 0), excluding: nil).first,
            let rank = entries.first(where: { $0.entity == leader.id })?.rank
        else { return }
        let stop = words[(chain + 1)...].firstIndex { $0.reads(Self.chainStops) } ?? words.count
        let leaderType = book.entities.first { $0.id == leader.id }?.type
        let followers = candidates(reading, in: chain + 1..<stop, excluding: nil).filter { follower in
            book.entities.first { $0.id == follower.id }?.type == leaderType && !isLocated(reading, follower.range)
        }
        let added = followers.enumerated().map { ArticleDraft.Entry(entity: $0.element.id, rank: rank + $0.offset + 1) }
        guard !added.isEmpty,
            !added.contains(where: { entry in entries.contains { $0.entity == entry.entity || $0.rank == entry.rank } })
        else { return }
        facts[previous].body = .ranking(name: title, period: period, by: by, entries: entries + added)
        if !facts[previous].evidence.contains(reading.sentence.text) {
            facts[previous].evidence += "\n" + reading.sentence.text
        }
        let summary = added.map { entry in
            "\(book.entities.first { $0.id == entry.entity }?.names[language] ?? entry.entity) #\(entry.rank)"
        }
        note(
            reading, "ranking.chain", accepted: true,
            "\(summary.joined(separator: ", ")) follow \(reading.sentence.phrase(leader.range)) in «\(title[language] ?? "")»"
        )
        lastRankingSentence = reading.sentence.index
    }

    /// Whether a fact drafted before gives this entity this rank.
    private func stated(_ entity: String, _ rank: Int) -> Bool {
        facts.contains { fact in
            guard case .ranking(_, _, _, let entries) = fact.body else { return false }
            return entries.contains { $0.entity == entity && $0.rank == rank }
        }
    }
}
