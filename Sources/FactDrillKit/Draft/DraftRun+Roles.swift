import Foundation

/// Roles: a person, a post and an organization in the forms news uses: «NAME، POST في ORG»,
/// «POST NATIONALITY NAME», «POST لORG NAME», «NAME، الذي يشغل منصب POST», "NAME, POST of ORG",
/// "NATIONALITY POST NAME", "ORG's POST NAME", "POST NAME".
extension DraftRun {
    static let orgPrepositions = DraftWord.keySet("في لدى of at for in with")
    static let ambiguousPosts = DraftWord.keySet("محافظ مرشح امير شيخ candidate")
    /// Titles of courtesy between a post and a name («ولي العهد السعودي الأمير محمد بن سلمان»).
    static let militaryRanks = DraftWord.keySet("الفريق فريق أول اللواء العميد العقيد المشير الجنرال General")
    static let honorifics = DraftWord.keySet(
        "الفريق أول اللواء العميد العقيد المشير "
            + "الأمير الشيخ الشيخة السيد السيدة الدكتور الدكتورة المستشار سمو آنذاك حينها حينذاك Dr Mr Mrs Ms Sheikh Prince"
    )
    static let holdsPost = DraftWord.keySet("منصب يشغل تشغل شغل الذي التي who serves served as is was")

    /// One post read in a sentence: its words, its organization, where a name after it would start.
    struct PostItem {
        let post: LexiconPost
        let span: DraftReading.Span
        let range: Range<Int>
        var organization: (id: String, range: Range<Int>)?
        /// The first word after the post, its organization and any title of courtesy.
        var cursor: Int
        /// Where the post starts with an English organization or nationality before it.
        var start: Int
        /// Words after the post that belong to it («الرئاسي … الخاص لشؤون المناخ»), without the nationality.
        var extra: [Range<Int>] = []
    }

