import Foundation

/// Person names and organization names that no lexicon holds, read from the words around them.
struct DraftNames {
    let lexicon: DraftLexicon

    /// Arabic words that start a name's word but are written joined to it (عبد الله, أبو مازن).
    private static let nameParticles: Set<String> = Set(
        [
            "عبد", "ابو", "بن", "ابن", "ال", "van", "von", "de", "bin", "al", "der", "da", "di", "la", "le", "dos",
            "das", "du", "del", "arap",
        ].map {
            DraftWord.key(of: $0)
        })

    /// Whether a word can be part of a person's name: not a date or number, not a lexicon entry
    /// (but a given name that is also a title, أمير), in English capitalized. A name's first word
    /// is a known given name or an unknown word not starting with ال; after a known given name the
    /// family name may be a common word (رئيسي, باقر) but not a particle.
    func canBeName(_ reading: DraftReading, _ index: Int, afterGivenName: Bool = false, first: Bool = true) -> Bool {
        canBeName(reading, index, afterGivenName: afterGivenName, position: first ? 0 : 2)
    }

    /// `position`: 0 for a name's first word, 1 for the word right after a known given name (a
    /// family name that is also a common word: رئيسي, باقر), 2 for later words.
    func canBeName(_ reading: DraftReading, _ index: Int, afterGivenName: Bool, position: Int) -> Bool {
        guard index >= 0, index < reading.words.count else { return false }
        let word = reading.words[index]
        let first = position == 0
        let given = lexicon.givenName(word) != nil
        // («أنطونيو غوتيريش السلطان الراحل»: a title with the article after a name is not the name's.)
        if !first, ["السلطان", "الأمير", "الشيخ", "الشيخة", "الملك"].contains(word.text) { return false }
        if let span = reading.span(at: index) {
            // «محمد شياع السوداني»: a definite nationality right after a name's word without the
            // article ends the name as its family name.
            if case .lexicon(.adjective, _) = span.tag, !first, word.isArabic, word.text.hasPrefix("ال"), index > 1,
                span.range.count == 1, reading.span(at: index - 1) == nil,
                !reading.words[index - 1].text.hasPrefix("ال"), lexicon.givenName(reading.words[index - 2]) != nil
            {
                return true
            }
            // «محمد السادس»: a ruler's ordinal after a given name.
            if case .ordinal = span.tag, !first, word.isArabic, index > 0,
                lexicon.givenName(reading.words[index - 1]) != nil
            {
                return true
            }
            // «جون كيري»: a family name the lexicons read as a word with a proclitic (ك + يري).
            if span.isStemmed, afterGivenName, position == 1, span.range.count == 1 { return true }
            // ("Thomas Jordan", "Michael Chad"): a one-word country or place right after an English
            // given name is the family name.
            if !word.isArabic, afterGivenName, position == 1, word.isCapitalized, span.range.count == 1 {
                switch span.tag {
                case .lexicon(.country, _), .lexicon(.place, _): return true
                default: break
                }
            }
            // A given name that is also a title (أمير): a name's word only next to a given name.
            guard given, afterGivenName || first else { return false }
            if case .lexicon(let kind, _) = span.tag, case .post = kind { return !first }
            return false
        }
        if !first, word.isArabic, ["آل", "ال"].contains(word.text) { return true }  // «آل مكتوم»
        // «محمد شهاب الدين», «صالح الدين أحمد»: «الدين» joins the word before into one name.
        if !first, word.text == "الدين" { return true }
        // «حافظ مطار دبي»: a verb that is also a name, before a place's head noun.
        if !first, word.isArabic, word.reads(Self.placeHeadNouns) { return false }
        // «على» (on) folds to «علي» (Ali): written with ى it is the preposition.
        if word.isArabic, word.text.hasSuffix("ى"), ["على", "وعلى", "فعلى"].contains(word.text) { return false }
        if word.number != nil || word.key.isEmpty || word.key.contains(where: \.isNumber) { return false }
        if word.isArabic {
            if given { return true }
            if Self.arabicStops.contains(word.key) || word.reads(Self.arabicStops) { return false }
            // «للمرة», «بالدعوة», «والرئيس»: the article after a proclitic is never inside a name.
            if !first, ["لل", "بال", "وال", "فال", "كال"].contains(where: { word.text.hasPrefix($0) }) { return false }
            // A word with a proclitic (بالدعوة, للمرة, وحصل) is not part of a name.
            // (Right after a given name a family name may start with one of those letters: «باقر».)
            if word.text.count > 3, let head = word.text.first, "وفبلك".contains(head), position != 1,
                word.text.dropFirst().hasPrefix("ال")
                    || (!first && word.variants.contains { $0.stemmed && lexicon.commonWords.contains($0.key) })
            {
                return false
            }
            // («جان لوي غاسيه وتكليف», «حسينة وفرارها»: a later word with «و» before a common word
            // or with a pronoun is not the name's.)
            if !first, position >= 1, word.text.hasPrefix("و"), word.text.count >= 4,
                lexicon.givenNames[word.key] == nil
            {
                let rest = String(word.text.dropFirst())
                if lexicon.commonWords.contains(DraftWord.key(of: rest))
                    || ["ها", "هم", "هما"].contains(where: { rest.hasSuffix($0) })
                {
                    return false
                }
            }
            if afterGivenName, position == 1 { return word.key.unicodeScalars.count >= 2 }
            // («ديوماي فاي»: a short family name is not a proclitic on a two-letter word, «ف + أي».)
            let short = !first && word.text.count <= 3
            if short ? lexicon.commonWords.contains(word.key) : lexicon.isCommon(word) { return false }
            if first, word.text.hasPrefix("ال") { return false }
            // A family name with ال comes right after a given name or a particle («عبد الفتاح
            // السيسي»), not third («رجب طيب أردوغان اليمين»).
            if !first, word.text.hasPrefix("ال"), index > 0 {
                let previous = reading.words[index - 1]
                let particle = { (w: DraftWord) in ["عبد", "أبو", "ابو", "بن", "آل", "ولد"].contains(w.text) }
                let beforePrevious = index > 1 ? reading.words[index - 2] : nil
                guard lexicon.givenName(previous) != nil || particle(previous) || beforePrevious.map(particle) == true
                else {
                    return false
                }
            }
            // An unknown name does not start with a conjunction («وحصل») nor end with a pronoun («منافسه»).
            if !afterGivenName {
                // («فيرستابن», «فولف»: a later word may start with ف as written; not with «و» or
                // «ف» before a common word.)
                if let head = word.text.first, "وف".contains(head),
                    first
                        || word.text.count > 3
                            && (head == "و"
                                || lexicon.commonWords.contains(DraftWord.key(of: String(word.text.dropFirst()))))
                {
                    return false
                }
                if ["ه", "ها", "هم", "هما"].contains(where: { word.text.hasSuffix($0) }) { return false }
            }
            // «بولاية», «لرئاسة»: a feminine noun with a proclitic is not a name's later word.
            if !first, position != 1, word.text.count > 4, let head = word.text.first, "بلك".contains(head),
                word.text.hasSuffix("ة")
            {
                return false
            }
            // «يحافظ», «تتصدر»: a verb in the present after a name is not part of it.
            if !first, let head = word.text.first, "يت".contains(head), word.text.count >= 4 { return false }
            // «مبعوثاً»: a noun in the accusative is not a name.
            if word.text.hasSuffix("اً") || word.text.hasSuffix("ًا") { return false }
            return word.key.unicodeScalars.count >= 2
        }
        if Self.nameParticles.contains(word.key) { return !first }
        // ("Mohammed Shia al-Sudani", "Abdel Fattah el-Sisi": an Arabic family name with its article.)
        if !first, let hyphen = word.text.firstIndex(of: "-"),
            ["al", "el", "ad", "ash", "as", "at", "az", "an", "ar"].contains(word.text[..<hyphen].lowercased()),
            word.text[word.text.index(after: hyphen)...].first?.isUppercase == true
        {
            return true
        }
        guard word.isCapitalized, !Self.titleAbbreviations.contains(word.key) else { return false }
        // ("the Marxist-leaning Anura Kumara Dissanayake", "Jakarta-based": an adjective, not a name;
        // "Tsai Ing-wen" is one.)
        if let hyphen = word.text.lastIndex(of: "-"),
            Self.adjectiveEndings.contains(String(word.text[word.text.index(after: hyphen)...]).lowercased())
        {
            return false
        }
        return given || afterGivenName && position == 1 || !lexicon.commonWords.contains(word.key)
    }

