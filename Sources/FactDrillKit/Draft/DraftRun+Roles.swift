import Foundation

/// Roles: a person, a post and an organization in the forms news uses: «NAME، POST في ORG»,
/// «POST NATIONALITY NAME», «POST لORG NAME», «NAME، الذي يشغل منصب POST», "NAME, POST of ORG",
/// "NATIONALITY POST NAME", "ORG's POST NAME", "POST NAME".
extension DraftRun {
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
        readRoleVerbs(reading)
        let words = reading.words
        var items: [PostItem] = []
        var deputy: Int?
        for span in reading.spans {
            guard case .lexicon(.post(let post), _) = span.tag else { continue }
            if let last = items.last, last.range.contains(span.range.lowerBound) { continue }  // inside a longer post
            // «نائب القائد الأعلى للقوات المسلحة», "deputy president": a deputy's post is one post, written with the next.
            if span.range.count == 1, words[span.range.lowerBound].reads(DraftWord.keySet("نائب نائبة deputy vice")),
                let next = reading.span(startingAt: span.range.upperBound), case .lexicon(.post, _) = next.tag,
                !reading.sentence.isBreak(before: span.range.upperBound)
            {
                deputy = span.range.lowerBound
                continue
            }
            // «سلطان بن أحمد الجابر»: a title followed by «بن» is a name; «الفريق أول»: a rank.
            if span.range.upperBound < words.count, ["بن", "ابن", "bin"].contains(words[span.range.upperBound].text) {
                continue
            }
            if words[span.range].allSatisfy({ $0.reads(Self.militaryRanks) }) { continue }
            // "former prime minister", «رئيس الوزراء السابق»: a post no longer held is not a role.
            let before = span.range.lowerBound > 0 ? words[span.range.lowerBound - 1].lower : ""
            // ("the former regional president Carles Puigdemont": a modifier between.)
            var formerBefore =
                span.range.lowerBound > 1 && words[span.range.lowerBound - 2].lower == "former"
                && !words[span.range.lowerBound - 1].isCapitalized
            // ("former Jakarta Gov. Anies Baswedan": the place or organization of the post between.)
            var back = span.range.lowerBound
            while back > 0, span.range.lowerBound - back < 3, words[back - 1].isCapitalized, !words[back - 1].isArabic {
                back -= 1
            }
            if back < span.range.lowerBound, back > 0, ["former", "ex"].contains(words[back - 1].lower) {
                formerBefore = true
            }
            let after = words[span.range.upperBound..<min(words.count, span.range.upperBound + 2)]
            // («وفاة السلطان قابوس», "the death of King …": a post of someone who died.)
            // ("her then chancellor": held then, not now.)
            // («خلفاً للرئيس محمد ولد عبد العزيز»: the predecessor's; not "succeeding President Moon", who may hold it still.)
            let succeeded =
                span.range.lowerBound > 0
                && words[span.range.lowerBound - 1].reads(DraftWord.keySet("خلفا خلفاً"))
            if ["former", "ex", "late", "then"].contains(before) || formerBefore || succeeded
                || words[span.range].contains(where: {
                    $0.reads(DraftWord.keySet("السابق السابقة الأسبق الأسبقة former"))
                })
                || span.range.lowerBound > 0 && words[span.range.lowerBound - 1].reads(DraftWord.keySet("وفاة رحيل"))
                || after.contains(where: {
                    $0.reads(DraftWord.keySet("السابق السابقة الأسبق الأسبقة الراحل المخلوع المعزول المعزولة"))
                })
            {
                note(reading, "role", accepted: false, "«\(reading.sentence.phrase(span.range))» is a former post")
                continue
            }
            // («جائزة الملك فيصل العالمية», "the King Faisal Prize": a prize named after someone.)
            if span.range.lowerBound > 0,
                words[span.range.lowerBound - 1].reads(DraftWord.keySet("جائزة جائزتي prize award"))
                    || span.range.upperBound < words.count
                        && words[span.range.upperBound..<min(words.count, span.range.upperBound + 3)].contains(where: {
                            ["prize", "award"].contains($0.lower)
                        })
            {
                note(reading, "role", accepted: false, "«\(reading.sentence.phrase(span.range))» names a prize")
                continue
            }
            // ("named PFA Player of the Year": an award, not a post.)
            if span.range.upperBound + 2 < words.count, words[span.range.upperBound].lower == "of",
                words[span.range.upperBound + 1].lower == "the",
                ["year", "season", "month", "tournament", "match"].contains(words[span.range.upperBound + 2].lower)
            {
                note(reading, "role", accepted: false, "«\(reading.sentence.phrase(span.range))» names an award")
                continue
            }
            // «المحافظ» is also "the conservative", «المرشح» a candidate: posts only with an organization.
            let needsOrganization =
                words[span.range].count == 1 && words[span.range.lowerBound].reads(Self.ambiguousPosts)
            var postRange = extendPost(reading, span.range)
            if let start = deputy, start + 1 == span.range.lowerBound { postRange = start..<postRange.upperBound }
            deputy = nil
            // ("Microsoft Vice Chair and President Brad Smith": "Vice" is the post's, not the company's.)
            if postRange.lowerBound > 0, !words[postRange.lowerBound].isArabic,
                ["vice", "deputy"].contains(words[postRange.lowerBound - 1].lower),
                !reading.sentence.isBreak(before: postRange.lowerBound)
            {
                postRange = postRange.lowerBound - 1..<postRange.upperBound
            }
            var splitOrganization: Range<Int>?
            // «رئيس الجامعة الملكية المغربية لكرة القدم»: a post ending in a head noun whose
            // organization is named after it: the post is the words before, the rest the organization.
            // (Not «رئيس مجلس إدارة أرامكو»: a board's «إدارة» is the post's.)
            if postRange == span.range, span.range.count >= 2, words[span.range.lowerBound].isArabic,
                !words[span.range.upperBound - 1].reads(DraftWord.keySet("إدارة")),
                lexicon.matches(in: words, at: span.range.upperBound - 1).contains(where: { match in
                    if case .organizationHead = match.entry.kind { return match.length == 1 }
                    return false
                }),
                let organization = names.organization(
                    at: span.range.upperBound - 1, headEnd: span.range.upperBound, in: reading),
                organization.upperBound > span.range.upperBound
            {
                postRange = span.range.lowerBound..<span.range.upperBound - 1
                splitOrganization = organization
            }
            var item = PostItem(
                post: post, span: span, range: postRange, cursor: postRange.upperBound, start: postRange.lowerBound)
            if let splitOrganization {
                item.organization = (
                    book.add(text: names.organizationName(splitOrganization, in: reading), type: .organization),
                    splitOrganization
                )
                item.cursor = splitOrganization.upperBound
            }
            // After the post: a nationality, «لحلف الناتو», «في ORG», "of ORG", then «(فيفا)».
            // «المدرب البرتغالي جورجي جيسوس»: a coach's or player's nationality is their own, not
            // the organization of the post.
            var personal = false
            // (Not «مدرب المنتخب المغربي»: there the nationality is the team's.)
            if postRange == span.range,
                post.english.split(separator: " ").contains(where: { Self.personalPosts.contains(String($0)) }),
                case .lexicon(.adjective, _) = reading.span(startingAt: item.cursor)?.tag
            {
                personal = true
                item.cursor = reading.span(startingAt: item.cursor)!.range.upperBound
            }
            if splitOrganization != nil || personal {
            } else if let found = organizationAfter(reading, at: item.cursor) {
                item.organization = (found.id, found.range)
                item.cursor = skipParenthesis(reading, from: found.range.upperBound)
                // «رئيس مجلس مفوضي الهيئة المستقلة للانتخاب», «رئيس مجلس أمناء المؤسسة»: the
                // board is the post's; the organization is the one after it.
                let board = found.range.lowerBound
                if board + 2 < found.range.upperBound, words[board].reads(DraftWord.keySet("مجلس")),
                    !words[board + 1].text.hasPrefix("ال"), reading.span(at: board + 1) == nil,
                    let parent = organizationAfter(reading, at: board + 2)
                {
                    item.extra = [board..<board + 2]
                    item.organization = (parent.id, parent.range)
                    item.cursor = skipParenthesis(reading, from: parent.range.upperBound)
                }
                // «الباحث الأول في برنامج الإنفاق العسكري وإنتاج الأسلحة بالمعهد»: a programme of
                // an organization is part of the post; the organization is the one after it.
                if let unit = found.range.first(where: { words[$0].reads(Self.subUnits) }),
                    let parent = organizationAfter(reading, at: found.range.upperBound)
                {
                    item.extra = [item.cursor == found.range.upperBound ? found.range : unit..<found.range.upperBound]
                    item.organization = (parent.id, parent.range)
                    item.cursor = skipParenthesis(reading, from: parent.range.upperBound)
                }
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
            // "Upasana Dutt, head of the liveability index at the EIU": the organization after "at".
            if item.organization == nil, !words[postRange.lowerBound].isArabic, item.cursor < words.count,
                words[item.cursor].lower == "of" || words[item.cursor - 1].lower == "of",
                let at = words[item.cursor..<min(words.count, item.cursor + 7)].firstIndex(where: { $0.lower == "at" }),
                at > item.cursor, !(item.cursor + 1...at).contains(where: { reading.sentence.isBreak(before: $0) }),
                let found = organizationAfter(reading, at: at).flatMap({ found in
                    book.entities.first(where: { $0.id == found.id })?.type == .organization ? found : nil
                }) ?? acronym(reading, at: at + 1)
            {
                item.extra = [item.cursor..<at]
                item.organization = (found.id, found.range)
                item.cursor = skipParenthesis(reading, from: found.range.upperBound)
            }
            // «المدير العام للحد من مخاطر الزلازل في "آفاد"»: a post's complement with ل, then the
            // organization after «في».
            if item.organization == nil, words[postRange.lowerBound].isArabic, item.cursor < words.count,
                words[item.cursor].text.hasPrefix("ل"),
                let at = words[item.cursor..<min(words.count, item.cursor + 8)].firstIndex(where: { $0.key == "في" }),
                at > item.cursor, !(item.cursor + 1...at).contains(where: { reading.sentence.isBreak(before: $0) }),
                let found = organizationAfter(reading, at: at + 1).flatMap({ found in
                    book.entities.first(where: { $0.id == found.id })?.type == .organization ? found : nil
                })
            {
                item.extra = [item.cursor..<at]
                item.organization = (found.id, found.range)
                item.cursor = skipParenthesis(reading, from: found.range.upperBound)
            }
            // «المدير العام للمراكز الأفريقية جان كاسيا إن»: a definite complement before a name.
            if item.organization == nil, words[postRange.lowerBound].isArabic,
                let complement = definiteComplement(reading, at: item.cursor)
            {
                item.organization = (book.add(text: complement.name, type: .organization), complement.range)
                item.cursor = complement.range.upperBound
            }
            // «سائق فريق ريد بول، …»: the team after «فريق», up to the comma.
            if item.organization == nil, words[postRange.lowerBound].isArabic, let team = team(reading, at: item.cursor)
            {
                item.organization = (book.add(text: reading.sentence.phrase(team), type: .organization), team)
                item.cursor = team.upperBound
            }
            // "the mayor of Surakarta", "governor of Central Java": a city's or province's post
            // names its place.
            if item.organization == nil, !words[postRange.lowerBound].isArabic,
                ["Mayor", "Governor"].contains(post.english), item.cursor + 1 < words.count,
                words[item.cursor].lower == "of", !reading.sentence.isBreak(before: item.cursor + 1)
            {
                var end = item.cursor + 1
                while end < words.count, end - item.cursor <= 3, words[end].isCapitalized,
                    !reading.sentence.isBreak(before: end) || end == item.cursor + 1
                {
                    end += 1
                }
                if end > item.cursor + 1 {
                    let range = item.cursor + 1..<end
                    let known = reading.span(startingAt: range.lowerBound).flatMap { span in
                        span.range == range ? entity(of: span) : nil
                    }
                    item.organization = (known ?? book.add(text: reading.sentence.phrase(range), type: .place), range)
                    item.cursor = end
                }
            }
            // «المستشار حازم بدوي»: a title of courtesy right before a name is not a post.
            if item.organization == nil, postRange == span.range, span.range.count == 1,
                words[span.range.lowerBound].reads(Self.honorifics), item.cursor < words.count,
                lexicon.givenName(words[item.cursor]) != nil
            {
                note(
                    reading, "role", accepted: false,
                    "«\(reading.sentence.phrase(postRange))» is a title of courtesy here")
                continue
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
            while item.cursor < words.count,
                words[item.cursor].reads(Self.honorifics) || words[item.cursor].reads(Self.militaryRanks),
                !reading.sentence.isBreak(before: item.cursor)
            {
                item.cursor += 1
            }
            items.append(item)
        }
        // Posts written one after another share their holder: «نائب رئيس الدولة رئيس مجلس الوزراء
        // حاكم دبي الشيخ محمد …».
        for chain in chains(reading, items) { readChain(reading, chain) }
    }

    /// "at the EIU": an acronym no lexicon knows, read as an organization's name.
    mutating func acronym(_ reading: DraftReading, at index: Int) -> (id: String, range: Range<Int>)? {
        let words = reading.words
        var at = index
        if at < words.count, words[at].lower == "the" { at += 1 }
        guard at < words.count, !reading.sentence.isBreak(before: at), reading.span(at: at) == nil else { return nil }
        let text = words[at].text.trimmingCharacters(in: .punctuationCharacters)
        guard (2...6).contains(text.count), text.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        return (book.add(text: text, type: .organization), index..<at + 1)
    }
}