    mutating func readRoles(_ reading: DraftReading) {
        readHeadingVerbs(reading)
        let words = reading.words
        var items: [PostItem] = []
        for span in reading.spans {
            guard case .lexicon(.post(let post), _) = span.tag else { continue }
            if let last = items.last, last.range.contains(span.range.lowerBound) { continue }  // inside a longer post
            // «سلطان بن أحمد الجابر»: a title followed by «بن» is a name; «الفريق أول»: a rank.
            if span.range.upperBound < words.count, ["بن", "ابن", "bin"].contains(words[span.range.upperBound].text) {
                continue
            }
            if words[span.range].allSatisfy({ $0.reads(Self.militaryRanks) }) { continue }
            // "former prime minister", «رئيس الوزراء السابق»: a post no longer held is not a role.
            let before = span.range.lowerBound > 0 ? words[span.range.lowerBound - 1].lower : ""
            let after = words[span.range.upperBound..<min(words.count, span.range.upperBound + 2)]
            if ["former", "ex", "late"].contains(before)
                || after.contains(where: { $0.reads(DraftWord.keySet("السابق السابقة الأسبق الأسبقة الراحل")) })
            {
                note(reading, "role", accepted: false, "«\(reading.sentence.phrase(span.range))» is a former post")
                continue
            }
            // «المحافظ» is also "the conservative", «المرشح» a candidate: posts only with an organization.
            let needsOrganization =
                words[span.range].count == 1 && words[span.range.lowerBound].reads(Self.ambiguousPosts)
            let postRange = extendPost(reading, span.range)
            var item = PostItem(
                post: post, span: span, range: postRange, cursor: postRange.upperBound, start: postRange.lowerBound)
            // After the post: a nationality, «لحلف الناتو», «في ORG», "of ORG", then «(فيفا)».
            if let found = organizationAfter(reading, at: item.cursor) {
                item.organization = (found.id, found.range)
                item.cursor = skipParenthesis(reading, from: found.range.upperBound)
                // «المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني»: the organization's nationality.
                if item.cursor < words.count, case .lexicon(.adjective, _) = reading.span(startingAt: item.cursor)?.tag,
                    !reading.sentence.isBreak(before: item.cursor)
                {
                    item.cursor = reading.span(startingAt: item.cursor)!.range.upperBound
                }
            } else if words[postRange.lowerBound].isArabic, let spread = modifiersBeforeName(reading, from: item.cursor)
            {
                // «المبعوث الرئاسي الأميركي الخاص لشؤون المناخ جون كيري»: modifiers, a nationality
                // among them, then the name.
                item.organization = spread.nationality
                item.cursor = spread.name
                item.extra = spread.extra
            }
            if needsOrganization, item.organization == nil {
                note(
                    reading, "role", accepted: false,
                    "«\(reading.sentence.phrase(postRange))» is a post only with its organization")
                continue
            }
            // Before it (English): "French President", "NATO Secretary General", "NATO's secretary
            // general", "Christian Democratic Union (CDU) leader", "Rengo President".
            if !words[postRange.lowerBound].isArabic, item.organization == nil,
                let found = organizationBefore(reading, postRange.lowerBound)
            {
                item.organization = (found.id, found.range)
                item.start = found.range.lowerBound
            }
            if item.start > 0, ["the", "a", "an"].contains(words[item.start - 1].lower) { item.start -= 1 }
            while item.cursor < words.count, words[item.cursor].reads(Self.honorifics),
                !reading.sentence.isBreak(before: item.cursor)
            {
                item.cursor += 1
            }
            items.append(item)
        }
        // Posts written one after another share their holder: «نائب رئيس الدولة رئيس مجلس الوزراء
        // حاكم دبي الشيخ محمد …», «سارة الأميري، وزيرة الدولة … رئيسة مجلس إدارة …».
        var chains: [[PostItem]] = []
        for item in items {
            if let last = chains.last?.last, last.cursor == item.start, !reading.sentence.isBreak(before: item.start) {
                chains[chains.count - 1].append(item)
            } else {
                chains.append([item])
            }
        }
        for chain in chains {
            let first = chain.first!
            let last = chain.last!
            var person: (range: Range<Int>, known: Bool)?
            var rule = ""
            let cursor = last.cursor
            if cursor < words.count,
                !reading.sentence.isBreak(before: cursor) || words[cursor].before == "\""
                    || words[cursor].before == ")",
                let after = names.name(startingAt: cursor, in: reading)
            {
                person = after
                rule = last.organization == nil ? "role.post-name" : "role.post-org-name"
            } else if first.start > 0, reading.sentence.isBreak(before: first.start),
                words[first.start].before.contains(where: { ",،".contains($0) }),
                let before = names.name(endingBefore: first.start, in: reading)
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
            }
            guard let person else {
                for item in chain {
                    note(
                        reading, "role", accepted: false,
                        "post «\(reading.sentence.phrase(item.range))»: no person's name next to it")
                }
                continue
            }
            // A post of the chain without its own organization takes the chain's («ولي العهد رئيس
            // مجلس الوزراء السعودي»).
            let shared = chain.last { $0.organization != nil }?.organization
            let sharedType = shared.flatMap { org in book.entities.first { $0.id == org.id }?.type }
            for var item in chain {
                // (Not a city: «… رئيس مجلس الوزراء حاكم دبي» governs Dubai, heads the UAE's cabinet.)
                if item.organization == nil, let shared,
                    sharedType == .organization || sharedType == .country && item.post.isNational
                {
                    item.organization = shared
                }
                addRole(reading, item, person: person, rule: chain.count > 1 ? rule + "+chain" : rule)
            }
        }
    }

    /// "NAME, who heads ORG", «NAME، الذي يرأس ORG»: a verb of heading gives the post.
    private mutating func readHeadingVerbs(_ reading: DraftReading) {
        let words = reading.words
        let verbs: [(Set<String>, ar: String, en: String)] = [
            (DraftWord.keySet("heads chairs يرأس ترأس يترأس تترأس"), "رئيس", "Head"),
            (DraftWord.keySet("leads يقود تقود يتزعم تتزعم"), "قائد", "Leader"),
        ]
        for index in words.indices where index >= 1 {
            guard let verb = verbs.first(where: { words[index].reads($0.0) }),
                words[index - 1].reads(DraftWord.keySet("who الذي التي")), index >= 2,
                reading.sentence.isBreak(before: index - 1),
                let name = names.name(endingBefore: index - 1, in: reading), name.known || !words[index].isArabic,
                let org = organizationAfter(reading, at: index + 1)
            else { continue }
            let organizationType = book.entities.first { $0.id == org.id }?.type
            guard organizationType == .organization else { continue }
            let personText = reading.sentence.phrase(name.range)
            let personID = book.add(text: personText, type: .person)
            let post = language == "ar" ? verb.ar : verb.en
            var fact = ArticleDraft.Fact(
                id: "",
                body: .role(
                    person: personID,
                    post: [language: post, (language == "ar" ? "en" : "ar"): language == "ar" ? verb.en : verb.ar],
                    organization: org.id),
                evidence: reading.sentence.text, rule: "role.name-heads-org", confidence: 0.7)
            fact.notes.append("the post is read from «\(words[index].text)»: name it as the organization does")
            note(
                reading, fact.rule, accepted: true,
                "\(personText) — \(post) — \(book.entities.first { $0.id == org.id }?.names[language] ?? org.id)")
            add(fact, idFrom: personText + " role")
        }
    }

    /// A role fact for one post of a chain, with its organization or, for a national post
    /// without one, the country the sentence or the article points to.
    private mutating func addRole(
        _ reading: DraftReading, _ item: PostItem, person: (range: Range<Int>, known: Bool), rule: String
    ) {
        let words = reading.words
        let personText = reading.sentence.phrase(person.range)
        let personID = book.add(text: personText, type: .person, english: nil)
        var organization = item.organization
        var inferred: String?
        if organization == nil {
            if let other = facts.last(where: { fact in
                if case .role(let p, _, let o) = fact.body {
                    return p == personID && o != nil && fact.evidence == reading.sentence.text
                }
                return false
            }), case .role(_, _, let o) = other.body, let o {
                organization = (o, 0..<0)
                inferred = "the organization of the same person's other post in this sentence"
            } else if item.post.isNational, item.range == item.span.range || Self.onlyOrdinalAdded(reading, item) {
                // The nearest country or nationality before the post in the sentence
                // ("Russian President Vladimir Putin sent Foreign Minister Sergey Lavrov").
                let countries = reading.spans.filter { span in
                    guard span.range.upperBound <= item.range.lowerBound, case .lexicon(let kind, _) = span.tag else {
                        return false
                    }
                    switch kind {
                    case .country, .adjective: return true
                    default: return false
                    }
                }
                if let nearest = countries.last, case .lexicon(let kind, _) = nearest.tag {
                    switch kind {
                    case .country(let name), .adjective(let name):
                        organization = (book.add(name), nearest.range)
                        inferred = "the country named before it in the sentence"
                    default: break
                    }
                } else if let country = mainCountry {
                    organization = (book.add(country), 0..<0)
                    inferred = "the country the article is about"
                }
            }
        }
        var postRange = item.range
        // "U.S. Secretary of State": a country the lexicon wrote into the post is its organization.
        if let country = lexicon.matches(in: words, at: postRange.lowerBound).first(where: { match in
            switch match.entry.kind {
            case .country, .adjective: return match.length < postRange.count
            default: return false
            }
        }) {
            switch country.entry.kind {
            case .country(let name), .adjective(let name):
                if organization == nil || inferred != nil {
                    organization = (book.add(name), postRange.lowerBound..<postRange.lowerBound + country.length)
                    inferred = nil
                }
            default: break
            }
            postRange = postRange.lowerBound + country.length..<postRange.upperBound
        }
        var postText = Self.dropConjunction(reading.sentence.phrase(postRange), stemmed: item.span.isStemmed)
        for part in item.extra { postText += " " + reading.sentence.phrase(part) }
        // «وزير خارجيته» (his foreign minister): the post is the lexicon's «وزير الخارجية».
        if postRange == item.span.range, !item.post.forms.contains(postText), language == "ar",
            !item.post.arabic.isEmpty,
            DraftLexicon.arabicPossessiveForms(item.post.forms).contains(postText)
        {
            postText = item.post.arabic
        }
        var postNames = [language: Self.tidyPost(postText, english: language == "en")]
        let otherLanguage = language == "ar" ? "en" : "ar"
        if item.range == item.span.range {
            let translation = language == "ar" ? item.post.english : item.post.arabic
            if !translation.isEmpty { postNames[otherLanguage] = translation }
        }
        if facts.contains(where: { fact in
            if case .role(let p, let n, _) = fact.body { return p == personID && n[language] == postNames[language] }
            return false
        }) {
            return
        }
        var confidence = person.known ? 0.85 : 0.7
        if inferred != nil { confidence -= 0.15 }
        var fact = ArticleDraft.Fact(
            id: "", body: .role(person: personID, post: postNames, organization: organization?.id),
            evidence: reading.sentence.text, rule: rule, confidence: confidence)
        if let inferred { fact.notes.append("the organization is \(inferred): check it") }
        if !person.known { fact.notes.append("«\(personText)» is not a known given name: check the person's name") }
        let orgName = organization.flatMap { org in book.entities.first { $0.id == org.id }?.names[language] } ?? "-"
        note(reading, rule, accepted: true, "\(personText) — \(postText) — \(orgName)")
        add(fact, idFrom: personText + " role")
    }

    /// Whether a post was extended only by an ordinal («الوزير الأول»).
    static func onlyOrdinalAdded(_ reading: DraftReading, _ item: PostItem) -> Bool {
        guard item.range.upperBound > item.span.range.upperBound,
            let span = reading.span(at: item.span.range.upperBound),
            case .ordinal = span.tag
        else { return false }
        return span.range.upperBound == item.range.upperBound
    }

    /// «ورئيس» read as a post: the conjunction is not part of it.
    static func dropConjunction(_ text: String, stemmed: Bool) -> String {
        guard let first = text.first, "وف".contains(first), text.count > 3 else { return text }
        // «والرئيس» (its key has no و: the normalizer took «وال» as the article), «ورئيس».
        let rest = text.dropFirst()
        guard stemmed || rest.hasPrefix("ال") else { return text }
        return String(rest)
    }

    /// Up to five modifiers between an Arabic post and a known given name, one of them a
    /// nationality: the nationality's country, where the name starts, and the other modifiers.
    private mutating func modifiersBeforeName(_ reading: DraftReading, from start: Int) -> (
        nationality: (id: String, range: Range<Int>)?, name: Int, extra: [Range<Int>]
    )? {
        let words = reading.words
        var index = start
        var nationality: (id: String, range: Range<Int>)?
        var extra: [Range<Int>] = []
        while index < words.count, index - start < 6, !reading.sentence.isBreak(before: index) {
            if lexicon.givenName(words[index]) != nil, reading.span(at: index) == nil {
                guard nationality != nil, index > start else { return nil }
                return (nationality, index, extra)
            }
            if let span = reading.span(startingAt: index) {
                guard case .lexicon(.adjective(let name), _) = span.tag, nationality == nil else { return nil }
                nationality = (book.add(name), span.range)
                index = span.range.upperBound
                continue
            }
            if DraftNames.arabicStops.contains(words[index].key) { return nil }
            extra.append(index..<index + 1)
            index += 1
        }
        return nil
    }

    /// The word after a parenthesis that follows a name («(فيفا)», "(CDU)"), or `index` itself.
    private func skipParenthesis(_ reading: DraftReading, from index: Int) -> Int {
        let words = reading.words
        guard index < words.count, words[index].before.contains("(") else { return index }
        var end = index + 1
        while end < words.count, end - index < 6, !words[end].before.contains(")") { end += 1 }
        return end < words.count && words[end].before.contains(")") ? end : index
    }

    /// An English organization or nationality right before a post: "French", "NATO", "NATO's",
    /// "Christian Democratic Union (CDU)", "Rengo" (an unknown capitalized word, taken as the
    /// organization's name).
    private mutating func organizationBefore(_ reading: DraftReading, _ postStart: Int) -> (
        id: String, range: Range<Int>
    )? {
        let words = reading.words
        guard postStart > 0 else { return nil }
        var end = postStart
        // "(CDU) leader": step over the parenthesis.
        if words[end].before.contains(")") {
            var open = end - 1
            while open > 0, end - open < 6, !words[open].before.contains("(") { open -= 1 }
            guard words[open].before.contains("(") else { return nil }
            end = open
        } else if reading.sentence.isBreak(before: postStart) {
            return nil
        }
        guard end > 0 else { return nil }
        if let before = reading.span(at: end - 1), before.range.upperBound == end,
            let id = organizationOrCountry(before)
        {
            return (id, before.range.lowerBound..<postStart)
        }
        if let head = reading.span(at: end - 1), case .lexicon(.organizationHead, _) = head.tag,
            let range = names.organization(at: head.range.lowerBound, in: reading), range.upperBound == end
        {
            return (book.add(text: reading.sentence.phrase(range), type: .organization), range.lowerBound..<postStart)
        }
        let word = words[end - 1]
        if !word.isArabic, word.isCapitalized, reading.span(at: end - 1) == nil,
            !lexicon.commonWords.contains(word.key), lexicon.givenName(word) == nil, word.number == nil,
            !reading.sentence.isBreak(before: end - 1) || word.isPossessive
        {
            return (
                book.add(text: word.isPossessive ? String(word.text.dropLast(2)) : word.text, type: .organization),
                end - 1..<postStart
            )
        }
        return nil
    }

    /// The post's words and the ones that complete it («كبير مديري» + «شؤون أوروبا»; "senior
    /// director" + "for Europe"), up to a name, a nationality, an organization or a break.
    private func extendPost(_ reading: DraftReading, _ range: Range<Int>) -> Range<Int> {
        let words = reading.words
        var end = range.upperBound
        if words[range.lowerBound].isArabic {
            let complements = DraftWord.keySet(
                "شؤون ملف قسم مركز إدارة دائرة مكتب برنامج لجنة وحدة قطاع مجلس المنتخب منتخب فريق")
            let next = range.upperBound < words.count ? words[range.upperBound] : nil
            // «وزيرة الدولة للتكنولوجيا المتقدمة»: a minister of state's portfolio follows with ل.
            let ofState =
                words[range.upperBound - 1].key == DraftWord.key(of: "الدولة") && next?.text.hasPrefix("ل") == true
            let completed = next.map { $0.reads(complements) } == true || ofState
            if let next, !completed, range.upperBound + 1 < words.count, next.text.hasPrefix("ال"),
                reading.span(at: range.upperBound) == nil, !reading.sentence.isBreak(before: range.upperBound)
            {
                // «نائب رئيس الدولة رئيس …»: a definite noun annexed to the post, before another
                // post, a title of courtesy or a name.
                let after = range.upperBound + 1
                var isPost = false
                if case .lexicon(.post, _) = reading.span(at: after)?.tag { isPost = true }
                if isPost || words[after].reads(Self.honorifics) || lexicon.givenName(words[after]) != nil {
                    return range.lowerBound..<after
                }
            }
            while end < words.count, end - range.lowerBound < 7, !reading.sentence.isBreak(before: end) {
                if DraftNames.arabicStops.contains(words[end].key) || lexicon.givenName(words[end]) != nil { break }
                if let span = reading.span(at: end) {
                    var inside = false
                    switch span.tag {
                    case .lexicon(.organizationHead, _):
                        // «مدير مركز …» completes the post; a later head noun without its article
                        // starts the organization («رئيسة مجلس إدارة وكالة الإمارات للفضاء»).
                        let definite = words[end].text.hasPrefix("ال")
                        inside = end == range.upperBound || definite
                    case .lexicon(.post, _), .lexicon(.eventNoun, _): inside = completed  // «مركز دبلوماسية الأمن»
                    case .ordinal: inside = end == range.upperBound  // «الباحث الأول»
                    default: inside = false
                    }
                    guard inside else { break }
                    end = span.range.upperBound
                    continue
                }
                if !ofState, words[end].variants.contains(where: { $0.stemmed }) && words[end].text.hasPrefix("ل") {
                    break
                }
                end += 1
            }
            // Only «شؤون …», «مركز …», «إدارة …» and the like complete a post: keep what follows a
            // complement noun, else the lexicon's post alone.
            if end > range.upperBound, !completed {
                if case .ordinal = reading.span(at: range.upperBound)?.tag {
                    return range.lowerBound..<reading.span(at: range.upperBound)!.range.upperBound
                }
                return range
            }
            // «مدير مشروع الإمارات لاستكشاف المريخ»: an organization named by a head noun without
            // its article is the post's organization, unless another follows («مدير مركز … في كلية …»).
            if completed, case .lexicon(.organizationHead, _) = reading.span(at: range.upperBound)?.tag,
                !words[range.upperBound].text.hasPrefix("ال"),
                end >= words.count || !words[end].reads(Self.orgPrepositions)
            {
                return range
            }
            return range.lowerBound..<end
        }
        // English: "for Europe", "for Defence".
        if end + 1 < words.count, words[end].key == "for", words[end + 1].isCapitalized,
            reading.span(at: end + 1) == nil
        {
            end += 2
            while end < words.count, words[end].isCapitalized, reading.span(at: end) == nil,
                !reading.sentence.isBreak(before: end)
            {
                end += 1
            }
        }
        return range.lowerBound..<end
    }

    /// An organization or country right after a post: a nationality adjective, «لحلف الناتو»,
    /// «في ORG», "of/at the ORG".
    private mutating func organizationAfter(_ reading: DraftReading, at index: Int) -> (id: String, range: Range<Int>)?
    {
        let words = reading.words
        guard index < words.count, !reading.sentence.isBreak(before: index) else { return nil }
        var start = index
        // «زعيم حزب "فرنسا الأبية"»: a quoted name after a head noun is the organization's name.
        if words[start].before.contains(where: { "\"«“".contains($0) }) {
            var close = start + 1
            while close < words.count, close - start < 6, !words[close].before.contains(where: { "\"»”".contains($0) })
            {
                close += 1
            }
            if close < words.count || close == words.count, close - start <= 5, close > start {
                let quoted = start..<min(close, words.count)
                if close < words.count || words.count - start <= 5 {
                    return (
                        book.add(text: reading.sentence.phrase(quoted), type: .organization), index..<quoted.upperBound
                    )
                }
            }
        }
        if words[start].reads(Self.orgPrepositions) && !words[start].isArabic
            || DraftNames.arabicStops.contains(words[start].key) && words[start].reads(Self.orgPrepositions)
        {
            start += 1
            if start < words.count, words[start].lower == "the" { start += 1 }
        }
        if start < words.count, words[start].lower == "the", start + 1 < words.count { start += 1 }
        guard start < words.count, !(start > index && reading.sentence.isBreak(before: start)) else { return nil }
        // «لمجموعة "إل في إم إتش"», «لشركتي "تسلا"»: a head noun then a quoted name: the name.
        if case .lexicon(.organizationHead, _) = reading.span(startingAt: start)?.tag, start + 1 < words.count,
            words[start + 1].before.contains(where: { "\"«“".contains($0) })
        {
            var close = start + 2
            while close < words.count, close - start < 7, !words[close].before.contains(where: { "\"»”".contains($0) })
            {
                close += 1
            }
            if close - start <= 6 {
                let quoted = start + 1..<min(close, words.count)
                return (book.add(text: reading.sentence.phrase(quoted), type: .organization), index..<quoted.upperBound)
            }
        }
        if let span = reading.span(startingAt: start), let id = organizationOrCountry(span) {
            return (id, index..<span.range.upperBound)
        }
        if let range = names.organization(at: start, in: reading) {
            return (book.add(text: reading.sentence.phrase(range), type: .organization), index..<range.upperBound)
        }
        // «في المعهد», "at the institute": the organization named before with that head noun.
        if let span = reading.span(startingAt: start), case .lexicon(.organizationHead, _) = span.tag,
            span.range.count == 1, let id = book.organization(headedBy: words[start].key)
        {
            return (id, index..<span.range.upperBound)
        }
        // English: "of the Brussels School of Governance" where the head noun is inside.
        if !words[start].isArabic, words[start].isCapitalized {
            var end = start
            while end < words.count, end - start < 8,
                words[end].isCapitalized || DraftNames.englishConnectors.contains(words[end].lower)
            {
                if let span = reading.span(at: end), case .lexicon(.organizationHead, _) = span.tag,
                    let range = names.organization(at: end, in: reading), range.lowerBound >= start
                {
                    return (
                        book.add(text: reading.sentence.phrase(start..<range.upperBound), type: .organization),
                        index..<range.upperBound
                    )
                }
                end += 1
            }
        }
        return nil
    }

    /// The entity of a country, nationality adjective or organization span.
    private mutating func organizationOrCountry(_ span: DraftReading.Span) -> String? {
        guard case .lexicon(let kind, _) = span.tag else { return nil }
        switch kind {
        case .country(let name), .adjective(let name), .organization(let name), .place(let name): return book.add(name)
        default: return nil
        }
    }

    static let appointmentWords = DraftWord.keySet(
        "appointed named elected confirmed chosen nominated became becomes become made installed promoted sworn"
            + " عين عينت تعيين بتعيين وتعيين تسمية اختيار انتخاب تولى تولت يتولى تتولى اختير اختيرت"
    )
    static let appointmentGlue = DraftWord.keySet("as the new next was has been is will be in")

    /// "Rachel Reeves was appointed chancellor", "appointed Rachel Reeves as chancellor",
    /// «عُيّن بدر عبد العاطي وزيراً للخارجية», «تولى فلان منصب …».
    private func appointee(_ reading: DraftReading, _ postStart: Int) -> (range: Range<Int>, known: Bool)? {
        let words = reading.words
        // A verb of appointing between the name and the post: "NAME was appointed (as) POST".
        var index = postStart
        var sawVerb = false
        while index > 0, postStart - index < 5, !reading.sentence.isBreak(before: index) {
            let word = words[index - 1]
            if word.reads(Self.appointmentWords) {
                sawVerb = true
            } else if !word.reads(Self.appointmentGlue) && !word.reads(Self.holdsPost) {
                break
            }
            index -= 1
        }
        if sawVerb, index < postStart, let name = names.name(endingBefore: index, in: reading),
            name.range.upperBound == index, name.known || !words[index - 1].isArabic
        {
            return name
        }
        // The name right before the post ("appointed NAME as POST", «عيّن NAME وزيراً للخارجية»),
        // with a verb of appointing before the name.
        var end = postStart
        while end > 0, postStart - end < 3, ["as", "the", "next", "new"].contains(words[end - 1].lower) { end -= 1 }
        // "appointed Rutte as the next secretary general": a person named before by family name
        // (the whole name when it is written: "elected Claudia Sheinbaum as").
        if end > 1, words[max(0, end - 3)..<end - 1].contains(where: { $0.reads(Self.appointmentWords) }),
            book.person(familyName: words[end - 1].key) != nil, names.name(endingBefore: end, in: reading) == nil
        {
            return (end - 1..<end, true)
        }
        guard end > 0, !reading.sentence.isBreak(before: end), let name = names.name(endingBefore: end, in: reading),
            name.range.upperBound == end, name.range.lowerBound > 0,
            words[max(0, name.range.lowerBound - 2)..<name.range.lowerBound].contains(where: {
                $0.reads(Self.appointmentWords)
            })
        else { return nil }
        return name
    }

    /// «ريتشارد مارلز، الذي يشغل منصب وزير الدفاع», "Marles, who serves as defence minister".
    private func holderBefore(_ reading: DraftReading, _ postStart: Int) -> (range: Range<Int>, known: Bool)? {
        let words = reading.words
        var index = postStart
        var steps = 0
        while index > 0, steps < 4, words[index - 1].reads(Self.holdsPost), !reading.sentence.isBreak(before: index) {
            index -= 1
            steps += 1
        }
        guard steps > 0, index > 0, reading.sentence.isBreak(before: index) else { return nil }
        return names.name(endingBefore: index, in: reading)
    }

    /// A post as a card shows it: English posts in title case when written in lower case after a
    /// comma ("senior director for Europe" → "Senior Director for Europe").
    static func tidyPost(_ text: String, english: Bool) -> String {
        guard english else { return text }
        let small: Set<String> = ["of", "for", "and", "the", "on", "at", "in", "to"]
        return text.split(separator: " ").enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0, small.contains(lower) { return lower }
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
