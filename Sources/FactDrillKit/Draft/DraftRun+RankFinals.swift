import Foundation

/// A final's result as a ranking: the winner first, the one beaten in the final second («توج
/// العين بلقب دوري أبطال آسيا بعد فوزه على يوكوهاما … في إياب الدور النهائي», "Spain beat England
/// 1-0 in the final of the Women's World Cup", «خسرت أنس جابر نهائي ويمبلدون أمام فوندروشوفا»).
extension DraftRun {
    /// Words that beat someone, with who is beaten right after them.
    static let beatWords = DraftWord.keySet("beat beating defeated defeating over against على أمام")
    /// «نظيره», «ضيفه»: the opponent, named by the words after.
    static let counterparts = DraftWord.keySet("نظيره نظيرها ضيفه ضيفها مضيفه مضيفها منافسه منافسها")

    /// Words that lose a final, with who won it after «أمام» / "to".
    static let lostWords = DraftWord.keySet("خسر خسرت lost")

    /// Adds the final's loser to the win this sentence ranked, or writes the final's result.
    mutating func readFinals(_ reading: DraftReading) {
        let words = reading.words
        guard let final = finalWord(reading) else { return }
        let text = reading.sentence.text
        // A win ranked in this sentence: the one it beat in the final is second.
        if let index = facts.lastIndex(where: { $0.evidence == text && $0.rule.hasPrefix("ranking.topped") }),
            case .ranking(let title, let period, let by, let entries) = facts[index].body,
            let winner = entries.first(where: { $0.rank == 1 }), entries.count == 1
        {
            guard let loser = beaten(reading, winner: winner.entity) else { return }
            facts[index].body = .ranking(
                name: title, period: period, by: by, entries: entries + [ArticleDraft.Entry(entity: loser, rank: 2)])
            let name = book.entities.first { $0.id == loser }?.names[language] ?? loser
            note(reading, "ranking.final", accepted: true, "\(name) #2: beaten in the final by the one ranked 1")
            return
        }
        if !words[final].isArabic {
            englishFinal(reading, final)
            return
        }
        // «خسرت أنس جابر نهائي بطولة ويمبلدون … أمام ماركيتا فوندروشوفا»: the loser first.
        guard final > 0,
            let lost = words[..<final].lastIndex(where: { $0.reads(Self.lostWords) }),
            let against = words[(final + 1)...].firstIndex(where: { $0.key == DraftWord.key(of: "أمام") })
        else { return }
        // (A player's nationality before the name: «التونسية أنس جابر».)
        let entities = book.entities
        let people = { (found: [(id: String, range: Range<Int>)]) in
            let persons = found.filter { one in entities.first { $0.id == one.id }?.type == .person }
            return persons.isEmpty ? found : persons
        }
        let losers = people(candidates(reading, in: lost + 1..<final, excluding: nil))
        var winners = people(candidates(reading, in: against + 1..<min(words.count, against + 6), excluding: nil))
        // («أمام التشيكية ماركيتا فوندروشوفا»: a name no lexicon knows after a nationality.)
        if winners.allSatisfy({ one in entities.first { $0.id == one.id }?.type != .person }),
            entities.first(where: { $0.id == losers.first?.id })?.type == .person
        {
            var start = against + 1
            if let span = reading.span(startingAt: start), case .lexicon(.adjective, _) = span.tag {
                start = span.range.upperBound
            }
            if let name = names.name(startingAt: start, in: reading) {
                winners = [(book.add(text: reading.sentence.phrase(name.range), type: .person), name.range)]
            }
        }
        guard losers.count == 1, let winner = winners.first, winner.id != losers[0].id,
            winner.range.lowerBound <= against + 3
        else { return }
        // The competition: the words after «نهائي» up to a break or «أمام».
        var end = final + 1
        while end < against, !reading.sentence.isBreak(before: end), words[end].key != "بعد" { end += 1 }
        guard end > final + 1 else { return }
        let name = reading.sentence.phrase(final + 1..<end)
        let fact = ArticleDraft.Fact(
            id: "",
            body: .ranking(
                name: [language: name], period: nil, by: nil,
                entries: [
                    ArticleDraft.Entry(entity: winner.id, rank: 1), ArticleDraft.Entry(entity: losers[0].id, rank: 2),
                ]),
            evidence: text, rule: "ranking.final", confidence: 0.6)
        note(reading, "ranking.final", accepted: true, "the final of «\(name)»: who lost it second, who won it first")
        add(fact, idFrom: name)
    }

