import Foundation

/// A role read by `readRoles` written as a fact: the person's name as a card shows it, the post
/// in the nominative and without its conjunction, and the organization the sentence or the
/// article gives (`addRole`); a post with none is left out.
extension DraftRun {
    /// A role fact for one post of a chain, with its organization or, for a national post
    /// without one, the country the sentence or the article points to.
    mutating func addRole(
        _ reading: DraftReading, _ item: PostItem, person: (range: Range<Int>, known: Bool), rule: String
    ) {
        let words = reading.words
        var personRange = person.range
        // «الأمير خالد بن سلمان»: a title of courtesy is not part of the name.
        while personRange.count > 2, words[personRange.lowerBound].reads(Self.honorifics) {
            personRange = personRange.lowerBound + 1..<personRange.upperBound
        }
        var personText = reading.sentence.phrase(personRange)
        // "Prime Minister Narendra Modi's Bharatiya Janata Party": the name without its possessive.
        if words[personRange.upperBound - 1].isPossessive, personText.hasSuffix("'s") || personText.hasSuffix("’s") {
            personText = String(personText.dropLast(2))
        }
        // «وكريم بدوي»: the conjunction is not part of the name.
        let firstWord = words[personRange.lowerBound]
        if firstWord.isArabic, firstWord.text.hasPrefix("و"), lexicon.givenNames[firstWord.key] == nil,
            lexicon.givenName(firstWord) != nil
        {
            personText = String(personText.dropFirst())
        }
        // ("Chief Executive Officer Musk": one word, the family name of a person named before.)
        let familyOnly = personRange.count == 1 ? book.person(familyName: words[personRange.lowerBound].key) : nil
        let personID = familyOnly ?? book.add(text: personText, type: .person, english: nil)
        var organization = item.organization
        var inferred: String?
        // ("Queen Letizia of Spain", "King Felipe VI of Spain": the country after the name.)
        if organization == nil, personRange.upperBound + 1 < words.count, words[personRange.upperBound].lower == "of",
            let span = reading.span(startingAt: personRange.upperBound + 1),
            case .lexicon(.country(let name), _) = span.tag
        {
            organization = (book.add(name), span.range)
        }
        if organization == nil {
            // (Not for a national post: «عزيز أخنوش، رئيس حزب …، رئيساً للحكومة» heads the country's.)
            if !item.post.isNational,
                let other = facts.last(where: { fact in
                    if case .role(let p, _, let o) = fact.body {
                        return p == personID && o != nil && fact.evidence == reading.sentence.text
                    }
                    return false
                }), case .role(_, _, let o) = other.body, let o
            {
                organization = (o, 0..<0)
                inferred = "the organization of the same person's other post in this sentence"
            } else if !item.post.isNational, item.start > 1, words[item.start - 1].lower == "whose",
                let owner = candidates(reading, in: max(0, item.start - 8)..<item.start - 1, excluding: nil).last(
                    where: { found in book.entities.first { $0.id == found.id }?.type == .organization })
            {
                // ("Advanced Micro Devices Inc., whose Chief Executive Officer Lisa Su …".)
                organization = (owner.id, 0..<0)
                inferred = "the organization «whose» refers to"
            } else if !item.post.isNational, let only = organizationNamedBefore(reading, item.start) {
                // "Microsoft, led by Chief Executive Officer Satya Nadella", "Apple shares rebounded
                // after Chief Executive Officer Tim Cook …": the one organization the sentence names.
                organization = (only, 0..<0)
                inferred = "the only organization named before it in the sentence"
            } else if !item.post.isNational, let main = mainOrganization,
                !item.post.english.split(separator: " ").contains(where: { Self.personalPosts.contains(String($0)) })
            {
                // "The figures came as chair Akio Toyoda apologised" in an article on Toyota.
                organization = (book.add(main), 0..<0)
                inferred = "the organization the article is about"
            } else if item.post.isNational,
                item.range == item.span.range || Self.onlyOrdinalAdded(reading, item)
                    || words[item.range.lowerBound].reads(Self.ministerWords)
                    // ("minister of mines and energy": a portfolio after it.)
                    || words[item.range.lowerBound].key == "minister"
                    || words[item.span.range.upperBound..<item.range.upperBound].allSatisfy({
                        $0.reads(Self.nationalPostModifiers)
                    })
            {
                // The nearest country or nationality before the post in the sentence
                // ("Russian President Vladimir Putin sent Foreign Minister Sergey Lavrov").
                // (A city stands for its country: «بالرباط … الملك محمد السادس».)
                let countries = reading.spans.filter { span in
                    guard span.range.upperBound <= item.range.lowerBound, case .lexicon(let kind, _) = span.tag else {
                        return false
                    }
                    // ("Ivan Velasquez, a former head of a commission in Guatemala, as defense
                    // minister": not a country set off from the post by a comma.)
                    if (span.range.upperBound..<item.range.lowerBound + 1).contains(where: { at in
                        at < words.count && words[at].before.contains(where: { ",،".contains($0) })
                    }), words[item.range.lowerBound - 1].lower == "as" {
                        return false
                    }
                    switch kind {
                    case .country: return true
                    // («وأبقى السوداني على …» after «محمد شياع السوداني»: a person's family name.)
                    case .adjective: return book.person(familyName: words[span.range.lowerBound].key) == nil
                    case .place(let place): return place.country.flatMap { lexicon.countries[$0] } != nil
                    default: return false
                    }
                }
                // (Not one far before it: "a trade war with the United States, and named X as his
                // finance minister".)
                if let nearest = countries.last,
                    item.range.lowerBound - nearest.range.upperBound <= 8 || mainCountry == nil,
                    case .lexicon(let kind, _) = nearest.tag
                {
                    switch kind {
                    case .country(let name), .adjective(let name):
                        organization = (book.add(name), nearest.range)
                        inferred = "the country named before it in the sentence"
                    case .place(let place):
                        // (A city of another country than the article's is where something
                        // happened: «صفقة … في أبوظبي … رئيس الوزراء مصطفى مدبولي» in an article on Egypt.)
                        if let main = mainCountry, place.country != main.id {
                            organization = (book.add(main), 0..<0)
                            inferred = "the country the article is about"
                        } else if let country = place.country.flatMap({ lexicon.countries[$0] }) {
                            organization = (book.add(country), 0..<0)
                            inferred = "the country of the place named before it in the sentence"
                        }
                    default: break
                    }
                } else if let state = reading.spans.compactMap({ span -> (LexiconName, Int)? in
                    // "meeting President Joe Biden at the White House": a state body of the sentence.
                    guard case .lexicon(.organization(let name), _) = span.tag,
                        let country = name.country.flatMap({ lexicon.countries[$0] })
                    else { return nil }
                    return (country, abs(span.range.lowerBound - item.range.lowerBound))
                }).min(by: { $0.1 < $1.1 })?.0 {
                    organization = (book.add(state), 0..<0)
                    inferred = "the country of the state body the sentence names"
                } else if let country = mainCountry {
                    organization = (book.add(country), 0..<0)
                    inferred = "the country the article is about"
                }
            }
        }
        var postRange = item.range
        // "U.S. Secretary of State", "U.N. Secretary-General": a country or organization the
        // lexicon wrote into the post is its organization.
        if let country = lexicon.matches(in: words, at: postRange.lowerBound).first(where: { match in
            switch match.entry.kind {
            case .country, .adjective, .organization: return match.length < postRange.count
            default: return false
            }
        }) {
            switch country.entry.kind {
            case .country(let name), .adjective(let name), .organization(let name):
                if organization == nil || inferred != nil {
                    organization = (book.add(name), postRange.lowerBound..<postRange.lowerBound + country.length)
                    inferred = nil
                }
            default: break
            }
            postRange = postRange.lowerBound + country.length..<postRange.upperBound
        }
        // «رئيسة المفوضية الأوروبية», "President of the European Commission": an organization the
        // lexicon wrote at the end of the post is its organization; the post keeps its words.
        if organization == nil || inferred != nil, postRange.count >= 2 {
            for at in postRange.lowerBound + 1..<postRange.upperBound {
                let inside = lexicon.matches(in: words, at: at).first { match in
                    if case .organization = match.entry.kind { return at + match.length == postRange.upperBound }
                    return false
                }
                if let inside, case .organization(let name) = inside.entry.kind {
                    organization = (book.add(name), at..<postRange.upperBound)
                    inferred = nil
                    break
                }
            }
        }
        // «رئيس مجلس الأمة أحمد السعدون», «رئيس البرلمان اللبناني نبيه بري»: a speaker presides
        // over the parliament the post names, of the country after it.
        if language == "ar", item.post.english == "Speaker", postRange.count >= 2,
            organization == nil || inferred != nil
                || book.entities.first(where: { $0.id == organization?.id })?.type == .country
        {
            var text = reading.sentence.phrase(postRange.lowerBound + 1..<postRange.upperBound)
            if item.cursor > postRange.upperBound,
                case .lexicon(.adjective, _) = reading.span(
                    startingAt: postRange.upperBound)?.tag
            {
                text += " " + reading.sentence.phrase(postRange.upperBound..<postRange.upperBound + 1)
            }
            let known = lexicon.matches(in: DraftSentence.words(of: text), at: 0).first { match in
                if case .organization = match.entry.kind { return match.length == DraftWord.keys(of: text).count }
                return false
            }
            if let known, case .organization(let name) = known.entry.kind {
                organization = (book.add(name), 0..<0)
            } else {
                organization = (book.add(text: text, type: .organization), 0..<0)
            }
            inferred = nil
        }
        var postText = Self.dropConjunction(reading.sentence.phrase(postRange), stemmed: item.span.isStemmed)
        for part in item.extra { postText += " " + reading.sentence.phrase(part) }
        // «وزير خارجيته» (his foreign minister): the post is the lexicon's «وزير الخارجية».
        if postRange == item.span.range, !item.post.forms.contains(postText), language == "ar",
            !item.post.arabic.isEmpty,
            (DraftLexicon.arabicPossessiveForms(item.post.forms)
                + DraftLexicon.arabicHeadPossessiveForms(item.post.forms)).contains(postText)
        {
            postText = item.post.arabic
        }
        if language == "ar" { postText = Self.nominative(postText, post: item.post) }
        // ("Gov. Evelyn Salgado": an abbreviated post is written out.)
        if language == "en", DraftNames.titleAbbreviations.contains(DraftWord.key(of: postText)),
            !item.post.english.isEmpty
        {
            postText = item.post.english
        }
        // «رئيس البلاد», «أمير البلاد»: "of the country" says no more than the country the post
        // takes as its organization.
        if language == "ar", organization.flatMap({ org in book.entities.first { $0.id == org.id } })?.type == .country
        {
            for tail in [" البلاد", " للبلاد"] where postText.hasSuffix(tail) && postText.count > tail.count + 2 {
                postText = String(postText.dropLast(tail.count))
            }
        }
        var postNames = [language: Self.tidyPost(postText, english: language == "en")]
        let otherLanguage = language == "ar" ? "en" : "ar"
        if item.range == item.span.range {
            let translation = language == "ar" ? item.post.english : item.post.arabic
            if !translation.isEmpty { postNames[otherLanguage] = translation }
        }
        // (The same post twice, «رئيس» and «الرئيس», is one role; so are "CEO" and "Chief Executive
        // Officer" of one organization, the same post in the other language.)
        let postKey = TextNormalizer.normalize(postNames[language] ?? "").text
        let otherKey = postNames[otherLanguage].map { TextNormalizer.normalize($0).text }
        if facts.contains(where: { fact in
            if case .role(let p, let n, let o) = fact.body {
                return p == personID
                    && (TextNormalizer.normalize(n[language] ?? "").text == postKey
                        || otherKey != nil && o != nil && o == organization?.id
                            && TextNormalizer.normalize(n[otherLanguage] ?? "").text == otherKey)
            }
            return false
        }) {
            return
        }
        // (A post that is also a word or a description, «الخبير الاقتصادي محمد يسر», counts only with
        // its own organization: `ambiguousPosts`.)
        if inferred != nil, !item.post.isNational, words[item.span.range.lowerBound].reads(Self.ambiguousPosts) {
            note(reading, rule, accepted: false, "\(personText) — \(postText): a description without its organization")
            return
        }
        // Precision first: a post whose organization neither the sentence nor the article says
        // ("Chief Executive Officer Rene Haas" of what?) is left for the analyst.
        guard organization != nil else {
            note(
                reading, rule, accepted: false,
                "\(personText) — \(postText): no organization or country found for the post; left out")
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

    /// The one organization named in the sentence before `end`, if there is exactly one.
    mutating func organizationNamedBefore(_ reading: DraftReading, _ end: Int) -> String? {
        guard end > 0 else { return nil }
        // ("at striker Jamie Vardy's house" after "Ranieri, who …": a person's family name is no
        // organization.)
        let found = candidates(reading, in: 0..<end, excluding: nil).filter { entry in
            book.entities.first { $0.id == entry.id }?.type == .organization
                && !(entry.range.count == 1
                    && book.person(familyName: reading.words[entry.range.lowerBound].key) != nil)
                // (Nor a single unknown word followed by "who": "Ranieri, who was appointed …".)
                && !(entry.range.count == 1 && reading.span(at: entry.range.lowerBound) == nil
                    && entry.range.upperBound < reading.words.count
                    && reading.words[entry.range.upperBound].lower == "who")
        }
        return found.count == 1 ? found[0].id : nil
    }
}
