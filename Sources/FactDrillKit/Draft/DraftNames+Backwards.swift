import Foundation

/// A person's name read backwards from the word after it (a name before a comma and its post).
extension DraftNames {
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
}
