import Foundation

/// When an English superlative states a rank ("Japan, the world's fourth-largest economy", "is the
/// largest"), and a superlative that names the country the article is about without naming it:
/// "Yoon takes charge of Asia's fourth-largest economy", «يقود ثاني أكبر اقتصاد في العالم».
extension DraftRun {
    /// Nouns a country is described by in news: its economy, its democracy.
    static let epithetNouns = DraftWord.keySet("economy democracy اقتصاد")

    /// Whether an English superlative at `index` is an epithet: a possessive before it ("Asia's",
    /// "the world's") and an epithet noun after it.
    func isCountryEpithet(_ reading: DraftReading, at index: Int) -> Bool {
        let words = reading.words
        guard index > 0, !words[index].isArabic, words[index - 1].isPossessive else { return false }
        var noun = index + 1
        if noun < words.count, ["most", "least"].contains(words[index].lower) { noun += 1 }
        return noun < words.count && words[noun].reads(Self.epithetNouns) && !reading.sentence.isBreak(before: noun)
            && !namesACountry(reading, before: index)
    }

    /// Whether the sentence names a country (or its nationality) before `index`.
    func namesACountry(_ reading: DraftReading, before index: Int) -> Bool {
        reading.spans.contains { span in
            guard span.range.upperBound <= index, case .lexicon(let kind, _) = span.tag else { return false }
            switch kind {
            case .country, .adjective: return true
            default: return false
            }
        }
    }

    /// Whether a group is a superlative of an epithet noun («ثاني أكبر اقتصاد», "Asia's
    /// fourth-largest economy").
    func isEpithet(_ scene: RankScene) -> Bool {
        let words = scene.reading.words
        let group = scene.group
        guard group.form == .superlative, let superlative = superlativeWord(scene) else { return false }
        if words[superlative].isArabic {
            return superlative + 1 < words.count && words[superlative + 1].reads(Self.epithetNouns)
        }
        return isCountryEpithet(scene.reading, at: superlative)
    }

    /// The superlative word of a group ("fourth-largest", «أكبر»).
    private func superlativeWord(_ scene: RankScene) -> Int? {
        let words = scene.reading.words
        return scene.group.range.first { index in
            words[index].key.split(separator: " ").contains { Self.superlatives.contains(String($0)) }
        }
    }

    /// The country the article is about as the subject of an epithet no entity is named with
    /// (not "the world's largest economy": that is as often another country named in passing).
    mutating func epithetSubject(_ scene: RankScene) -> [(id: String, range: Range<Int>)] {
        let reading = scene.reading
        let words = reading.words
        let group = scene.group
        guard group.form == .superlative, group.ranks.count == 1, let main = mainCountry else { return [] }
        let start = group.range.lowerBound
        guard let superlative = superlativeWord(scene) else { return [] }
        // (Only when the sentence names no country before it: "Japan lost its position as the
        // world's second-biggest economy" is not said of it now.)
        guard !namesACountry(reading, before: start) else { return [] }
        if words[start].isArabic {
            // «ثاني أكبر اقتصاد في العالم»: the noun right after the superlative.
            guard superlative + 1 < words.count, words[superlative + 1].reads(Self.epithetNouns),
                group.ranks[0] > 1
            else { return [] }
        } else {
            guard isCountryEpithet(reading, at: superlative),
                group.ranks[0] > 1 || words[superlative - 1].lower != "world's"
            else { return [] }
        }
        return [(book.add(main), group.range)]
    }

    /// Whether an English superlative is stated of a subject: "the" or "'s" before it, a verb of
    /// being or ranking in its clause, and no plural after it that makes it a list ("the largest
    /// exporters").
    func superlativeIsStated(_ reading: DraftReading, at index: Int) -> Bool {
        let words = reading.words
        guard index > 0 else { return false }
        if isCountryEpithet(reading, at: index) { return true }
        let previous = words[index - 1]
        let far = previous.lower == "far" && index > 2 && words[index - 2].lower == "by"
        // ("the single largest party".)
        let single = previous.lower == "single" && index > 1 && words[index - 2].lower == "the"
        guard previous.lower == "the" || previous.isPossessive || far || single || words[index - 1].lower == "world's"
        else {
            return false
        }
        // ("the world's largest producer of cocaine and Latin America's fourth-largest economy":
        // joined by "and" to one that is stated.)
        if let and = words[max(0, index - 4)..<index].lastIndex(where: { $0.lower == "and" }),
            let earlier = words[max(0, and - 8)..<and].lastIndex(where: { word in
                word.key.split(separator: " ").contains { Self.superlatives.contains(String($0)) }
            }), superlativeIsStated(reading, at: earlier)
        {
            return true
        }
        let clause = reading.clause(around: index)
        let verbs = DraftWord.keySet(
            "is was are were became remain remains remained has had been ranked become making made make makes emerged emerges emerge named rated voted"
        )
        // "Japan, the world's fourth-largest economy": an apposition to the entity before the comma.
        // ("UBS, Switzerland's largest lender": a possessive opens the apposition.)
        let determiner =
            previous.lower == "the" || previous.isPossessive && previous.before.contains(",")
            ? index - 1 : (index >= 2 && words[index - 2].lower == "the" ? index - 2 : -1)
        // ("India, now the world's fifth-largest economy": an adverb after the comma.)
        let adverb =
            determiner > 1 && words[determiner - 1].reads(DraftWord.keySet("now already still currently once"))
            && words[determiner - 1].before.contains(",")
        let subjectEnd = adverb ? determiner - 2 : determiner - 1
        if determiner > 0, words[determiner].before.contains(",") || adverb,
            reading.span(at: subjectEnd).map({ DraftReading.name(of: $0) != nil }) ?? words[subjectEnd].isCapitalized
        {
            return true
        }
        // "BYD overtook Tesla as the world's biggest seller": who overtook is the largest now.
        let window = words[max(clause.lowerBound, index - 8)..<index]
        let overtookAs =
            window.contains { $0.reads(Self.overtakeWords) } && determiner > 0 && words[determiner - 1].lower == "as"
        guard overtookAs || window.contains(where: { $0.reads(verbs) }) else { return false }
        var noun = index + 1
        if ["most", "least"].contains(words[index].lower) { noun += 1 }
        // "the largest and second-largest economies": a list of superlatives may take a plural.
        if noun + 1 < words.count, words[noun].key == "and", words[noun + 1].key.split(separator: " ").count == 2 {
            return true
        }
        if noun < words.count, words[noun].key.hasSuffix("s"), !words[noun].key.hasSuffix("ss"),
            !words[noun].key.hasSuffix("us")
        {
            return false
        }
        return true
    }
}
