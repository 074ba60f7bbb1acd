import Foundation

/// The parts around a post that `readRoles` reads: how far the post's words go, and the
/// organization or nationality before or after it.
extension DraftRun {
    /// Up to five modifiers between an Arabic post and a known given name, one of them a
    /// nationality: the nationality's country, where the name starts, and the other modifiers.
    mutating func modifiersBeforeName(_ reading: DraftReading, from start: Int) -> (
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
    func skipParenthesis(_ reading: DraftReading, from index: Int) -> Int {
        let words = reading.words
        guard index < words.count, words[index].before.contains("(") else { return index }
        var end = index + 1
        while end < words.count, end - index < 6, !words[end].before.contains(")") { end += 1 }
        return end < words.count && words[end].before.contains(")") ? end : index
    }

    /// An English organization or nationality right before a post: "French", "NATO", "NATO's",
    /// "Christian Democratic Union (CDU)", "Rengo" (an unknown capitalized word, taken as the
    /// organization's name).
    mutating func organizationBefore(_ reading: DraftReading, _ postStart: Int) -> (
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
        // "Manchester City striker", "Real Madrid midfielder", "Aston Villa goalkeeper": a club or
        // company named by two or three capitalized words, one of them perhaps a place.
        if !words[end - 1].isArabic {
            var start = end
            while start > 0, end - start < 3, !reading.sentence.isBreak(before: start) || start == end,
                words[start - 1].isCapitalized, !words[start - 1].isPossessive || start == end,
                lexicon.givenName(words[start - 1]) == nil || start < end && isCountry(reading.span(at: start - 1)),
                words[start - 1].number == nil
            {
                let span = reading.span(at: start - 1)
                // ("Oak Ridge Director": a common word capitalized inside a sentence is a name's.)
                var named =
                    span == nil
                    && (!lexicon.commonWords.contains(words[start - 1].key)
                        || start - 1 > 0 && !reading.sentence.isBreak(before: start - 1) && start < end)
                if let span, case .lexicon(.place, _) = span.tag, span.range.count == 1 { named = true }
                // ("Georgia Power CEO", "Japan Airlines chief": a country that begins a company's
                // name, not the word right before the post.)
                if isCountry(span), start < end { named = true }
                // ("Swiss National Bank chair", "British Airways chief": a nationality that begins
                // a bank's or company's name.)
                if let span, case .lexicon(.adjective, _) = span.tag, span.range.count == 1, start < end,
                    words[end - 1].reads(Self.clubHeads)
                {
                    named = true
                }
                // ("Credit Suisse chair", "Oak Ridge Director" opening a sentence: a capitalized
                // common word that is no sentence's opener begins the name.)
                if span == nil, start - 1 == 0, start < end, !words[0].reads(Self.openers),
                    !words[0].reads(Self.postModifiers)
                {
                    named = true
                }
                // ("Election Commission chairman": a head noun ends the organization's name.)
                if let span, case .lexicon(.organizationHead, _) = span.tag, start == end, span.range.count == 1 {
                    named = true
                }
                if start == end, words[start - 1].text == "City" { named = true }
                guard named else { break }
                start -= 1
                if reading.sentence.isBreak(before: start) { break }
            }
            // (A run with a place or a club's or company's last word: "Yvette Cooper home secretary"
            // names a person.)
            let placed = (start..<end).contains { index in
                if case .lexicon(.place, _) = reading.span(at: index)?.tag { return true }
                return false
            }
            var headed = false
            if case .lexicon(.organizationHead, _) = reading.span(at: end - 1)?.tag { headed = true }
            if end - start >= 2, !(start == 0 && words[0].reads(Self.openers)),
                placed || words[end - 1].reads(Self.clubHeads) || headed
                    // ("… that Oak Ridge Director": a run of capitals inside the sentence.)
                    || (start > 0 && !reading.sentence.isBreak(before: start)
                        || start == 0 && !words[0].reads(Self.openers))
                        && (start..<end).allSatisfy({
                            lexicon.givenName(words[$0]) == nil || isCountry(reading.span(at: $0))
                        })
            {
                let text = reading.sentence.phrase(start..<end)
                return (
                    book.add(text: words[end - 1].isPossessive ? String(text.dropLast(2)) : text, type: .organization),
                    start..<postStart
                )
            }
        }
        // "Chinese foreign ministry spokesman Zhao Lijian": a ministry named by its country.
        if !words[end - 1].isArabic, end >= 3, words[end - 1].lower == "ministry" || words[end - 1].lower == "office",
            let country = reading.span(at: end - 3), country.range.upperBound == end - 2,
            case .lexicon(let kind, _) = country.tag
        {
            switch kind {
            case .country, .adjective:
                let range = country.range.lowerBound..<end
                let text = reading.sentence.phrase(range).split(separator: " ").map { word in
                    word.prefix(1).uppercased() + word.dropFirst()
                }.joined(separator: " ")
                return (book.add(text: text, type: .organization), range.lowerBound..<postStart)
            default: break
            }
        }
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
        // ("The company's chief executive, Satya Nadella": the company the article is about.)
        if !word.isArabic, word.isPossessive,
            DraftWord.keySet("company's firm's group's bank's carmaker's lender's insurer's").contains(word.key),
            let main = mainOrganization
        {
            return (book.add(main), end - 1..<postStart)
        }
        // ("Ramaphosa's spokesman": a person's possessive is not an organization.)
        if word.isPossessive, book.person(familyName: word.key) != nil { return nil }
        if !word.isArabic, word.isCapitalized, reading.span(at: end - 1) == nil,
            !lexicon.commonWords.contains(word.key), lexicon.givenName(word) == nil, word.number == nil,
            !reading.sentence.isBreak(before: end - 1) || word.isPossessive
                // ("Sinopec Chairman Ma Yongsheng joined": the sentence's first word.)
                || end - 1 == 0 && !word.reads(Self.postModifiers)
        {
            return (
                book.add(text: word.isPossessive ? String(word.text.dropLast(2)) : word.text, type: .organization),
                end - 1..<postStart
            )
        }
        return nil
    }

    static let ministerWords = DraftWord.keySet("وزير وزيرة")

    /// «فريق ريد بول، …»: a team's name after «فريق» (indefinite), up to a break, one to three
    /// words: the range of the name.
    func team(_ reading: DraftReading, at index: Int) -> Range<Int>? {
        let words = reading.words
        guard index + 1 < words.count, words[index].reads(DraftWord.keySet("فريق")),
            !reading.sentence.isBreak(before: index), !reading.sentence.isBreak(before: index + 1),
            !words[index + 1].text.hasPrefix("ال"),
            let close = (index + 2...min(words.count, index + 4)).first(where: { at in
                at == words.count || reading.sentence.isBreak(before: at)
            })
        else { return nil }
        return index + 1..<close
    }

    /// Last words of clubs' and companies' names.
    static let clubHeads = DraftWord.keySet(
        "City United Villa Athletic Rovers Wanderers Hotspur Albion Inc Corp Group Airways Airlines Motors Bank")

    /// Whether a span is a country named in one word ("Georgia", also a given name).
    private func isCountry(_ span: DraftReading.Span?) -> Bool {
        guard let span, case .lexicon(.country, _) = span.tag else { return false }
        return span.range.count == 1
    }

    /// Words that open an English sentence without naming anything ("Then Apple CEO Tim Cook").
    static let openers = DraftWord.keySet(
        "the a an and but or so then when while as after before if since though although because meanwhile also now yet still however thus instead both its their his her our this that these those at in on for with by from of to under over during last next earlier later separately elsewhere veteran longtime embattled beleaguered ousted disgraced newly recently ex"
    )

    /// Words before an English post that say how it is held, not by whom.
    static let postModifiers = DraftWord.keySet(
        "acting deputy interim outgoing incoming vice new then current former chief senior assistant associate")

    /// The post's words and the ones that complete it («كبير مديري» + «شؤون أوروبا»; "senior
    /// director" + "for Europe"), up to a name, a nationality, an organization or a break.
    func extendPost(_ reading: DraftReading, _ range: Range<Int>) -> Range<Int> {
        let words = reading.words
        var end = range.upperBound
        if words[range.lowerBound].isArabic {
            // «وزير التجارة والصناعة», «وزير النقل والخدمات اللوجستية»: a minister's portfolios
            // joined by «و», each perhaps with its adjective.
            if words[range.lowerBound].reads(Self.ministerWords) {
                var joined = end
                // «وزيرة التعاون الدولي رانيا المشاط», «وزير التعليم العالي»: a bare minister's
                // portfolio the lexicon does not know, a noun with the article and its adjectives.
                if range.count == 1 {
                    while joined < words.count, joined - end < 3, words[joined].text.hasPrefix("ال"),
                        reading.span(at: joined).map({ span in
                            if case .lexicon(.eventNoun, _) = span.tag { return true }
                            return false
                        }) ?? true,
                        lexicon.givenName(words[joined]) == nil, !reading.sentence.isBreak(before: joined)
                    {
                        joined += 1
                    }
                }
                while joined < words.count, words[joined].text.hasPrefix("وال"), reading.span(at: joined) == nil,
                    !reading.sentence.isBreak(before: joined)
                {
                    joined += 1
                    if joined < words.count, words[joined].text.hasPrefix("ال"), words[joined].text.hasSuffix("ية"),
                        reading.span(at: joined) == nil, !reading.sentence.isBreak(before: joined)
                    {
                        joined += 1
                    }
                }
                if joined > end { return range.lowerBound..<joined }
            }
            // («سائق فريق ريد بول، …»: a team after «فريق» is the post's organization, read after it.)
            if team(reading, at: range.upperBound) != nil { return range }
            let complements = DraftWord.keySet(
                "شؤون ملف قسم مركز إدارة دائرة مكتب برنامج لجنة وحدة قطاع مجلس المنتخب منتخب فريق")
            let next = range.upperBound < words.count ? words[range.upperBound] : nil
            // «وزيرة الدولة للتكنولوجيا المتقدمة»: a minister of state's portfolio follows with ل.
            let ofState =
                words[range.upperBound - 1].key == DraftWord.key(of: "الدولة") && next?.text.hasPrefix("ل") == true
            // («رئيس اللجنة العليا للانتخابات»: a definite head noun that names an organization is
            // the organization, not part of the post.)
            let namesOrganization =
                next.map { $0.text.hasPrefix("ال") } == true
                && names.organization(at: range.upperBound, in: reading) != nil
            // («مدير عام المركز، …»: a head noun with its article alone names the organization
            // written before with it, not a part of the post.)
            let after = range.upperBound + 1
            let anaphoric =
                next.map { $0.text.hasPrefix("ال") } == true
                && (after >= words.count || reading.sentence.isBreak(before: after)
                    || lexicon.givenName(words[after]) != nil)
                && book.hasOrganization(headedBy: words[range.upperBound].key, sentence: reading.sentence.index)
            let completed = next.map { $0.reads(complements) } == true && !namesOrganization && !anaphoric || ofState
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
                    case .lexicon(.place, _), .lexicon(.country, _):
                        // «كبير مديري شؤون أوروبا»: the region or country of a portfolio.
                        inside = completed && end > 0 && words[end - 1].reads(DraftWord.keySet("شؤون لشؤون"))
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
        // English: "minister of mines and energy", "minister of transport and internal trade": a
        // portfolio in lower case, up to a break.
        if end + 1 < words.count, words[end - 1].reads(DraftWord.keySet("minister secretary")), words[end].key == "of",
            !words[end + 1].isCapitalized, !words[end + 1].isArabic,
            !["the", "a", "an", "state"].contains(words[end + 1].lower)
        {
            var stop = end + 1
            while stop < words.count, stop - end <= 5, !reading.sentence.isBreak(before: stop),
                !words[stop].isCapitalized, reading.span(at: stop) == nil || words[stop].key == "and"
            {
                stop += 1
            }
            if stop == words.count || reading.sentence.isBreak(before: stop), words[stop - 1].key != "and" {
                return range.lowerBound..<stop
            }
        }
        // English: "Ambassador to Japan", "envoy to the United Nations": where an envoy is sent is
        // part of the post.
        if end + 1 < words.count, words[end - 1].reads(DraftWord.keySet("ambassador envoy")), words[end].key == "to" {
            var at = end + 1
            if words[at].lower == "the", at + 1 < words.count { at += 1 }
            if let span = reading.span(startingAt: at), !reading.sentence.isBreak(before: at) {
                switch span.tag {
                case .lexicon(.country, _), .lexicon(.organization, _): return range.lowerBound..<span.range.upperBound
                default: break
                }
            }
        }
        // English: "for Europe", "for Defence". (Not "defender for Real Madrid": a player's club is
        // the organization, read after the post.)
        if end + 1 < words.count, words[end].key == "for", words[end + 1].isCapitalized,
            !Self.personalPosts.contains(where: { words[end - 1].key == DraftWord.key(of: $0) }),
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
    mutating func organizationAfter(_ reading: DraftReading, at index: Int) -> (id: String, range: Range<Int>)? {
        let words = reading.words
        // («رئيس "آفاد" يونس سزر»: an opening quote mark is no break here.)
        let quoted =
            index < words.count && words[index].before.contains(where: { "\"«“".contains($0) })
            && words[index].before.allSatisfy({ $0.isWhitespace || "\"«“".contains($0) })
        guard index < words.count, !reading.sentence.isBreak(before: index) || quoted else { return nil }
        var start = index
        // «الرئيس التنفيذي لـ«وولمارت»»: «لـ» written apart.
        if words[start].text == "لـ", start + 1 < words.count { start += 1 }
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
            // "president of Toyota Industries": a known name with a head noun after it is another
            // organization (an affiliate).
            if !words[start].isArabic, case .lexicon(.organization, _) = span.tag,
                span.range.upperBound < words.count, !reading.sentence.isBreak(before: span.range.upperBound),
                words[span.range.upperBound].isCapitalized,
                let head = reading.span(startingAt: span.range.upperBound),
                case .lexicon(.organizationHead, _) = head.tag
            {
                let range = start..<head.range.upperBound
                return (book.add(text: reading.sentence.phrase(range), type: .organization), index..<range.upperBound)
            }
            return (id, index..<span.range.upperBound)
        }
        if let range = names.organization(at: start, in: reading) {
            return (
                book.add(text: names.organizationName(range, in: reading), type: .organization),
                index..<range.upperBound
            )
        }
        // «في المعهد», "at the institute": the organization named before with that head noun.
        if let span = reading.span(startingAt: start), case .lexicon(.organizationHead, _) = span.tag,
            span.range.count == 1,
            let id = book.organization(headedBy: words[start].key, sentence: reading.sentence.index)
        {
            return (id, index..<span.range.upperBound)
        }
        // English: "the striker for Leicester City": a club's or company's name by its last word.
        if !words[start].isArabic, words[start].isCapitalized, index > 0, words[index].lower == "for" {
            var end = start
            while end < words.count, end - start < 3, words[end].isCapitalized,
                end == start || !reading.sentence.isBreak(before: end)
            {
                end += 1
            }
            if end - start >= 2, words[end - 1].reads(Self.clubHeads) {
                return (book.add(text: reading.sentence.phrase(start..<end), type: .organization), index..<end)
            }
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
    mutating func organizationOrCountry(_ span: DraftReading.Span) -> String? {
        guard case .lexicon(let kind, _) = span.tag else { return nil }
        switch kind {
        case .country(let name), .adjective(let name), .organization(let name), .place(let name): return book.add(name)
        default: return nil
        }
    }
}
