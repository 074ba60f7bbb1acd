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

    /// A person's name starting at `index` and read forwards (2-4 words, not across a break):
    /// the range and whether its first word is a known given name.
    /// Titles a person's name follows («الجنرال», «الدكتور»; not «الفريق», also "the team").
    static let arabicTitles = DraftWord.keySet(
        "الجنرال اللواء العميد العقيد المشير العماد الدكتور الدكتورة المهندس المهندسة السيد السيدة الشيخ الشيخة الأمير الأميرة القاضي"
    )

    /// Ruling families written without «آل» after a name.
    static let dynasties = DraftWord.keySet("الصباح القاسمي النعيمي المعلا")

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

    /// A person's name ending right before `end` (read backwards, 2-4 words, not across a break).
    func name(endingBefore end: Int, in reading: DraftReading) -> (range: Range<Int>, known: Bool)? {
        // The farthest known given name within five words before whose words all read as a name
        // («محمد بن راشد آل مكتوم»), else unknown words.
        for start in stride(from: max(0, end - 8), through: end - 2, by: 1) {
            // («عبد المجيد صقر»: «عبد» and a name with its article are a given name.)
            let servant =
                reading.words[start].text == "عبد" && start + 2 < end && reading.words[start + 1].text.hasPrefix("ال")
            guard lexicon.givenName(reading.words[start]) != nil || servant else { continue }
            // («على» is the preposition, not «علي».)
            if ["على", "وعلى", "فعلى"].contains(reading.words[start].text) { continue }
            // (The word right after the given name is its family name: «عبد السند يمامة».)
            let givenEnd = servant ? start + 2 : start + 1
            // («عين الملك محمد السادس عزيز أخنوش»: a word with the article ends an Arabic name, as
            // read forwards, unless only such words follow it: «أحمد نواف الأحمد الصباح».)
            if let definite = (givenEnd..<end - 1).first(where: { reading.words[$0].text.hasPrefix("ال") }),
                reading.words[definite].isArabic,
                !(definite + 1..<end).allSatisfy({ reading.words[$0].text.hasPrefix("ال") })
            {
                continue
            }
            if (start + 1..<end).allSatisfy({
                !reading.sentence.isBreak(before: $0)
                    && ($0 < givenEnd
                        || canBeName(reading, $0, afterGivenName: true, position: $0 == givenEnd ? 1 : 2))
            }) {
                // («ثاني بن أحمد الزيودي»: a word before «بن» is the name's, whatever else it reads as.)
                var first = start
                while first >= 2, ["بن", "ابن"].contains(reading.words[first - 1].text),
                    reading.words[first - 2].isArabic,
                    reading.span(at: first - 2).map({ span in
                        if case .ordinal = span.tag { return true }
                        return false
                    }) ?? true,
                    !reading.sentence.isBreak(before: first - 1), !reading.sentence.isBreak(before: first)
                {
                    first -= 2
                }
                return (first..<end, true)
            }
        }
        var start = end
        // («نان تيان، الباحث الأول»: a family name before an apposition may look like a verb in the
        // present, «تيان», «يانغ»; a verb does not stand before a comma and a post.)
        let beforeApposition = { (at: Int) -> Bool in
            let word = reading.words[at]
            return at == end - 1 && end < reading.words.count && reading.sentence.isBreak(before: end) && word.isArabic
                && word.text.first.map({ "يت".contains($0) }) == true && reading.span(at: at) == nil
                && !lexicon.isCommon(word)
        }
        while start > 0, end - start < 3, canBeName(reading, start - 1, first: false) || beforeApposition(start - 1) {
            start -= 1
            if reading.sentence.isBreak(before: start) { break }
        }
        while start < end, !canBeName(reading, start) { start += 1 }
        guard end - start >= 2 else { return nil }
        // An unknown name must stand after a break, a verb of saying or a particle, else its
        // first word may be a verb («حظي جليلي»).
        if start > 0, !reading.sentence.isBreak(before: start) {
            let previous = reading.words[start - 1]
            var attribution = false
            if case .lexicon(.attribution, _) = reading.span(at: start - 1)?.tag { attribution = true }
            // («وأشاد فوزي لقجع، …»: a verb with its conjunction opens the sentence.)
            let openingVerb = previous.isArabic && previous.text.hasPrefix("و") && previous.text.count >= 4
            guard
                // ("His running mate is Gibran Rakabuming Raka, the mayor of Surakarta".)
                attribution || openingVerb || Self.arabicStops.contains(previous.key) || previous.key == "and"
                    || !previous.isArabic && ["is", "was"].contains(previous.key)
                    // ("veteran politician Alvaro Leyva": in English a name's capitals set it apart.)
                    || !previous.isArabic && !previous.isCapitalized && previous.number == nil
                        && !reading.words[start].isArabic
                    || previous.reads(DraftRun.appointmentWords)
                    // («الهولندي ماكس فيرستابن»: a nationality before a name.)
                    || previous.isArabic
                        && reading.span(at: start - 1).map({ span in
                            if case .lexicon(.adjective, _) = span.tag { return span.range.upperBound == start }
                            return false
                        }) == true
                    // («أبقى السوداني على فؤاد حسين»: kept on.)
                    || previous.key == DraftWord.key(of: "على") && start >= 3
                        && reading.words[start - 3..<start - 1].contains(where: {
                            $0.reads(DraftWord.keySet("أبقى أبقت"))
                        })
            else {
                return nil
            }
        }
        return (start..<end, false)
    }

    /// An organization named by a head noun (معهد, Council) and the words after it, up to a break,
    /// a preposition, a date, a person's name or a verb of saying; at most 7 words. Arabic:
    /// «كلية بروكسل للحوكمة», «مركز دبلوماسية الأمن والاستراتيجية». English: a run of capitalized
    /// words joined by of/for/and/on/the that holds a head noun ("Brussels School of Governance").
    func organization(at index: Int, in reading: DraftReading) -> Range<Int>? {
        guard let span = reading.span(startingAt: index), case .lexicon(.organizationHead, _) = span.tag else {
            return nil
        }
        return organization(at: index, headEnd: span.range.upperBound, in: reading)
    }

    /// The same, for a head noun that ends at `headEnd` and that a longer span (a post: «رئيس
    /// الجامعة») holds.
    func organization(at index: Int, headEnd: Int, in reading: DraftReading) -> Range<Int>? {
        let words = reading.words
        let span = (range: index..<headEnd, tag: ())
        if words[index].isArabic {
            // «المعهد الصادر»: a head noun with its article names an organization said before, not
            // a new one («معهد ستوكهولم»); but «الهيئة العليا للانتخابات» and «المجلس الأعلى للأمن
            // القومي» are names: a complement with ل follows.
            // («للمنظمة»: ل before the article drops its alif.)
            let definite =
                words[index].isDefinite
            // («الحزب المصري الديمقراطي الاجتماعي»: a nationality after it names one too.)
            // («المنتخب المغربي» is a national team: its country, read elsewhere.)
            var national = false
            for at in span.range.upperBound..<min(words.count, span.range.upperBound + 2)
            where !words[index].reads(DraftWord.keySet("منتخب")) {
                if case .lexicon(.adjective, _) = reading.span(startingAt: at)?.tag { national = true }
            }
            // («الكتلة الصدرية», «الحزب الديمقراطي الكردستاني»: a relative adjective after it names
            // one too.)
            let named =
                span.range.upperBound < words.count && !reading.sentence.isBreak(before: span.range.upperBound)
                && Self.isNisba(words[span.range.upperBound]) && reading.span(at: span.range.upperBound) == nil
            if definite, !national, !named,
                !words[(index + 1)..<min(words.count, index + 4)].contains(where: { $0.text.hasPrefix("لل") })
            {
                return nil
            }
            var end = span.range.upperBound
            // («شركة «أرامكو السعودية»»: the quoted name after the head noun is the name.)
            if end < words.count, words[end].before.contains(where: { "\"«“".contains($0) }) { return nil }
            while end < words.count, end - index < 7, !reading.sentence.isBreak(before: end) {
                if Self.arabicStops.contains(words[end].key) { break }
                if let inside = reading.span(at: end), Self.stopsArabicName(inside) {
                    // «الهيئة الوطنية للانتخابات»: a noun with «لل» completes the name; so does one
                    // right after an indefinite head noun («حزب الاستقلال»).
                    guard case .lexicon(.eventNoun, _) = inside.tag,
                        words[end].text.hasPrefix("لل") || end == span.range.upperBound && !definite
                    else { break }
                    end = inside.range.upperBound
                    continue
                }
                if words[end].key.contains(where: \.isNumber) { break }
                // («مركز محمد بن راشد للفضاء نجاح …»: after its complement with ل a name goes on
                // only with the article or another complement.)
                if end > span.range.upperBound, words[end - 1].text.hasPrefix("ل"),
                    words[end - 1].variants.contains(where: { $0.stemmed }),
                    !["ال", "وال", "لل", "ول"].contains(where: { words[end].text.hasPrefix($0) })
                {
                    break
                }
                // («المركز الوطني للتنافسية الدكتور ماجد …»: a title of courtesy opens a name.)
                if words[end].reads(DraftRun.honorifics) || words[end].reads(DraftRun.militaryRanks) { break }
                // («برنامج الإنفاق العسكري بالمعهد»: «ب» with the article says where, it names nothing;
                // «ائتلاف دولة القانون بزعامة …»: nor does who leads it.)
                if words[end].text.hasPrefix("بال") || words[end].reads(DraftWord.keySet("بزعامة بقيادة برئاسة")) {
                    break
                }
                // «حركة مجتمع السلم عبد العالي حساني شريف»: a name with «عبد ال…» ends it.
                if words[end].text == "عبد", end + 1 < words.count, words[end + 1].text.hasPrefix("ال") { break }
                // «حزب "فرنسا الأبية" جان لوك …»: a given name or a closing quote ends it.
                // («مركز محمد بن راشد للفضاء»: a name right after an indefinite head noun is the
                // organization's namesake.)
                if lexicon.givenName(words[end]) != nil, reading.span(at: end) == nil {
                    guard end == span.range.upperBound, !definite, let namesake = name(startingAt: end, in: reading)
                    else { break }
                    end = namesake.range.upperBound
                    continue
                }
                if words[end].before.contains(where: { "\"»”".contains($0) }),
                    words[(index + 1)..<end].contains(where: { $0.before.contains(where: { "\"«“".contains($0) }) })
                {
                    break
                }
                end += 1
            }
            return end - index >= 2 ? index..<end : nil
        }
        // English: extend both ways over capitalized words and connectors.
        var start = index
        while start > 0, !reading.sentence.isBreak(before: start),
            words[start - 1].isCapitalized
                || (Self.englishConnectors.contains(words[start - 1].lower) && start >= 2
                    && words[start - 2].isCapitalized)
        {
            if words[start - 1].lower == "the" { break }
            if lexicon.commonWords.contains(words[start - 1].key), reading.span(at: start - 1) == nil,
                !words[start - 1].isCapitalized
            {
                break
            }
            start -= 1
        }
        var end = index + 1
        while end < words.count, !reading.sentence.isBreak(before: end) {
            if words[end].isCapitalized {
                end += 1
            } else if Self.englishConnectors.contains(words[end].lower), end + 1 < words.count,
                words[end + 1].isCapitalized
            {
                end += 2
            } else {
                break
            }
        }
        while start < index, Self.englishConnectors.contains(words[start].lower) { start += 1 }
        return end - start >= 2 ? start..<end : nil
    }

    /// An organization's name as a model writes it, without the proclitic its first word carries
    /// in the sentence: «لجبهة القوى الاشتراكية» → «جبهة القوى الاشتراكية», «للهيئة» → «الهيئة».
    func organizationName(_ range: Range<Int>, in reading: DraftReading) -> String {
        let text = reading.sentence.phrase(range)
        guard reading.words[range.lowerBound].isArabic, let span = reading.span(startingAt: range.lowerBound),
            span.isStemmed
        else { return text }
        if text.hasPrefix("لل") { return "ال" + text.dropFirst(2) }
        if let first = text.first, "لبوفك".contains(first) { return String(text.dropFirst()) }
        return text
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

    private static func stopsArabicName(_ span: DraftReading.Span) -> Bool {
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