    /// "Spain beat England 1-0 in the final of the Women's World Cup", "Argentina won the World
    /// Cup final against France": the sentence's subject first, the one beaten second, in the
    /// competition the final is of.
    private mutating func englishFinal(_ reading: DraftReading, _ final: Int) {
        let words = reading.words
        guard let link = words.indices.first(where: { words[$0].reads(Self.beatWords) && !words[$0].isArabic }),
            link > 0,
            let winner = candidates(reading, in: reading.clause(around: 0).lowerBound..<link, excluding: nil).first,
            winner.range.lowerBound == 0 || words[0].lower == "the",
            let loser = beaten(reading, winner: winner.id)
        else { return }
        // "the final of the Women's World Cup", "the World Cup final", "the Wimbledon final".
        var name: Range<Int>?
        if final + 1 < words.count, words[final + 1].lower == "of" {
            var start = final + 2
            if start < words.count, words[start].lower == "the" { start += 1 }
            var end = start
            while end < words.count,
                words[end].isCapitalized || ["of", "de"].contains(words[end].lower) && end > start,
                end == start || !reading.sentence.isBreak(before: end)
            {
                end += 1
            }
            if end > start { name = start..<end }
        } else {
            var start = final
            while start > 0, words[start - 1].isCapitalized || words[start - 1].isPossessive && start < final,
                !reading.sentence.isBreak(before: start)
            {
                start -= 1
            }
            if start < final { name = start..<final }
        }
        guard let name else { return }
        let text = reading.sentence.phrase(name)
        let fact = ArticleDraft.Fact(
            id: "",
            body: .ranking(
                name: [language: text], period: nil, by: nil,
                entries: [ArticleDraft.Entry(entity: winner.id, rank: 1), ArticleDraft.Entry(entity: loser, rank: 2)]),
            evidence: reading.sentence.text, rule: "ranking.final", confidence: 0.6)
        note(
            reading, "ranking.final", accepted: true, "the final of «\(text)»: who won it first, who was beaten second")
        add(fact, idFrom: text)
    }

    /// Whether two entities can meet in a final: of one kind, or a country and a nation that is a
    /// place in the lexicons (England, Scotland).
    static func sameSide(_ a: EntityType?, _ b: EntityType?) -> Bool {
        guard let a, let b else { return false }
        let nations: Set<EntityType> = [.country, .place]
        return a == b || nations.contains(a) && nations.contains(b)
    }

    /// Where the sentence says "the final" (as a noun, not "final results"), if it does.
    private func finalWord(_ reading: DraftReading) -> Int? {
        let words = reading.words
        return words.indices.first { index in
            let word = words[index]
            if word.isArabic {
                guard word.reads(DraftWord.keySet("النهائي النهائية نهائي")) else { return false }
                // «الدور النهائي», «المباراة النهائية», «في النهائي», «نهائي بطولة …».
                if word.key == DraftWord.key(of: "نهائي") { return true }
                return index > 0 && words[index - 1].reads(DraftWord.keySet("الدور المباراة في إلى"))
            }
            guard word.lower == "final" else { return false }
            let next = index + 1 < words.count ? words[index + 1].lower : ""
            return index + 1 == words.count || reading.sentence.isBreak(before: index + 1)
                || ["of", "against", "in", "on", "at", "with"].contains(next)
        }
    }

    /// Who the winner beat: right after «على» / "beat" / "against", of the winner's kind.
    private mutating func beaten(_ reading: DraftReading, winner: String) -> String? {
        let words = reading.words
        let kind = book.entities.first { $0.id == winner }?.type
        for link in words.indices where words[link].reads(Self.beatWords) && link + 1 < words.count {
            // («بعد فوزه على نظيره التونسي»: the counterpart named by its nationality.)
            if words[link + 1].reads(Self.counterparts), let span = reading.span(startingAt: link + 2),
                case .lexicon(.adjective(let country), _) = span.tag, kind == .country
            {
                let id = book.add(country)
                return id == winner ? nil : id
            }
            let found = candidates(reading, in: link + 1..<min(words.count, link + 6), excluding: nil)
            guard let first = found.first, first.id != winner, first.range.lowerBound <= link + 3 else { continue }
            let type = book.entities.first(where: { $0.id == first.id })?.type
            if Self.sameSide(type, kind) { return first.id }
            // («ضيفه يوكوهاما إف مارينوس الياباني»: a club named after its city.)
            if kind == .organization, type == .place {
                var end = first.range.upperBound
                while end < words.count, end - first.range.lowerBound < 4, !reading.sentence.isBreak(before: end),
                    reading.span(at: end) == nil, words[end].number == nil, !words[end].text.hasPrefix("ال")
                {
                    end += 1
                }
                guard end > first.range.upperBound else { continue }
                return book.add(text: reading.sentence.phrase(first.range.lowerBound..<end), type: .organization)
            }
        }
        return nil
    }
}
