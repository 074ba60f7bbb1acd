import Foundation

/// The parts around a post that `readRoles` reads: how far the post's words go, the modifiers
/// before a name and a team's name (the organization before or after a post: `+OrganizationBefore`,
/// `+OrganizationAfter`).
extension DraftRun {
    static let orgPrepositions = DraftWord.keySet("في لدى of at for in with")
    /// Posts whose nationality adjective is the holder's, not the post's organization.
    static let personalPosts: Set<String> = [
        "Coach", "Player", "Striker", "Midfielder", "Goalkeeper", "Defender", "Analyst", "Astronaut", "Driver",
    ]
    /// (Descriptions too: "economist Jose Antonio Ocampo", «الناشطة …»: posts only "at ORG".)
    static let ambiguousPosts = DraftWord.keySet(
        "محافظ مرشح امير شيخ candidate economist activist expert ناشط ناشطة خبير خبيرة")
    /// Titles of courtesy between a post and a name («ولي العهد السعودي الأمير محمد بن سلمان»).
    static let militaryRanks = DraftWord.keySet(
        "الفريق فريق أول اللواء العميد العقيد المشير العماد الجنرال General Gen")
    static let honorifics = DraftWord.keySet(
        "الفريق أول اللواء العميد العقيد المشير القاضي "
            + "الأمير الشيخ الشيخة السيد السيدة الدكتور الدكتورة المستشار سمو آنذاك حينها حينذاك Dr Mr Mrs Ms Sheikh Prince"
            + " المهندس المهندسة معالي فخامة سعادة الأميرة Sir Dame"
    )
    /// Words after a national post that keep it national: «نائب رئيس الدولة», «الرئيس المنتخب».
    static let nationalPostModifiers = DraftWord.keySet(
        "الدولة للدولة البلاد المنتخب المنتخبة الجديد الجديدة المؤقت المؤقتة الانتقالي الانتقالية elect")
    /// Parts of an organization named after a post: «برنامج», «قسم», "Programme".
    static let subUnits = DraftWord.keySet("برنامج قسم وحدة programme program unit department")
    static let holdsPost = DraftWord.keySet("منصب يشغل تشغل شغل الذي التي who serves served as is was")

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

}
