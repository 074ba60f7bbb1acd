import Foundation

/// Roles read from a verb rather than a post: "NAME, who heads ORG", "ORG, led by NAME",
/// «ORG بزعامة NAME», «احتفظ NAME بحقيبة الطاقة».
extension DraftRun {
    /// The role rules of this file, for one sentence.
    mutating func readRoleVerbs(_ reading: DraftReading) {
        readHeadingVerbs(reading)
        readLedBy(reading)
        readPortfolios(reading)
    }

    /// "NAME, who heads ORG", «NAME، الذي يرأس ORG»: a verb of heading gives the post.
    private mutating func readHeadingVerbs(_ reading: DraftReading) {
        let words = reading.words
        let verbs: [(Set<String>, post: (ar: String, en: String))] = [
            (DraftWord.keySet("heads chairs يرأس ترأس يترأس تترأس"), ("رئيس", "Head")),
            (DraftWord.keySet("leads يقود تقود يتزعم تتزعم"), ("قائد", "Leader")),
        ]
        for index in words.indices where index >= 1 {
            guard let verb = verbs.first(where: { words[index].reads($0.0) }),
                words[index - 1].reads(DraftWord.keySet("who الذي التي")), index >= 2,
                reading.sentence.isBreak(before: index - 1),
                let name = names.name(endingBefore: index - 1, in: reading), name.known || !words[index].isArabic,
                let org = organizationAfter(reading, at: index + 1),
                book.entities.first(where: { $0.id == org.id })?.type == .organization
            else { continue }
            addVerbRole(
                reading, person: reading.sentence.phrase(name.range), post: verb.post, organization: org.id,
                rule: "role.name-heads-org", confidence: 0.7, verb: words[index].text)
        }
        // «الاتحاد الوطني، الذي يتزعمه بافل طالباني»: the organization before, the name after.
        let ledBy: [(Set<String>, post: (ar: String, en: String))] = [
            (DraftWord.keySet("يرأسه يرأسها ترأسه ترأسها"), ("رئيس", "Head")),
            (DraftWord.keySet("يتزعمه يتزعمها تتزعمه يقوده يقودها تقوده"), ("زعيم", "Leader")),
        ]
        for index in words.indices where index >= 2 && index + 1 < words.count {
            guard let verb = ledBy.first(where: { words[index].reads($0.0) }),
                words[index - 1].reads(DraftWord.keySet("الذي التي")), reading.sentence.isBreak(before: index - 1),
                words[index - 1].before.contains(where: { ",،".contains($0) }),
                let name = names.name(startingAt: index + 1, in: reading), name.known
            else { continue }
            var clauseStart = index - 2
            while clauseStart > 0, !reading.sentence.isBreak(before: clauseStart) { clauseStart -= 1 }
            guard
                let org = candidates(reading, in: clauseStart..<index - 1, excluding: nil).last(where: { found in
                    book.entities.first { $0.id == found.id }?.type == .organization
                }), org.range.upperBound == index - 1
            else { continue }
            addVerbRole(
                reading, person: reading.sentence.phrase(name.range), post: verb.post, organization: org.id,
                rule: "role.org-led-by-name", confidence: 0.7, verb: words[index].text)
        }
    }

    /// "the Liberal Democrats, led by Ed Davey", "Apple, run by Tim Cook", «حزب العمال بقيادة كير
    /// ستارمر»: the organization right before, the name right after.
    private mutating func readLedBy(_ reading: DraftReading) {
        let words = reading.words
        for index in words.indices where index >= 1 {
            let english = !words[index].isArabic
            let nameStart: Int
            let post: (ar: String, en: String)
            if english {
                guard index + 2 < words.count, words[index].reads(DraftWord.keySet("led run headed chaired")),
                    words[index + 1].lower == "by", words[index].before.contains(",")
                else { continue }
                nameStart = index + 2
                post = words[index].lower == "led" ? ("زعيم", "Leader") : ("رئيس", "Head")
            } else {
                guard index + 1 < words.count, words[index].reads(DraftWord.keySet("بقيادة برئاسة بزعامة")) else {
                    continue
                }
                nameStart = index + 1
                post = words[index].reads(DraftWord.keySet("بقيادة بزعامة")) ? ("زعيم", "Leader") : ("رئيس", "Head")
            }
            // («بزعامة رئيس الوزراء الأسبق نوري المالكي»: the leader's former post before the name.)
            // (A post held now is its own role: "Microsoft, led by Chief Executive Officer Satya Nadella".)
            var start = nameStart
            // («بزعامة رجل الأعمال شاسوار عبد الواحد»: a description before the name.)
            if start + 2 < words.count, words[start].reads(DraftWord.keySet("رجل سيدة")),
                words[start + 1].reads(DraftWord.keySet("الأعمال الدين"))
            {
                start += 2
            }
            // ("led by the former regional president Carles Puigdemont".)
            if english, start + 1 < words.count, words[start].lower == "the" || words[start].lower == "former" {
                var at = start
                var former = false
                while at < min(words.count, start + 4), reading.span(startingAt: at) == nil,
                    !words[at].isCapitalized || words[at].lower == "the"
                {
                    if words[at].lower == "former" { former = true }
                    at += 1
                }
                if former, let held = reading.span(startingAt: at), case .lexicon(.post, _) = held.tag {
                    start = held.range.upperBound
                }
            }
            if let held = reading.span(startingAt: start), case .lexicon(.post, _) = held.tag,
                held.range.upperBound < words.count,
                words[held.range.upperBound].reads(DraftWord.keySet("السابق الأسبق"))
            {
                start = held.range.upperBound + 1
            }
            guard start < words.count, !reading.sentence.isBreak(before: nameStart),
                reading.span(startingAt: start) == nil,
                let name = names.name(startingAt: start, in: reading), name.known || english
            else { continue }
            var clauseStart = index - 1
            while clauseStart > 0, !reading.sentence.isBreak(before: clauseStart) { clauseStart -= 1 }
            guard
                let org = candidates(reading, in: clauseStart..<index, excluding: nil).last(where: { found in
                    book.entities.first { $0.id == found.id }?.type == .organization
                }), org.range.upperBound == index
            else { continue }
            addVerbRole(
                reading, person: reading.sentence.phrase(name.range), post: post, organization: org.id,
                rule: "role.org-led-by-name", confidence: 0.7, verb: words[index].text)
        }
    }

