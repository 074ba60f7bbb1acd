import Foundation

/// A card's accepted forms and rejecting names, normalized once: build it per card and pass it
/// to `AnswerMatcher.judge(_:against:)` to judge many responses without normalizing again.
public struct AcceptedAnswers: Sendable {
    /// The accepted forms, normalized (empty ones dropped).
    let forms: [NormalizedText]
    private let precomputedValues: (numbers: [Int], dates: [PartialDate])?
    private let rejectingSource: [String]
    private let precomputedRejecting: [NormalizedText]?

    /// Normalizes the accepted forms and the rejecting names (other known names of the
    /// answer's type that must never be accepted, even misspelt).
    public init(accepted: [String], rejecting: [String] = []) {
        self.init(accepted: accepted, rejecting: rejecting, precompute: true)
    }

    /// With `precompute` false, numbers, dates and rejecting names are worked out only when a
    /// judgement needs them (for one-off judgements).
    init(accepted: [String], rejecting: [String], precompute: Bool) {
        var forms: [NormalizedText] = []
        for text in accepted {
            let form = TextNormalizer.normalize(text)
            guard !form.isEmpty else { continue }
            forms.append(form)
        }
        self.forms = forms
        self.rejectingSource = rejecting
        self.precomputedValues = precompute ? AcceptedAnswers.values(forms) : nil
        self.precomputedRejecting = precompute ? AcceptedAnswers.normalizeRejecting(rejecting, accepted: forms) : nil
    }

    /// The numbers the accepted forms denote ("10", "10th", «العاشر» → 10) and their dates,
    /// each at its own precision.
    var values: (numbers: [Int], dates: [PartialDate]) {
        precomputedValues ?? AcceptedAnswers.values(forms)
    }

    private static func values(_ forms: [NormalizedText]) -> (numbers: [Int], dates: [PartialDate]) {
        var numbers: [Int] = []
        var dates: [PartialDate] = []
        for form in forms {
            if let number = Numbers.value(of: form) { numbers.append(number) }
            if let date = DateAnswer.parse(form) { dates.append(date) }
        }
        return (numbers, dates)
    }

    /// The rejecting names, normalized, without any that is also an accepted form.
    var rejecting: [NormalizedText] {
        precomputedRejecting ?? AcceptedAnswers.normalizeRejecting(rejectingSource, accepted: forms)
    }

    private static func normalizeRejecting(_ names: [String], accepted: [NormalizedText]) -> [NormalizedText] {
        names.map(TextNormalizer.normalize).filter { name in
            !name.isEmpty && !accepted.contains { $0.sameText(as: name) }
        }
    }

    /// Whether a normalized response is one of the accepted forms, also when written with
    /// different spacing («عبدالله» for «عبد الله»; not for numbers).
    func containsExactly(_ response: NormalizedText) -> Bool {
        if forms.contains(where: { $0.sameText(as: response) }) { return true }
        guard !response.containsDigit else { return false }
        let compact = response.tokens.joined()
        return forms.contains { $0.tokens.count != response.tokens.count && $0.tokens.joined() == compact }
    }

    /// The distinctive parts of the multi-word accepted forms: every run of words that ends with
    /// a distinctive last word (see `isDistinctive`), shorter than the whole form, whose cut-off
    /// words include a word that is not common, or are all titles. "Carpenter" is a part of
    /// "Michael Carpenter" and "Salman" of "King Salman", but "York" is no part of "New York":
    /// a name qualified only by common words ("New", "North") leaves another place's name.
    func distinctiveParts(rejectedWords: [String]) -> [NormalizedText] {
        var parts: [NormalizedText] = []
        for form in forms where form.tokens.count >= 2 && !form.containsDigit {
            let tokens = form.tokens
            guard let last = tokens.last, AcceptedAnswers.isDistinctive(last, rejectedWords: rejectedWords),
                Numbers.value(of: form) == nil
            else { continue }
            var cutHasProperWord = false
            var cutAllTitles = true
            for start in 1..<tokens.count {
                let cut = WordKey(tokens[start - 1])
                if !CommonWords.all.contains(cut) { cutHasProperWord = true }
                if !CommonWords.titles.contains(cut) { cutAllTitles = false }
                guard cutHasProperWord || cutAllTitles else { continue }
                parts.append(NormalizedText(tokens: Array(tokens[start...])))
            }
        }
        return parts
    }

    /// A word that names something on its own: long enough (4 letters, 3 in Arabic script,
    /// which does not write short vowels), not a common or number word, not an Arabic
    /// adjective of relation (ending in ي or ية: «الثوري», «الإيراني»), in no rejecting name.
    static func isDistinctive(_ word: String, rejectedWords: [String]) -> Bool {
        let key = WordKey(word)
        let scalars = word.unicodeScalars
        guard let first = scalars.first?.value, let last = scalars.last?.value else { return false }
        let isArabic = ArabicNormalizer.isArabicLetter(first)
        if isArabic {
            let yeh: UInt32 = 0x064A
            let heh: UInt32 = 0x0647
            if last == yeh || (last == heh && scalars.dropLast().last?.value == yeh) { return false }
        }
        return scalars.count >= (isArabic ? 3 : 4)
            && !CommonWords.all.contains(key)
            && NumberWords.table[key] == nil
            && !rejectedWords.contains { WordKey.sameBytes($0, word) }
    }
}
