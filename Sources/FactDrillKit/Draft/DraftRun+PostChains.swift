import Foundation

/// Who holds a chain of posts read in a sentence: the name after the posts, before them past a
/// comma, a holder or appointee elsewhere in the sentence; then one role per post.
extension DraftRun {
    /// Posts written one after another, sharing their holder: «نائب رئيس الدولة رئيس مجلس الوزراء
    /// حاكم دبي الشيخ محمد …», «سارة الأميري، وزيرة الدولة … رئيسة مجلس إدارة …».
    func chains(_ reading: DraftReading, _ items: [PostItem]) -> [[PostItem]] {
        let words = reading.words
        var chains: [[PostItem]] = []
        for item in items {
            // ("Nvidia's co-founder and chief executive officer": two posts joined by "and".)
            let joined = { (last: PostItem) in
                last.cursor + 1 == item.start && ["and", "و"].contains(words[last.cursor].lower)
                    && !reading.sentence.isBreak(before: last.cursor)
            }
            if let last = chains.last?.last, last.cursor == item.start || joined(last),
                !reading.sentence.isBreak(before: item.start)
            {
                // ("Microsoft Vice Chair and President Brad Smith": two posts joined by "and" before
                // the name share the organization written before the first.)
                var item = item
                if joined(last), item.organization == nil, let shared = chains[chains.count - 1].first?.organization,
                    !words[item.range.lowerBound].isArabic
                {
                    item.organization = (shared.id, 0..<0)
                }
                chains[chains.count - 1].append(item)
            } else {
                chains.append([item])
            }
        }
        return chains
    }

    /// The roles of one chain of posts written one after another (one post alone is a chain).
    mutating func readChain(_ reading: DraftReading, _ chain: [PostItem]) {
        let words = reading.words
        let first = chain.first!
        let last = chain.last!
        var person: (range: Range<Int>, known: Bool)?
        var rule = ""
        var cursor = last.cursor
        // («الرئيس المنتهية ولايته محمد ولد الشيخ الغزواني»: "outgoing", still the holder.)
        if cursor + 2 < words.count, words[cursor].reads(DraftWord.keySet("المنتهية")),
            words[cursor + 1].text.hasPrefix("ولايت"), !reading.sentence.isBreak(before: cursor + 2)
        {
            cursor += 2
        }
        if cursor < words.count,
            !reading.sentence.isBreak(before: cursor) || words[cursor].before == "\""
                || words[cursor].before == ")"
                // ("Guerrero Gov. Evelyn Salgado": the dot of an abbreviated post.)
                || words[cursor].before.trimmingCharacters(in: .whitespaces) == "."
                    && DraftNames.titleAbbreviations.contains(words[cursor - 1].key),
            let after = names.name(startingAt: cursor, in: reading)
                ?? royalName(reading, cursor, last.post, title: first.start) ?? familyNameAlone(reading, cursor),
            // («وعيّن الرئيس أحمد كجوك وزيراً للمالية»: the president appoints; the name is the appointee's.)
            !(after.range.upperBound < words.count && Self.isAccusative(words[after.range.upperBound])
                && first.start > 0 && words[first.start - 1].reads(Self.appointmentWords))
        {
            person = after
            rule = last.organization == nil ? "role.post-name" : "role.post-org-name"
        } else if let comma = appositionStart(reading, first.start), comma > 0,
            let before = names.name(endingBefore: comma, in: reading) ?? familyNameAlone(reading, comma - 1)
        {
            person = before
            rule = "role.name-comma-post"
        } else if let holder = holderBefore(reading, first.start) {
            person = holder
            rule = "role.name-holds-post"
        } else if let appointed = appointee(reading, first.start) {
            person = appointed
            rule = "role.appointed"
        } else if cursor < words.count, words[cursor].before.contains(where: { ",،".contains($0) }),
            first.organization != nil, first.start < first.range.lowerBound,
            let after = names.name(startingAt: cursor, in: reading), after.known || !words[cursor].isArabic
        {
            // "Saudi Aramco's chief executive officer, Amin Nasser, said".
            person = after
            rule = "role.org-post-comma-name"
        } else if let between = nameBetweenCommas(reading, after: cursor),
            // ("its president, Hugh Brady": whose post a pronoun says is not read here.)
            last.organization != nil || first.start == 0
                || !words[first.start - 1].reads(DraftWord.keySet("its their his her our"))
        {
            // «وقال وزير النقل السعودي، المهندس صالح الجاسر، إن …», "Its leader, Santiago
            // Abascal, blamed …": the name set off by commas right after the post.
            person = between
            rule = last.organization == nil ? "role.post-comma-name" : "role.post-org-comma-name"
        }
        // «والبريطاني لويس هاميلتون سائق مرسيدس ثالثا»: a player's or driver's post and team
        // right after the name, no comma between.
        if person == nil, words[first.range.lowerBound].isArabic, first.organization != nil,
            Self.personalPosts.contains(first.post.english), first.start > 0,
            !reading.sentence.isBreak(before: first.start),
            let before = names.name(endingBefore: first.start, in: reading), before.range.upperBound == first.start
        {
            person = before
            rule = "role.name-post"
        }
        guard let person else {
            for item in chain {
                note(
                    reading, "role", accepted: false,
                    "post «\(reading.sentence.phrase(item.range))»: no person's name next to it")
            }
            return
        }
        // A post of the chain without its own organization takes the chain's («ولي العهد رئيس
        // مجلس الوزراء السعودي»).
        let shared = chain.last { $0.organization != nil }?.organization
        let sharedType = shared.flatMap { org in book.entities.first { $0.id == org.id }?.type }
        for (position, var item) in chain.enumerated() {
            // «العاهل السعودي الملك سلمان»: two words for one post; the one next to the name.
            if !item.post.english.isEmpty,
                chain[(position + 1)...].contains(where: { $0.post.english == item.post.english })
            {
                continue
            }
            // (Not a city: «… رئيس مجلس الوزراء حاكم دبي» governs Dubai, heads the UAE's cabinet.)
            // (A minister's post is the country's, not the body the minister also chairs:
            // «وزير التجارة رئيس مجلس إدارة المركز الوطني للتنافسية».)
            if item.organization == nil, let shared,
                sharedType == .organization && !item.post.isNational
                    || sharedType == .country && item.post.isNational
            {
                item.organization = shared
            }
            addRole(reading, item, person: person, rule: chain.count > 1 ? rule + "+chain" : rule)
        }
    }