    /// «احتفظ الأمير عبد العزيز بن سلمان بحقيبة الطاقة»: a minister named by the portfolio he holds,
    /// of the article's country.
    private mutating func readPortfolios(_ reading: DraftReading) {
        let words = reading.words
        guard language == "ar", let country = mainCountry else { return }
        for index in words.indices where index >= 2 && index + 1 < words.count {
            guard words[index].reads(DraftWord.keySet("حقيبة وزارة")), words[index + 1].text.hasPrefix("ال"),
                !reading.sentence.isBreak(before: index + 1)
            else { continue }
            let ministry = words[index].reads(DraftWord.keySet("وزارة"))
            // The lexicon's minister of that portfolio («وزير الطاقة»), else none.
            let phrase = DraftSentence.words(of: "وزير " + words[index + 1].text)
            guard
                let post = lexicon.matches(in: phrase, at: 0).lazy.compactMap({ match -> LexiconPost? in
                    if case .post(let post) = match.entry.kind, match.length == 2 { return post }
                    return nil
                }).first
            else { continue }
            // «أسندت حقيبة النفط إلى حيان عبد الغني», «ذهبت وزارة الدفاع إلى ثابت العباسي»: to whom.
            var found: (range: Range<Int>, known: Bool)?
            if index + 3 < words.count, words[index + 2].reads(DraftWord.keySet("إلى")),
                !reading.sentence.isBreak(before: index + 2), !reading.sentence.isBreak(before: index + 3),
                let name = names.name(startingAt: index + 3, in: reading)
            {
                found = name
            } else {
                var nameEnd = index
                if words[index].text == "حقيبة", nameEnd > 0, words[nameEnd - 1].reads(DraftWord.keySet("تولى تسلم")) {
                    nameEnd -= 1
                }
                // («وتولت طيف سامي حقيبة المالية»: after a verb of taking, a name the lexicon does
                // not know.)
                // («وتولى محمد يسر برنية وزارة المالية»: a ministry only after such a verb.)
                let taking = DraftWord.keySet("تولى تولت تسلم تسلمت احتفظ احتفظت")
                if !reading.sentence.isBreak(before: index),
                    let name = names.name(endingBefore: nameEnd, in: reading), name.range.upperBound == nameEnd,
                    name.known && !ministry
                        || name.range.lowerBound > 0 && words[name.range.lowerBound - 1].reads(taking)
                {
                    found = name
                }
            }
            guard let name = found else { continue }
            var range = name.range
            while range.count > 2, words[range.lowerBound].reads(Self.honorifics) {
                range = range.lowerBound + 1..<range.upperBound
            }
            var personText = reading.sentence.phrase(range)
            if personText.hasPrefix("و"), lexicon.givenNames[words[range.lowerBound].key] == nil {
                personText = String(personText.dropFirst())
            }
            addVerbRole(
                reading, person: personText, post: (post.arabic, post.english), organization: book.add(country),
                rule: "role.name-portfolio", confidence: 0.6, verb: nil)
        }
    }

    /// A role fact whose post was read from a verb (`verb`) or a portfolio, with its note.
    private mutating func addVerbRole(
        _ reading: DraftReading, person personText: String, post: (ar: String, en: String), organization: String,
        rule: String, confidence: Double, verb: String?
    ) {
        let personID = book.add(text: personText, type: .person)
        let postText = language == "ar" ? post.ar : post.en
        var fact = ArticleDraft.Fact(
            id: "",
            body: .role(person: personID, post: ["ar": post.ar, "en": post.en], organization: organization),
            evidence: reading.sentence.text, rule: rule, confidence: confidence)
        if let verb { fact.notes.append("the post is read from «\(verb)»: name it as the organization does") }
        let organizationName = book.entities.first { $0.id == organization }?.names[language] ?? organization
        note(reading, rule, accepted: true, "\(personText) — \(postText) — \(organizationName)")
        add(fact, idFrom: personText + " role")
    }
}
