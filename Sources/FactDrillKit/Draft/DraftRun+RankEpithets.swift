import Foundation

/// A superlative that names the country the article is about without naming it: "Yoon takes
/// charge of Asia's fourth-largest economy", «يقود ثاني أكبر اقتصاد في العالم».
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
}