    /// Titles a person's name follows («الجنرال», «الدكتور»; not «الفريق», also "the team").
    static let arabicTitles = DraftWord.keySet(
        "الجنرال اللواء العميد العقيد المشير العماد الدكتور الدكتورة المهندس المهندسة السيد السيدة الشيخ الشيخة الأمير الأميرة القاضي"
    )

    /// Ruling families written without «آل» after a name.
    static let dynasties = DraftWord.keySet("الصباح القاسمي النعيمي المعلا")

    /// A person's name starting at `index` and read forwards (2-4 words, not across a break):
    /// the range and whether its first word is a known given name.

    func name(startingAt index: Int, in reading: DraftReading) -> (range: Range<Int>, known: Bool)? {
        guard index < reading.words.count else { return nil }
        let words = reading.words
        // («الجنرال وقار الزمان»: after a title a name starts, known or not, even one that reads
        // as «و» + a word.)
        let titled =
            index > 0 && words[index].isArabic && words[index - 1].reads(Self.arabicTitles)
            && !reading.sentence.isBreak(before: index) && reading.span(at: index) == nil
            && !words[index].text.hasPrefix("ال") && words[index].number == nil
            && !lexicon.commonWords.contains(words[index].key)
        guard canBeName(reading, index) || titled else { return nil }
        // «عبد المجيد تبون»: «عبد» and a name with its article are a given name.
        let servant =
            words[index].text == "عبد" && index + 2 < words.count && words[index + 1].text.hasPrefix("ال")
            && !reading.sentence.isBreak(before: index + 1)
        let known = lexicon.givenName(words[index]) != nil || servant || titled
        let givenEnd = servant ? index + 2 : index + 1
        var end = index + 1
        let longest = words[index].isArabic ? 4 : 5
        var patronym = false
        var ould = false
        // («تميم بن حمد آل ثاني»: the family's name after «آل» is a name's word whatever it reads as.)
        while end < words.count, end - index < (patronym ? longest + 2 : longest),
            !reading.sentence.isBreak(before: end), !words[end - 1].isPossessive,
            end == index + 1 && servant || words[end - 1].text == "آل"
                // («حسن عبد الله»: the word after «عبد» or «أبو» is the name's, even «الله».)
                || end > index + 1 && ["عبد", "أبو", "ابو"].contains(words[end - 1].text)
                || canBeName(reading, end, afterGivenName: known, position: end == givenEnd ? 1 : 2)
        {
            // «محمد بن سلمان»: after «بن X» only «آل Y» goes on, or one family name with the article
            // («ماجد بن عبدالله القصبي»).
            // (A relative name, «القصبي»; not «محمد بن سلمان الشكر».)
            // («محمد ولد الشيخ الغزواني»: after a Mauritanian «ولد» the name may run on with the article.)
            let familyAfterPatronym =
                words[end].text.hasPrefix("ال") && (words[end].text.hasSuffix("ي") || ould)
                && words[end - 1].text != "آل"
                && !["بن", "ابن", "آل", "ولد"].contains(words[end - 1].text)
                && (!words[end - 1].text.hasPrefix("ال") || ould)
                && reading.span(at: end) == nil && !lexicon.isCommon(words[end])
            if patronym, !["ال", "آل"].contains(words[end].text), words[end - 1].text != "آل", !familyAfterPatronym {
                break
            }
            // («محمد ولد عبد العزيز», «حمادي ولد سيد المختار»: the Mauritanian «ولد», "son of", before
            // a name, not the verb «وُلد» before «في».)
            let ouldHere =
                words[end].text == "ولد" && end + 1 < words.count
                && (lexicon.givenName(words[end + 1]) != nil
                    || ["عبد", "الشيخ", "سيد", "سيدي", "محمد"].contains(words[end + 1].text))
            if ["بن", "ابن"].contains(words[end].text) || ouldHere, end + 1 < words.count {
                // «سلمان بن عبد العزيز»: «عبد» and its name are one word of the patronym.
                let servant = ["عبد", "أبو", "ابو"].contains(words[end + 1].text) && end + 2 < words.count
                ould = ouldHere
                end += servant ? 3 : 2
                patronym = true
                continue
            }
            // «عبد المجيد تبون بولاية»: after «عبد ال…» one family name, then only «بن …» or «آل …».
            // (A known given name may follow: «عبد العالي حساني شريف».)
            if servant, end == index + 3, !["بن", "ابن", "آل"].contains(words[end].text),
                lexicon.givenName(words[end]) == nil || reading.span(at: end) != nil
            {
                break
            }
            // «عبد الفتاح السيسي بولاية»: a family name with its article ends an Arabic name (but
            // «آل مكتوم» and «بن …» go on).
            // («أحمد نواف الأحمد الصباح», «مشعل الأحمد الجابر الصباح»: a ruling family's name
            // without «آل» ends it.)
            let dynasty = (end..<min(words.count, end + 2)).contains { at in
                words[at].reads(Self.dynasties) && (end..<at + 1).allSatisfy { words[$0].text.hasPrefix("ال") }
                    && !(end...at).contains { reading.sentence.isBreak(before: $0) }
            }
            // («ولد الشيخ الغزواني»: the father's name after «ولد» may have the article and go on.)
            let fathersName = ould && end >= 2 && words[end - 2].text == "ولد"
            if words[end - 1].isArabic, end - 1 > index, words[end - 1].text.hasPrefix("ال"), !dynasty, !fathersName,
                words[end - 1].text != "الدين" || end - index >= 3,
                !["عبد", "أبو", "ابو"].contains(words[end - 2].text), !["بن", "ابن", "آل"].contains(words[end].text)
            {
                break
            }
            end += 1
        }
        if end > words.count { end = words.count }
        // A name does not end on a particle ("Lula da").
        while end - index > 2, Self.nameParticles.contains(words[end - 1].key) { end -= 1 }
        guard end - index >= 2 else { return nil }
        return (index..<end, known)
    }

