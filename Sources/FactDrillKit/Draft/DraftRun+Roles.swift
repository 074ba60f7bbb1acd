import Foundation

/// Roles: a person, a post and an organization in the forms news uses: «NAME، POST في ORG»,
/// «POST NATIONALITY NAME», «POST لORG NAME», «NAME، الذي يشغل منصب POST», "NAME, POST of ORG",
/// "NATIONALITY POST NAME", "ORG's POST NAME", "POST NAME".
extension DraftRun {
    private static func keys(_ words: String) -> Set<String> {
        Set(words.split(separator: " ").map { DraftWord.key(of: String($0)) })
    }

    static let orgPrepositions = keys("في لدى of at for in with")
    static let ambiguousPosts = keys("محافظ مرشح امير شيخ candidate")
    /// Titles of courtesy between a post and a name («ولي العهد السعودي الأمير محمد بن سلمان»).
    static let honorifics = keys("الأمير الشيخ الشيخة السيد السيدة الدكتور الدكتورة المستشار سمو Dr Mr Mrs Ms Sheikh Prince")
    static let holdsPost = keys("منصب يشغل تشغل شغل الذي التي who serves served as is was")

    mutating func readRoles(_ reading: DraftReading) {
        let words = reading.words
        for span in reading.spans {
            guard case .lexicon(.post(let post), _) = span.tag else { continue }
            // «المحافظ» is also "the conservative", «المرشح» a candidate: posts only with an organization.
            let needsOrganization =
                words[span.range].count == 1 && words[span.range.lowerBound].reads(Self.ambiguousPosts)
            let postRange = extendPost(reading, span.range)
            var organization: (id: String, range: Range<Int>)? = nil
            var cursor = postRange.upperBound
            // After the post: a nationality, «لحلف الناتو», «في ORG», "of ORG".
            if let found = organizationAfter(reading, at: cursor) {
                organization = (found.id, found.range)
                cursor = found.range.upperBound
            }
            if needsOrganization, organization == nil {
                note(
                    reading, "role", accepted: false,
                    "«\(reading.sentence.phrase(postRange))» is a post only with its organization")
                continue
            }
            // Before it (English): "French President", "NATO Secretary General", "NATO's secretary general".
            var postStart = postRange.lowerBound
            if !words[postRange.lowerBound].isArabic, organization == nil, postStart > 0,
                !reading.sentence.isBreak(before: postStart), let before = reading.span(at: postStart - 1),
                before.range.upperBound == postStart, let id = organizationOrCountry(before)
            {
                organization = (id, before.range)
                postStart = before.range.lowerBound
            }
            if postStart > 0, words[postStart - 1].lower == "the" { postStart -= 1 }
            // The person: right after (past a title of courtesy), else before a comma, else
            // before «، الذي يشغل منصب».
            while cursor < words.count, words[cursor].reads(Self.honorifics), !reading.sentence.isBreak(before: cursor) {
                cursor += 1
            }
            var person: (range: Range<Int>, known: Bool)?
            var rule = ""
            if cursor < words.count, !reading.sentence.isBreak(before: cursor) || words[cursor].before == "\"",
                let after = names.name(startingAt: cursor, in: reading)
            {
                person = after
                rule = organization == nil ? "role.post-name" : "role.post-org-name"
            } else if postStart > 0, reading.sentence.isBreak(before: postStart),
                words[postStart].before.contains(where: { ",،".contains($0) }),
                let before = names.name(endingBefore: postStart, in: reading)
            {
                person = before
                rule = "role.name-comma-post"
            } else if let holder = holderBefore(reading, postStart) {
                person = holder
                rule = "role.name-holds-post"
            }
            let postText = reading.sentence.phrase(postRange)
            guard let person else {
                note(reading, "role", accepted: false, "post «\(postText)»: no person's name next to it")
                continue
            }
            let personText = reading.sentence.phrase(person.range)
            let first = words[person.range.lowerBound]
            let personID = book.add(text: personText, type: .person, english: nil)
            _ = first
            // A national post with no organization: the one country of its clause, or the
            // organization of the same person's other post in this sentence.
            var inferred = false
            if organization == nil {
                if let other = facts.last(where: { fact in
                    if case .role(let p, _, let o) = fact.body {
                        return p == personID && o != nil && fact.evidence == reading.sentence.text
                    }
                    return false
                }), case .role(_, _, let o) = other.body {
                    organization = (o!, 0..<0)
                    inferred = true
                } else {
                    let clause = reading.clause(around: postRange.lowerBound)
                    let countries = reading.spans.filter { s in
                        clause.contains(s.range.lowerBound)
                            && { if case .lexicon(.country, _) = s.tag { return true } else { return false } }()
                    }
                    if countries.count == 1, let id = entity(of: countries[0]) {
                        organization = (id, countries[0].range)
                        inferred = true
                    } else if countries.isEmpty, post.isNational, postRange == span.range, let country = mainCountry {
                        organization = (book.add(country), 0..<0)
                        inferred = true
                    }
                }
            }
            var postNames = [language: Self.tidyPost(postText, english: language == "en")]
            let otherLanguage = language == "ar" ? "en" : "ar"
            if postRange == span.range {
                let translation = language == "ar" ? post.english : post.arabic
                if !translation.isEmpty { postNames[otherLanguage] = translation }
            }
            if facts.contains(where: { fact in
                if case .role(let p, let n, _) = fact.body {
                    return p == personID && n[language] == postNames[language]
                }
                return false
            }) {
                continue
            }
            var confidence = person.known ? 0.85 : 0.7
            if inferred { confidence -= 0.1 }
            var fact = ArticleDraft.Fact(
                id: "", body: .role(person: personID, post: postNames, organization: organization?.id),
                evidence: reading.sentence.text, rule: rule, confidence: confidence)
            if inferred { fact.notes.append("the organization is the country named in the same clause: check it") }
            if !person.known { fact.notes.append("«\(personText)» is not a known given name: check the person's name") }
            let orgName =
                organization.flatMap { org in book.entities.first { $0.id == org.id }?.names[language] } ?? "-"
            note(reading, rule, accepted: true, "\(personText) — \(postText) — \(orgName)")
            add(fact, idFrom: personText + " role")
        }
    }

