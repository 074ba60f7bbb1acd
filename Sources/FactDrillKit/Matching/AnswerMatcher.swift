import Foundation

/// Judges typed answers: Arabic-aware, alias-aware, typo-tolerant, never too lenient.
///
/// A response is `correct` when, after `TextNormalizer`, it equals an accepted form, denotes the
/// same number (digits, ordinals, number words) or the same date at the same precision, or is a
/// distinctive part of a multi-word accepted name (the run of words ending with its last word,
/// when that word is distinctive: "Carpenter" for "Michael Carpenter", never "South" or a word
/// shared with a rejecting name). It is `close` when it is within the typo budget of an accepted
/// form or part and no rejecting name is as close. Anything else is `wrong`.
public struct AnswerMatcher: Sendable {
    /// A matcher; it holds no state, so one value serves everywhere.
    public init() {}

    /// Judges a response against the accepted forms, never accepting a typo that is as close to a
    /// `rejecting` name (the deck's other names of the answer's type).
    public func judge(_ response: String, accepted: [String], rejecting: [String] = []) -> Verdict {
        judge(response, against: AcceptedAnswers(accepted: accepted, rejecting: rejecting, normalizeRejectingNow: false))
    }

    /// Judges a response against accepted forms normalized beforehand.
    public func judge(_ response: String, against answers: AcceptedAnswers) -> Verdict {
        judge(TextNormalizer.normalize(response), against: answers).verdict
    }

    /// The verdict and how far the response is from the answer (0 unless `close`).
    func judge(_ response: NormalizedText, against answers: AcceptedAnswers) -> (verdict: Verdict, distance: Int) {
        guard !response.isEmpty else { return (.wrong, 0) }
        if answers.containsExactly(response) { return (.correct, 0) }

        // Numbers, ranks and dates: the same value or wrong; never a typo.
        let number = Numbers.value(of: response)
        if let number, answers.numbers.contains(number) { return (.correct, 0) }
        let date = DateAnswer.parse(response)
        if let date, answers.dates.contains(date) { return (.correct, 0) }
        if number != nil || date != nil || response.containsDigit { return (.wrong, 0) }

        let rejecting = answers.rejecting
        let parts = answers.distinctiveParts(rejecting: rejecting)
        if parts.contains(where: { $0.text == response.text }) { return (.correct, 0) }
        return typoVerdict(response, candidates: answers.forms + parts, rejecting: rejecting)
    }

    /// `close` if a candidate that starts with the same letter is within the typo budget and
    /// strictly closer than every rejecting name (and every run of words ending one); else `wrong`.
    /// Typos rarely hit the first letter, while confusable names often differ there
    /// (Gambia/Zambia, Mali/Bali), so a different first letter is never a typo.
    private func typoVerdict(_ response: NormalizedText, candidates: [NormalizedText],
                             rejecting: [NormalizedText]) -> (verdict: Verdict, distance: Int) {
        let scalars = response.scalars
        var best = Int.max
        for candidate in candidates where !candidate.containsDigit && Numbers.value(of: candidate) == nil {
            let budget = AnswerMatcher.typoBudget(min(response.length, candidate.length))
            guard budget > 0, abs(response.length - candidate.length) <= budget else { continue }
            let other = candidate.scalars
            guard other.first == scalars.first else { continue }
            let distance = DamerauLevenshtein.distance(scalars, other, limit: budget)
            if distance <= budget { best = min(best, distance) }
        }
        guard best != Int.max else { return (.wrong, 0) }
        for name in rejecting {
            for start in 0..<name.tokens.count {
                let run = start == 0 ? name : NormalizedText(tokens: Array(name.tokens[start...]))
                if abs(run.length - response.length) > best { continue }
                if DamerauLevenshtein.distance(scalars, run.scalars, limit: best) <= best { return (.wrong, 0) }
            }
        }
        return (.close, best)
    }

    /// The edits a typo may make to a word of this many characters: none up to 4, 1 up to 8,
    /// 2 beyond.
    public static func typoBudget(_ length: Int) -> Int {
        length <= 4 ? 0 : (length <= 8 ? 1 : 2)
    }
}
