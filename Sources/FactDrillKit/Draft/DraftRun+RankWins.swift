import Foundation

/// Who is ahead of a second place ("second to Vingegaard"), and whether a win is of a competition.
extension DraftRun {
    /// "finished second to Vingegaard": where "to" and the one ahead are, right after a second place.
    static func secondTo(_ reading: DraftReading, _ group: RankGroup) -> Int? {
        let words = reading.words
        guard group.ranks == [2], group.form == .ordinal, group.range.upperBound + 1 < words.count,
            !words[group.range.lowerBound].isArabic, words[group.range.upperBound].lower == "to",
            !reading.sentence.isBreak(before: group.range.upperBound), words[group.range.upperBound + 1].isCapitalized
        else { return nil }
        return group.range.upperBound
    }

    /// Whether a win is of a competition: "won the Tour de France", "won the U.S. Open", "won the
    /// title" (not "won the support of", "won 40% of the vote").
    func winsATitle(_ reading: DraftReading, after index: Int) -> Bool {
        let words = reading.words
        // (Won, not "took the race to the final day".)
        guard index > 0, index + 1 < words.count, !words[index].isArabic, words[index].lower == "the",
            words[index - 1].reads(DraftWord.keySet("won wins")), !reading.sentence.isBreak(before: index + 1)
        else { return false }
        if words[index + 1].reads(DraftWord.keySet("championship tournament")) { return true }
        var end = index + 1
        while end < words.count, end - index <= 5, words[end].isCapitalized || words[end].lower == "de",
            end == index + 1 || !reading.sentence.isBreak(before: end)
        {
            end += 1
        }
        return words[index + 1..<end].contains {
            $0.reads(
                DraftWord.keySet(
                    "Open Tour Championship Championships Prix Marathon Giro Vuelta Wimbledon Slam"
                ))
        }
    }
}
