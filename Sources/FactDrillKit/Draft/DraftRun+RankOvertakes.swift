import Foundation

/// "Nvidia overtook Microsoft to become the world's most valuable company", «تخطت أرامكو شركة
/// أبل لتصبح الشركة الأعلى قيمة»: who overtook takes the rank, and who was overtaken the next.
extension DraftRun {
    /// Words between the one overtaken and the rank it gives: a clause of purpose or "as".
    static let becomeLinks = DraftWord.keySet("to become becoming as be لتصبح ليصبح لتكون ليكون")

    /// Who overtook and who was overtaken, when the group's rank follows «overtook Y to become» in
    /// its clause (the one overtaken at most three words before the link).
    mutating func overtake(_ scene: RankScene) -> (
        overtaker: (id: String, range: Range<Int>), overtaken: (id: String, range: Range<Int>)
    )? {
        let reading = scene.reading
        let words = reading.words
        let group = scene.group
        guard group.form == .superlative, group.ranks.count == 1 else { return nil }
        let arabic = words[group.range.lowerBound].isArabic
        // (An Arabic sentence puts the verb first, its subject and object after it, commas between.)
        let start = arabic ? scene.previousEnd : max(scene.clause.lowerBound, scene.previousEnd)
        guard start < group.range.lowerBound,
            let verb = words[start..<group.range.lowerBound].firstIndex(where: { $0.reads(Self.overtakeWords) })
        else { return nil }
        let after = candidates(reading, in: verb + 1..<group.range.lowerBound, excluding: scene.by?.range)
        let overtaker: (id: String, range: Range<Int>)
        let overtaken: (id: String, range: Range<Int>)
        if arabic {
            guard after.count == 2 else { return nil }
            (overtaker, overtaken) = (after[0], after[1])
        } else {
            let before = candidates(reading, in: start..<verb, excluding: scene.by?.range)
            guard let first = before.last, let second = after.first else { return nil }
            (overtaker, overtaken) = (first, second)
        }
        guard overtaker.id != overtaken.id, overtaken.range.upperBound < group.range.lowerBound else { return nil }
        // Only the link and the group's determiner between them: "Microsoft Corp. to become the".
        let between = words[overtaken.range.upperBound..<group.range.lowerBound]
        guard between.count <= 4, between.contains(where: { $0.reads(Self.becomeLinks) }),
            !between.contains(where: { $0.reads(Self.relativePronouns) })
        else { return nil }
        let entities = book.entities
        guard
            entities.first(where: { $0.id == overtaker.id })?.type
                == entities.first(where: { $0.id == overtaken.id })?.type
        else { return nil }
        return (overtaker, overtaken)
    }

    /// The one overtaken, one rank below, added to the ranking just written (unless the draft
    /// already gives it a rank there).
    mutating func addOvertaken(_ scene: RankScene, _ overtaken: (id: String, range: Range<Int>), below rank: Int) {
        guard let last = facts.indices.last, facts[last].typeName == "ranking",
            case .ranking(let title, let period, let by, let entries) = facts[last].body,
            entries.contains(where: { $0.rank == rank }),
            !entries.contains(where: { $0.entity == overtaken.id || $0.rank == rank + 1 })
        else { return }
        facts[last].body = .ranking(
            name: title, period: period, by: by,
            entries: entries + [ArticleDraft.Entry(entity: overtaken.id, rank: rank + 1)])
        let name = book.entities.first { $0.id == overtaken.id }?.names[language] ?? overtaken.id
        note(
            scene.reading, "ranking.overtaken", accepted: true,
            "\(name) #\(rank + 1): overtaken by the one ranked \(rank)")
    }
}
