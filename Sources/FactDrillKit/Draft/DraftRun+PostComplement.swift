import Foundation

/// What stands next to a post when no lexicon knows it: an Arabic organization written as a
/// definite complement before a quoted speaker's name («وقال المدير العام للمراكز الأفريقية جان
/// كاسيا إن …»), and a family name alone that names a person named in full before.
extension DraftRun {
    /// The organization written as a definite complement of a post at `index` («للمراكز
    /// الأفريقية», «للأمن العام»), when a person's name follows it and the name ends at a break or
    /// before «إن», «أن», «قد»: the organization's range and its name as a model writes it.
    func definiteComplement(_ reading: DraftReading, at index: Int) -> (range: Range<Int>, name: String)? {
        let words = reading.words
        guard index < words.count, words[index].isArabic, words[index].text.hasPrefix("لل"),
            words[index].text.count > 4, !reading.sentence.isBreak(before: index), reading.span(at: index) == nil
        else { return nil }
        var end = index + 1
        // One to four definite words: the noun and its adjectives or complements («للأمن العام»,
        // «للمراكز الأفريقية لمكافحة الأمراض» is not read: «لمكافحة» is indefinite).
        while end < words.count, end - index < 4, !reading.sentence.isBreak(before: end), words[end].isArabic,
            words[end].text.hasPrefix("ال"), !words[end].reads(Self.militaryRanks), !words[end].reads(Self.honorifics)
        {
            if let span = reading.span(at: end), case .lexicon(let kind, _) = span.tag {
                switch kind {
                case .adjective, .organization, .country, .place: break
                default: return nil
                }
            }
            end += 1
        }
        var nameStart = end
        while nameStart < words.count,
            words[nameStart].reads(Self.militaryRanks) || words[nameStart].reads(Self.honorifics),
            !reading.sentence.isBreak(before: nameStart)
        {
            nameStart += 1
        }
        guard nameStart < words.count, !reading.sentence.isBreak(before: nameStart),
            !words[nameStart].text.hasPrefix("ال"), let name = names.name(startingAt: nameStart, in: reading)
        else { return nil }
        let after = name.range.upperBound
        guard after == words.count || reading.sentence.isBreak(before: after) || words[after].reads(Self.speakerEnds)
        else { return nil }
        let range = index..<end
        let text = reading.sentence.phrase(range)
        return (range, "ال" + text.dropFirst(2))
    }

    /// "Tesla Chief Executive Officer Musk laughed": one word after a post that is the family name
    /// of a person named in full before, and no name's word after it.
    func familyNameAlone(_ reading: DraftReading, _ index: Int) -> (range: Range<Int>, known: Bool)? {
        let words = reading.words
        guard index >= 0, index < words.count, words[index].isArabic || words[index].isCapitalized,
            reading.span(at: index) == nil, book.person(familyName: words[index].key) != nil
        else { return nil }
        // (Not the last word of a longer name: "Azali Assoumani, the chairperson".)
        if index > 0, !reading.sentence.isBreak(before: index),
            words[index - 1].isArabic || words[index - 1].isCapitalized,
            names.canBeName(reading, index - 1)
        {
            return nil
        }
        if index + 1 < words.count, !reading.sentence.isBreak(before: index + 1),
            names.canBeName(reading, index + 1, afterGivenName: true, first: false) && words[index + 1].isCapitalized
        {
            return nil
        }
        return (index..<index + 1, true)
    }

    /// Words that end a quoted speaker's name: «قال فلان إن …», «وكان فلان قد أوضح».
    static let speakerEnds = DraftWord.keySet("إن أن قد")
}