    /// The post's words and the ones that complete it («كبير مديري» + «شؤون أوروبا»; "senior
    /// director" + "for Europe"), up to a name, a nationality, an organization or a break.
    private func extendPost(_ reading: DraftReading, _ range: Range<Int>) -> Range<Int> {
        let words = reading.words
        var end = range.upperBound
        if words[range.lowerBound].isArabic {
            let complements = Self.keys("شؤون ملف قسم مركز إدارة دائرة مكتب برنامج لجنة وحدة قطاع مجلس")
            let completed = range.upperBound < words.count && words[range.upperBound].reads(complements)
            while end < words.count, end - range.lowerBound < 7, !reading.sentence.isBreak(before: end) {
                if DraftNames.arabicStops.contains(words[end].key) || lexicon.givenName(words[end]) != nil { break }
                if let span = reading.span(at: end) {
                    var inside = false
                    switch span.tag {
                    case .lexicon(.organizationHead, _): inside = true  // «مدير مركز …»
                    case .lexicon(.post, _), .lexicon(.eventNoun, _): inside = completed  // «مركز دبلوماسية الأمن»
                    default: inside = false
                    }
                    guard inside else { break }
                    end = span.range.upperBound
                    continue
                }
                if words[end].variants.contains(where: { $0.stemmed }) && words[end].text.hasPrefix("ل") { break }
                end += 1
            }
            // Only «شؤون …», «مركز …», «إدارة …» and the like complete a post: keep what follows a
            // complement noun, else the lexicon's post alone.
            if end > range.upperBound, !completed { return range }
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
        if words[start].reads(Self.orgPrepositions) && !words[start].isArabic
            || DraftNames.arabicStops.contains(words[start].key) && words[start].reads(Self.orgPrepositions)
        {
            start += 1
            if start < words.count, words[start].lower == "the" { start += 1 }
        }
        guard start < words.count, !(start > index && reading.sentence.isBreak(before: start)) else { return nil }
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
        case .country(let name), .adjective(let name), .organization(let name): return book.add(name)
        default: return nil
        }
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
