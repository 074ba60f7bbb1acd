/// What gives a multiple-choice card's answer away without knowing the fact: words that state an
/// order in events offered together ("the first summit", "the second summit"), and an odd one
/// out that differs from the others in form (the others all share a word it lacks). The generator
/// avoids them; the review flags what is left (`order-giveaway`, `odd-form`).
enum OptionGiveaway {
    /// Ordinal and founding words, English and Arabic.
    static let orderWords = PhraseList(
        [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
            "final", "inaugural", "founding", "maiden", "initial", "1st", "2nd", "3rd",
            "الأول", "الأولى", "أول", "الثاني", "الثانية", "ثاني", "الثالث", "الثالثة", "الرابع", "الرابعة",
            "الخامس", "الخامسة", "الأخير", "الأخيرة", "التأسيسي", "التأسيسية", "الافتتاحي", "الافتتاحية",
        ] + (4...20).map { "\($0)th" })

    /// The order word of `text` in any language, nil if none.
    static func orderWord(in text: LocalizedText) -> String? {
        for value in text.allStrings {
            if let word = orderWords.firstMatch(in: value) { return word }
        }
        return nil
    }

    /// Why events offered together give their order away: two or more of them carry order words.
    static func orderProblem(_ events: [LocalizedText]) -> String? {
        let words = events.compactMap(orderWord(in:))
        guard words.count >= 2 else { return nil }
        return "the events' names state their order (\(words.map { "“\($0)”" }.joined(separator: ", ")))"
    }

    /// Why `odd` stands out from `others` by form alone, in some language: every other option
    /// shares a word it lacks, or it is the only option of one word (or of several words).
    static func oddFormProblem(odd: LocalizedText, others: [LocalizedText]) -> String? {
        guard others.count >= 2 else { return nil }
        for language in odd.languages {
            guard let oddText = odd[language] else { continue }
            let oddTokens = Set(PhraseList.tokens(oddText))
            let otherTokens = others.compactMap { $0[language] }.map { Set(PhraseList.tokens($0)) }
            guard otherTokens.count == others.count, !oddTokens.isEmpty else { continue }
            let shared = otherTokens.dropFirst().reduce(otherTokens[0]) { $0.intersection($1) }
            if let word = shared.subtracting(oddTokens).sorted().first {
                return "every other option shares the word “\(word)” (\(language)) and the odd one does not"
            }
            let oneWord = otherTokens.map { $0.count == 1 }
            if Set(oneWord).count == 1, oneWord[0] != (oddTokens.count == 1) {
                let shape = oneWord[0] ? "one word" : "several words"
                return "every other option is \(shape) (\(language)) and the odd one is not"
            }
        }
        return nil
    }
}
