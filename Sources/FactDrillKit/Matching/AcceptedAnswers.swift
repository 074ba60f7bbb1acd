import Foundation

/// A card's accepted forms and rejecting names, normalized once: build it per card and pass it
/// to `AnswerMatcher.judge(_:against:)` to judge many responses without normalizing again.
public struct AcceptedAnswers: Sendable {
    /// The accepted forms, normalized (empty ones dropped).
    let forms: [NormalizedText]
    /// The numbers the accepted forms denote ("10", "10th", «العاشر» → 10).
    let numbers: [Int]
    /// The dates the accepted forms denote, each at its own precision.
    let dates: [PartialDate]
    /// The rejecting names as given, normalized on demand when `rejectingForms` is nil.
    private let rejectingSource: [String]
    private let rejectingForms: [NormalizedText]?

    /// Normalizes the accepted forms and the rejecting names (other known names of the
    /// answer's type that must never be accepted, even misspelt).
    public init(accepted: [String], rejecting: [String] = []) {
        self.init(accepted: accepted, rejecting: rejecting, normalizeRejectingNow: true)
    }

    init(accepted: [String], rejecting: [String], normalizeRejectingNow: Bool) {
        var forms: [NormalizedText] = []
        var numbers: [Int] = []
        var dates: [PartialDate] = []
        for text in accepted {
            let form = TextNormalizer.normalize(text)
            guard !form.isEmpty else { continue }
            forms.append(form)
            if let number = Numbers.value(of: form) { numbers.append(number) }
            if let date = PartialDate(text) ?? DateAnswer.parse(form) { dates.append(date) }
        }
        self.forms = forms
        self.numbers = numbers
        self.dates = dates
        self.rejectingSource = rejecting
        self.rejectingForms = normalizeRejectingNow ? AcceptedAnswers.normalizeRejecting(rejecting, accepted: forms) : nil
    }

    /// The rejecting names, normalized, without any that is also an accepted form.
    var rejecting: [NormalizedText] {
        rejectingForms ?? AcceptedAnswers.normalizeRejecting(rejectingSource, accepted: forms)
    }

    private static func normalizeRejecting(_ names: [String], accepted: [NormalizedText]) -> [NormalizedText] {
        names.map(TextNormalizer.normalize).filter { name in
            !name.isEmpty && !accepted.contains { $0.text == name.text }
        }
    }

    /// Whether a normalized response is exactly one of the accepted forms.
    func containsExactly(_ response: NormalizedText) -> Bool {
        forms.contains { $0.text == response.text }
    }

    /// The distinctive parts of the multi-word accepted forms: every run of words that ends with
    /// a distinctive last word (see `AnswerMatcher`), shorter than the whole form.
    func distinctiveParts(rejecting: [NormalizedText]) -> [NormalizedText] {
        var rejectedWords = Set<String>()
        for name in rejecting { rejectedWords.formUnion(name.tokens) }
        var parts: [NormalizedText] = []
        for form in forms where form.tokens.count >= 2 && !form.containsDigit && Numbers.value(of: form) == nil {
            let tokens = form.tokens
            guard let last = tokens.last, AcceptedAnswers.isDistinctive(last, rejectedWords: rejectedWords) else { continue }
            for start in 1..<tokens.count {
                parts.append(NormalizedText(tokens: Array(tokens[start...])))
            }
        }
        return parts
    }

    /// A word that names something on its own: long enough (4 letters, 3 in Arabic script,
    /// which does not write short vowels), not a common or number word, in no rejecting name.
    static func isDistinctive(_ word: String, rejectedWords: Set<String>) -> Bool {
        let scalars = word.unicodeScalars
        guard let first = scalars.first?.value else { return false }
        let minimum = ArabicNormalizer.isArabicLetter(first) ? 3 : 4
        return scalars.count >= minimum
            && !CommonWords.all.contains(word)
            && NumberWords.table[word] == nil
            && MonthNames.single[word] == nil
            && !rejectedWords.contains(word)
    }
}