    /// A name set off by commas right after a post (titles of courtesy skipped): the name must
    /// close with a comma, or end the sentence.
    private func nameBetweenCommas(_ reading: DraftReading, after cursor: Int) -> (range: Range<Int>, known: Bool)? {
        let words = reading.words
        guard cursor < words.count, reading.sentence.isBreak(before: cursor),
            words[cursor].before.contains(where: { ",،".contains($0) }),
            // («…، ومعالي بيوش غويال»: a second person joined by «و» is not this post's.)
            !(words[cursor].isArabic && words[cursor].text.hasPrefix("و")
                && lexicon.givenNames[words[cursor].key] == nil)
        else { return nil }
        var at = cursor
        while at + 1 < words.count, words[at].reads(Self.honorifics) || words[at].reads(Self.militaryRanks) {
            at += 1
            if reading.sentence.isBreak(before: at) { return nil }
        }
        guard let name = names.name(startingAt: at, in: reading) else { return nil }
        let end = name.range.upperBound
        guard end == words.count || words[end].before.contains(where: { ",،".contains($0) }) else { return nil }
        return name
    }

    /// "Queen Letizia of Spain", "Pope Francis": a monarch's or pope's one name after the title.
    /// (Not a title inside a name: "Sikandar Sultan Raja".)
    private func royalName(_ reading: DraftReading, _ index: Int, _ post: LexiconPost, title: Int) -> (
        range: Range<Int>, known: Bool
    )? {
        let words = reading.words
        guard index < words.count, !words[index].isArabic, words[index].isCapitalized,
            title == 0 || reading.sentence.isBreak(before: title) || !words[title - 1].isCapitalized,
            !["Mother", "Consort", "Regent", "Emeritus"].contains(words[index].text),
            ["King", "Queen", "Prince", "Princess", "Emir", "Sultan", "Pope", "Crown Prince"].contains(post.english),
            reading.span(at: index) == nil, !lexicon.commonWords.contains(words[index].key),
            index + 1 == words.count || reading.sentence.isBreak(before: index + 1)
                || ["of", "and"].contains(words[index + 1].lower) || !words[index + 1].isCapitalized
        else { return nil }
        return (index..<index + 1, true)
    }

    /// Where an apposition holding a post starts: right at the post after a comma, or after "an",
    /// "the" and a modifier ("Hans M. Kristensen, an associate senior fellow with SIPRI").
    private func appositionStart(_ reading: DraftReading, _ postStart: Int) -> Int? {
        let words = reading.words
        var start = postStart
        // ("Gibran Rakabuming Raka, the 36-year-old mayor of Surakarta": an age too.)
        let age = { (at: Int) in
            words[at].lower.hasSuffix("year-old")
                || words[at].number != nil && at + 1 < words.count && words[at + 1].lower.hasSuffix("year-old")
        }
        while start > 0, postStart - start < 4,
            !words[start].before.contains(where: { ",،".contains($0) }),
            !reading.sentence.isBreak(before: start) || age(start),
            words[start - 1].reads(DraftWord.keySet("the an a associate acting interim new current")) || age(start - 1)
        {
            start -= 1
        }
        guard start > 0, reading.sentence.isBreak(before: start),
            words[start].before.contains(where: { ",،".contains($0) })
        else { return nil }
        return start
    }
}
