/// What gives a multiple-choice card's answer away without knowing the fact: words that state the
/// order of events offered together ("the first summit", "the second summit"), and an odd one
/// out that differs from the others in form (the others all share a word it lacks). The generator
/// avoids them; the review flags what is left (`order-giveaway`, `odd-form`).
enum OptionGiveaway {
    /// Ordinal and founding words, English and Arabic, with the place in a series each states
    /// (first 1, second 2 …, last and final after any number).
    static let orderRanks: [(words: [String], rank: Int)] =
        [
            (
                [
                    "first", "1st", "inaugural", "founding", "maiden", "initial", "الأول", "الأولى", "أول", "التأسيسي",
                    "التأسيسية",
                    "الافتتاحي", "الافتتاحية",
                ], 1
            ),
            (["second", "2nd", "الثاني", "الثانية", "ثاني"], 2),
            (["third", "3rd", "الثالث", "الثالثة", "ثالث"], 3),
            (["fourth", "الرابع", "الرابعة"], 4), (["fifth", "الخامس", "الخامسة"], 5),
            (["sixth", "السادس", "السادسة"], 6),
            (["seventh", "السابع", "السابعة"], 7), (["eighth", "الثامن", "الثامنة"], 8),
            (["ninth", "التاسع", "التاسعة"], 9),
            (["tenth", "العاشر", "العاشرة"], 10), (["last", "final", "الأخير", "الأخيرة"], 10_000),
        ] + (4...20).map { (["\($0)th"], $0) }

    /// Every order word, normalized, with its rank.
    private static let rankOfWord: [String: Int] = {
        var table: [String: Int] = [:]
        for (words, rank) in orderRanks {
            for word in words { table[TextNormalizer.normalize(word).text] = rank }
        }
        return table
    }()

    /// Words that place an event after another one ("the summit following the Washington summit",
    /// "the next Games", "the closing ceremony"): offered beside an event without one, the later
    /// event names itself. ("after" is left out: "after 14 years in opposition" orders nothing.)
    static let laterWords = PhraseList([
        "following", "next", "subsequent", "closing", "succeeding", "التالية", "التالي", "المقبلة", "المقبل",
        "اختتام", "ختام", "الختامي", "الختامية", "اللاحقة",
    ])

    /// The order words as one list, for finding them in a text.
    static let orderWords = PhraseList(orderRanks.flatMap(\.words))

    /// The first order word of `text` in any language and the rank it states, nil if none.
    static func orderWord(in text: LocalizedText) -> (word: String, rank: Int)? {
        for value in text.allStrings {
            if let word = orderWords.firstMatch(in: value), let rank = rankOfWord[word] { return (word, rank) }
        }
        return nil
    }

    /// The order words of one event's name: its ordinal (with the rank it states) and its
    /// later-word, found once per event (the generator compares each event with many others).
    struct OrderMarks: Sendable {
        let ordinal: (word: String, rank: Int)?
        let later: String?
    }

    /// The order words of `text`, in any language.
    static func marks(of text: LocalizedText) -> OrderMarks {
        OrderMarks(ordinal: orderWord(in: text), later: text.allStrings.lazy.compactMap(laterWords.firstMatch).first)
    }

    /// Why events offered together give their order away: `chronological` (earliest first) holds
    /// two events whose order words rank them in their true order ("the first summit" before "the
    /// second summit"), or a later event names itself so ("following", "next") beside an earlier one
    /// that does not. Equal ranks ("the first summit", "the inaugural forum": two series) state
    /// nothing, and ranks against the true order mislead rather than tell.
    static func orderProblem(chronological events: [LocalizedText]) -> String? {
        orderProblem(marks: events.map(marks(of:)))
    }

    /// `orderProblem(chronological:)` from the events' marks, earliest first.
    static func orderProblem(marks: [OrderMarks]) -> String? {
        let ranked = marks.map(\.ordinal)
        for (i, earlier) in ranked.enumerated() {
            guard let earlier else { continue }
            for later in ranked[(i + 1)...] {
                guard let later, earlier.rank < later.rank else { continue }
                return "the events' names state their order (“\(earlier.word)” before “\(later.word)”)"
            }
        }
        let later = marks.map(\.later)
        for (i, word) in later.enumerated() where i > 0 {
            guard let word, later[..<i].contains(where: { $0 == nil }) else { continue }
            return "a later event names itself so (“\(word)”) beside an earlier one that does not"
        }
        return nil
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
