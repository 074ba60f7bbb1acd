import Foundation

/// Organizations no lexicon holds, read from a head noun and the words after it, and their names
/// as a model writes them.
extension DraftNames {
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
}
