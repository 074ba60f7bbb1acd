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
        /// Where the list's name starts when the sentence writes it apart («توج X بلقب هداف الدوري»).
        var nameAt: Int? = nil
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
        "تلتها تليها يليها تلاها تلته يليه تليه وتليه تلاه وتلتها وتليها ويليها وتلاها وتلاه تلتهما تلاهما يليهما تليهما وتلتهما وتلاهما followed trailed"
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
        "won wins led leads took received secured garnered got فاز فازت فوز بفوز حصل حصلت نال نالت حصد حصدت")
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
        "خلال الفترة وفق وفقا بحسب حسب عام لعام منذ للمرة بما according during with by in for at on since after before until وذلك حيث بعد قبل بنسبة برصيد بـ بنحو بقرابة"
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
        for number in groups.indices {
            let scene = RankScene(reading: reading, groups: groups, number: number, by: by)
            var (entities, order) = rankSubjects(scene, lastEntity: lastEntity, lastPairedEnd: lastPairedEnd)
            // ("Yoon takes charge of Asia's fourth-largest economy": said of a country.)
            if isEpithet(scene),
                !entities.contains(where: { found in book.entities.first { $0.id == found.id }?.type == .country })
            {
                entities = epithetSubject(scene)
                order = "the country the article is about"
            }
            let overtaking = overtake(scene)
            if let overtaking {
                entities = [overtaking.overtaker]
                order = "who overtook"
            }
            guard let paired = pairRanks(scene, entities, order: order) else { continue }
            lastEntity = paired.entities.last
            lastPairedEnd = scene.group.range.upperBound
            guard let listed = rankEntries(scene, paired.entities, paired.ranks) else { continue }
            used.formUnion(
                addRanking(
                    scene, paired.entities, paired.ranks, listed.entries, chained: listed.chained, order: order,
                    period: period))
            if let overtaking, paired.ranks.count == 1 {
                addOvertaken(scene, overtaking.overtaken, below: paired.ranks[0])
            }
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
    func stated(_ entity: String, _ rank: Int) -> Bool {
        facts.contains { fact in
            guard case .ranking(_, _, _, let entries) = fact.body else { return false }
            return entries.contains { $0.entity == entity && $0.rank == rank }
        }
    }
}
