import Foundation

/// Judges typed answers: Arabic-aware, alias-aware, typo-tolerant, never too lenient.
///
/// A response is `correct` when, after `TextNormalizer`, it equals an accepted form, denotes the
/// same number (digits, ordinals, number words) or the same date at the precision asked (a more
/// precise date agreeing at that precision too: "9 July 2024" for `2024-07`), or is a
/// distinctive part of a multi-word accepted name (the run of words ending with its last word,
/// when that word is distinctive: "Carpenter" for "Michael Carpenter", never "South" or a word
/// shared with a rejecting name); leading titles ("President", «الرئيس») are ignored, and so is a
/// trailing country after a place ("Vilnius, Lithuania": `CountryQualifier`). It is
/// `close` when it starts with the same letter as an accepted form or part, is within the typo
/// budget of it, and no rejecting name, nor any country's name (`KnownPlaceNames`), is as close.
/// Anything else is `wrong`.
public struct AnswerMatcher: Sendable {
    /// A matcher; it holds no state, so one value serves everywhere.
    public init() {}

    /// Judges a response against the accepted forms, never accepting a typo that is as close to a
    /// `rejecting` name (the deck's other names of the answer's type).
    public func judge(_ response: String, accepted: [String], rejecting: [String] = []) -> Verdict {
        judge(response, against: AcceptedAnswers(accepted: accepted, rejecting: rejecting, precompute: false))
    }

    /// Judges a response against accepted forms normalized beforehand.
    public func judge(_ response: String, against answers: AcceptedAnswers) -> Verdict {
        let verdict = judge(TextNormalizer.normalize(response), against: answers).verdict
        // A place followed by its country ("Vilnius, Lithuania"): the place alone is judged,
        // exactly an accepted form or misspelt, never a part of one.
        guard verdict != .correct, let place = CountryQualifier.split(response) else { return verdict }
        if answers.containsExactly(place) { return .correct }
        return judge(place, against: answers).verdict == .close ? .close : verdict
    }

    /// The verdict and how far the response is from the answer (0 unless `close`).
    func judge(_ response: NormalizedText, against answers: AcceptedAnswers) -> (verdict: Verdict, distance: Int) {
        guard !response.isEmpty else { return (.wrong, 0) }
        if answers.containsExactly(response) { return (.correct, 0) }

        // Numbers, ranks and dates: the same value or wrong; never a typo.
        let number = Numbers.value(of: response)
        let date = DateAnswer.parse(response)
        if number != nil || date != nil {
            let values = answers.values
            if let number, values.numbers.contains(number) { return (.correct, 0) }
            if let date, values.dates.contains(where: { DateAnswer.agrees(date, with: $0) }) { return (.correct, 0) }
            return (.wrong, 0)
        }
        if response.containsDigit { return (.wrong, 0) }

        // Names: a leading title ("President", «الرئيس») is not part of the answer.
        let core = CommonWords.withoutLeadingTitles(response)
        if core.isEmpty { return (.wrong, 0) }
        if core.tokens.count != response.tokens.count, answers.containsExactly(core) { return (.correct, 0) }

        // Cheap screening before the rejecting names are normalized: with no rejecting word,
        // parts are at their most numerous, so nothing that fails here can pass below.
        let looseParts = answers.distinctiveParts(rejectedWords: [])
        let isLoosePart = looseParts.contains { $0.sameText(as: core) }
        guard isLoosePart || nearest(core, among: answers.forms + looseParts) != nil else { return (.wrong, 0) }

        let rejecting = answers.rejecting
        let rejectedWords = rejecting.flatMap(\.tokens)
        let parts = answers.distinctiveParts(rejectedWords: rejectedWords)
        if parts.contains(where: { $0.sameText(as: core) }) { return (.correct, 0) }
        guard let best = nearest(core, among: answers.forms + parts) else { return (.wrong, 0) }
        guard isCloserThanRejecting(core, distance: best, rejecting: rejecting),
            !KnownPlaceNames.hasName(within: best, of: core.scalars, excludingRegionsOf: answers.forms)
        else { return (.wrong, 0) }
        return (.close, best)
    }

    /// The smallest typo distance from the response to a candidate that starts with the same
    /// letter and is within the typo budget; nil if none is.
    ///
    /// Typos rarely hit the first letter, while confusable names often differ there
    /// (Gambia/Zambia, Mali/Bali), so a different first letter is never a typo. Number words
    /// inside names must be the same ("Abdullah I" is not a typo of "Abdullah II").
    private func nearest(_ response: NormalizedText, among candidates: [NormalizedText]) -> Int? {
        var best: Int?
        var scalars: [UInt32]?
        var numbers: [Int]?
        for candidate in candidates {
            let budget = AnswerMatcher.typoBudget(min(response.length, candidate.length))
            guard budget > 0, abs(response.length - candidate.length) <= budget,
                candidate.text.unicodeScalars.first == response.text.unicodeScalars.first,
                !candidate.containsDigit, Numbers.value(of: candidate) == nil
            else { continue }
            if numbers == nil { numbers = Numbers.numberWords(in: response) }
            guard Numbers.numberWords(in: candidate) == numbers! else { continue }
            if scalars == nil { scalars = response.scalars }
            let distance = DamerauLevenshtein.distance(scalars!, candidate.scalars, limit: budget)
            if distance <= budget { best = min(best ?? distance, distance) }
        }
        return best
    }

    /// Whether every rejecting name, and every run of words ending one, is further from the
    /// response than `distance`.
    private func isCloserThanRejecting(_ response: NormalizedText, distance: Int, rejecting: [NormalizedText]) -> Bool {
        let scalars = response.scalars
        for name in rejecting {
            for start in 0..<name.tokens.count {
                let run = start == 0 ? name : NormalizedText(tokens: Array(name.tokens[start...]))
                if abs(run.length - response.length) > distance { continue }
                if DamerauLevenshtein.distance(scalars, run.scalars, limit: distance) <= distance { return false }
            }
        }
        return true
    }

    /// The edits a typo may make to a word of this many characters: none up to 4, 1 up to 8,
    /// 2 beyond.
    public static func typoBudget(_ length: Int) -> Int {
        length <= 4 ? 0 : (length <= 8 ? 1 : 2)
    }
}