    /// "former Central Java Gov. Ganjar Pranowo": abbreviated titles are not names.
    static let titleAbbreviations: Set<String> = [
        "gov", "gen", "sen", "rep", "lt", "col", "maj", "capt", "sgt", "mr", "mrs", "ms", "dr", "prof", "rev", "st",
        "president", "minister", "former",
    ]
    /// A definite relative adjective («الصدرية», «الكردستاني», «الديمقراطي»).
    static func isNisba(_ word: DraftWord) -> Bool {
        let text = word.text
        return word.isArabic && text.hasPrefix("ال") && text.count >= 6 && (text.hasSuffix("ي") || text.hasSuffix("ية"))
    }

    static let adjectiveEndings: Set<String> = [
        "leaning", "based", "born", "backed", "led", "run", "owned", "linked", "aligned", "style", "era", "funded",
    ]

    /// Head nouns of places named after them («إقليم الحوز», «مطار هيثرو»): never a person's name.
    static let placeHeadNouns = DraftWord.keySet("إقليم محافظة مقاطعة مطار ميناء مرفأ برج")
    static let englishConnectors: Set<String> = ["of", "for", "and", "on", "the"]
    static let arabicStops: Set<String> = Set(
        // (And a match's score after a name: «أمام فوندروشوفا بمجموعتين دون رد».)
        ("في من على الى عن مع ان أن إن التي الذي الذين حيث منذ خلال قبل بعد حول و او أو ثم كما وفق بحسب حسب لدى عند بين"
            + " بمجموعتين بمجموعة بهدف بهدفين بنتيجة بركلات بفارق برصيد")
            .split(separator: " ").map { DraftWord.key(of: String($0)) })

    static func stopsArabicName(_ span: DraftReading.Span) -> Bool {
        switch span.tag {
        case .date, .ordinal: return true
        case .lexicon(let kind, _):
            switch kind {
            case .attribution, .post, .eventNoun: return true
            default: return false
            }
        }
    }
}
