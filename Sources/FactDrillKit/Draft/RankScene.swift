import Foundation

/// One rank group of a sentence and what `readRankings` reads around it.
struct RankScene {
    let reading: DraftReading
    let groups: [DraftRun.RankGroup]
    let number: Int
    /// Who publishes the list, if the sentence says.
    let by: (id: String, range: Range<Int>)?

    var group: DraftRun.RankGroup { groups[number] }
    /// The group before in the sentence, if any.
    var previous: DraftRun.RankGroup? { number > 0 ? groups[number - 1] : nil }
    /// Where the group before ends (0 for the first).
    var previousEnd: Int { number > 0 ? groups[number - 1].range.upperBound : 0 }
    /// Where the group after starts (the sentence's end for the last).
    var nextStart: Int { number + 1 < groups.count ? groups[number + 1].range.lowerBound : reading.words.count }
    /// The clause around the group.
    var clause: Range<Int> { reading.clause(around: group.range.lowerBound) }
    /// Whether «على التوالي» / "respectively" follows the group.
    var hasRespectively: Bool {
        let words = reading.words
        return words[group.range.upperBound..<min(words.count, group.range.upperBound + 12)].contains {
            $0.reads(DraftRun.respectively)
        }
    }
}
