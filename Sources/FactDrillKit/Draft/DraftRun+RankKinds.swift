import Foundation

/// What a candidate of a ranking is, beyond its name: a national team, a winner of an election, a
/// place that scopes a list rather than ranks in it.
extension DraftRun {
    /// «المنتخب المغربي», «منتخب فرنسا», «المنتخب الوطني المغربي»: a national team, read as its
    /// country.
    mutating func nationalTeam(_ reading: DraftReading, at index: Int) -> (id: String, range: Range<Int>)? {
        let words = reading.words
        guard words[index].reads(DraftWord.keySet("منتخب")) else { return nil }
        var at = index + 1
        if at < words.count, words[at].reads(DraftWord.keySet("الوطني")) { at += 1 }
        guard at < words.count, !reading.sentence.isBreak(before: at), let span = reading.span(startingAt: at),
            case .lexicon(let kind, _) = span.tag
        else { return nil }
        switch kind {
        case .country(let name), .adjective(let name): return (book.add(name), index..<span.range.upperBound)
        default: return nil
        }
    }

    /// A run of capitalized English words from `index` (joined by "of"), none a common word on
    /// its own at the start of the sentence, none a person's given name or a post.
    func capitalizedRun(_ reading: DraftReading, from index: Int, limit: Int) -> Range<Int>? {
        let words = reading.words
        guard words[index].isCapitalized, words[index].number == nil else { return nil }
        if case .lexicon(let kind, _) = reading.span(at: index)?.tag {
            switch kind {
            case .post, .attribution, .eventNoun, .adjective: return nil
            default: break
            }
        }
        if case .date = reading.span(at: index)?.tag { return nil }
        // (A common word capitalized inside a sentence, before another capital, starts a name: "the
        // New Left", "the Third Way".)
        let midName =
            index > 0 && !reading.sentence.isBreak(before: index) && index + 1 < limit
            && words[index + 1].isCapitalized && !reading.sentence.isBreak(before: index + 1)
            && !words[index].reads(DraftWord.keySet("the a an but and or in on at"))
        if !midName, reading.span(at: index) == nil, lexicon.commonWords.contains(words[index].key) { return nil }
        // ("Twenty-three of NATO's 32 members": a number is no name.)
        if words[index].key.split(separator: " ").contains(where: { Self.numberWords.contains(String($0)) }) {
            return nil
        }
        var end = index + 1
        while end < limit, !reading.sentence.isBreak(before: end) {
            if words[end].isCapitalized, words[end].number == nil, !words[end - 1].isPossessive {
                if case .date = reading.span(at: end)?.tag { break }
                if case .lexicon(.post, _) = reading.span(at: end)?.tag { break }
                end += 1
            } else if ["of", "no"].contains(words[end].lower), end + 1 < limit, words[end + 1].isCapitalized {
                // ("Nippon Ishin no Kai".)
                end += 2
            } else if words[end].lower == "for", end + 2 < limit, words[end + 1].lower == "the",
                words[end + 2].isCapitalized
            {
                // ("Democratic Party for the People".)
                end += 3
            } else {
                break
            }
        }
        return index..<end
    }

    /// Whether a win states its place in an election: the sentence speaks of an election or votes,
    /// a share in percent follows the win, and the winner is a person or a party (not a country
    /// or a team winning a match).
    func winsAnElection(_ reading: DraftReading, after index: Int, entity: String) -> Bool {
        let words = reading.words
        let type = book.entities.first(where: { $0.id == entity })?.type
        guard type == .person || type == .organization, words.contains(where: { $0.reads(Self.electionWords) })
        else { return false }
        let percentWords = DraftWord.keySet("المئة المائة بالمئة بالمائة")
        // («فوز الرئيس المنتهية ولايته محمد ولد الشيخ الغزواني بولاية … بعد حصوله على 56.12%»: an
        // Arabic win is written with its winner first, its share further on.)
        for word in words[index..<min(words.count, index + (words[index].isArabic ? 24 : 12))] {
            if word.text.contains("%") || word.before.contains("%") || word.key == "percent" { return true }
            if word.reads(percentWords) { return true }
        }
        return false
    }

    /// Whether a name stands after «في» or "in" ("Tripoli in Libya", «مطار هيثرو في لندن»): where
    /// something is, not what ranks.
    func isLocated(_ reading: DraftReading, _ range: Range<Int>) -> Bool {
        let words = reading.words
        guard range.lowerBound > 0 else { return false }
        if words[range.lowerBound - 1].reads(Self.locatingWords) { return true }
        // ("followed by Summit, also at Oak Ridge": where the one before it is.)
        if range.lowerBound >= 2, words[range.lowerBound - 2].lower == "also",
            words[range.lowerBound - 1].lower == "at" || words[range.lowerBound - 1].lower == "in"
        {
            return true
        }
        // ("LUMI, in Kajaani, Finland, ranked third": the country of a place said with "in".)
        let start = range.lowerBound
        if !words[start].isArabic, words[start].before.contains(","), start >= 3, words[start - 1].isCapitalized,
            words[start - 2].reads(Self.locatingWords)
        {
            return true
        }
        return false
    }

    static let locatingWords = DraftWord.keySet("in في")
    /// Nouns of a relation after a possessive: "Pogačar's teammate".
    static let relationNouns = DraftWord.keySet(
        "teammate teammates wife husband son daughter brother sister father mother rival successor predecessor ally partner compatriot"
    )
}
