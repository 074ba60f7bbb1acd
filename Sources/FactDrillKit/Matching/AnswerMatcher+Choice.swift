import Foundation

extension AnswerMatcher {
    /// Multiple choice: `options[i]` are the strings that name option i (its text in each language);
    /// a response may be the option's number (1-based, either digit set) or its text.
    ///
    /// A bare number that is both an option's number and another option's value ("1" when the
    /// options are ranks and "1st" is not option 1) is ambiguous and judged wrong.
    public func judgeChoice(_ response: String, options: [[String]], correct: Int) -> Verdict {
        guard options.indices.contains(correct) else { return .wrong }
        let answers = AnswerMatcher.optionAnswers(options)
        guard let (index, verdict) = identify(TextNormalizer.normalize(response), among: answers) else { return .wrong }
        return index == correct ? verdict : .wrong
    }

    /// Ordering: the response lists option numbers ("2 1 3", "2,1,3", "213" when < 10 options,
    /// Arabic-Indic digits too) or the texts separated by commas/«،»; correct iff the order
    /// equals `correctOrder` (0-based indices). `close` when a text had a typo.
    public func judgeOrder(_ response: String, options: [[String]], correctOrder: [Int]) -> Verdict {
        let count = options.count
        guard count > 0, correctOrder.count == count, Set(correctOrder) == Set(0..<count) else { return .wrong }
        let whole = TextNormalizer.normalize(response)
        if let order = AnswerMatcher.numberedOrder(whole, count: count) {
            return order == correctOrder ? .correct : .wrong
        }
        let answers = AnswerMatcher.optionAnswers(options)
        var parts = response.split(whereSeparator: { AnswerMatcher.orderSeparators.contains($0) })
            .map { TextNormalizer.normalize(String($0)) }
            .filter { !$0.isEmpty }
        if parts.count != count, whole.tokens.count == count {
            // One word per option, separated by spaces only ("2019 2022 2024", "Vilnius Madrid Washington").
            parts = whole.tokens.map { NormalizedText(tokens: [$0]) }
        }
        guard parts.count == count else { return .wrong }
        var verdict = Verdict.correct
        for (position, part) in parts.enumerated() {
            guard let (index, partVerdict) = identify(part, among: answers), index == correctOrder[position] else {
                return .wrong
            }
            if partVerdict == .close { verdict = .close }
        }
        return verdict
    }

    /// What separates the texts of an ordering response.
    static let orderSeparators: Set<Character> = [",", "،", ";", "؛", "\n", "|", ">", "→"]

    /// Each option's accepted forms, rejecting the other options' texts.
    static func optionAnswers(_ options: [[String]]) -> [AcceptedAnswers] {
        options.indices.map { index in
            let others = options.indices.filter { $0 != index }.flatMap { options[$0] }
            return AcceptedAnswers(accepted: options[index], rejecting: others, precompute: false)
        }
    }

    /// The option a response names, by number or by text, with the text verdict; nil when it
    /// names none, or when its readings disagree or name several options.
    func identify(_ response: NormalizedText, among answers: [AcceptedAnswers]) -> (Int, Verdict)? {
        var byNumber: Int?
        if response.tokens.count == 1, let value = Numbers.digitValue(response.tokens[0]),
            value >= 1, value <= answers.count
        {
            byNumber = value - 1
        }
        var exact: [Int] = []
        var close: [(index: Int, distance: Int)] = []
        for (index, answer) in answers.enumerated() {
            let result = judge(response, against: answer)
            if result.verdict == .correct { exact.append(index) }
            if result.verdict == .close { close.append((index, result.distance)) }
        }
        var byText: (Int, Verdict)?
        if exact.count == 1 {
            byText = (exact[0], .correct)
        } else if exact.isEmpty, let nearest = close.min(by: { $0.distance < $1.distance }),
            close.filter({ $0.distance == nearest.distance }).count == 1
        {
            byText = (nearest.index, .close)
        } else if exact.isEmpty, close.isEmpty {
            byText = AnswerMatcher.uniqueWordReading(response, among: answers).map { ($0, .correct) }
        }
        switch (byNumber, byText) {
        case (let number?, let text?): return number == text.0 ? (number, .correct) : nil
        case (let number?, nil): return exact.count > 1 ? nil : (number, .correct)
        case (nil, let text?): return text
        case (nil, nil): return nil
        }
    }

    /// The option whose text alone contains the response's words, when one of them (of 4 letters
    /// or more, 3 in Arabic, not a number word) is in no other option ("Madrid" for "Madrid
    /// summit" beside "Vilnius summit", "Europe" for "Senior Director for Europe"): the options
    /// are on screen, so a word no other option shares tells them apart.
    static func uniqueWordReading(_ response: NormalizedText, among answers: [AcceptedAnswers]) -> Int? {
        var found: Int?
        for (index, answer) in answers.enumerated() {
            let otherWords = answers.indices.filter { $0 != index }.flatMap { answers[$0].forms.flatMap(\.tokens) }
            let contains = answer.forms.contains { form in
                form.tokens.count > response.tokens.count && form.tokens.containsRun(response.tokens)
            }
            guard contains,
                response.tokens.contains(where: { word in
                    let length = word.unicodeScalars.count
                    let isArabic = word.unicodeScalars.first.map { ArabicNormalizer.isArabicLetter($0.value) } ?? false
                    return length >= (isArabic ? 3 : 4) && NumberWords.table[WordKey(word)] == nil
                        && !otherWords.contains { WordKey.sameBytes($0, word) }
                })
            else { continue }
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// The 0-based order a response of option numbers gives ("2 1 3", "213"), or nil when it is
    /// not a list of distinct option numbers.
    static func numberedOrder(_ text: NormalizedText, count: Int) -> [Int]? {
        guard !text.isEmpty, text.tokens.allSatisfy({ Numbers.digitValue($0) != nil }) else { return nil }
        var numbers: [Int]
        if text.tokens.count == 1, count > 1, count < 10, text.tokens[0].utf8.count == count {
            numbers = text.tokens[0].utf8.map { Int($0 - 0x30) }
        } else {
            numbers = text.tokens.compactMap(Numbers.digitValue)
        }
        numbers = numbers.map { $0 - 1 }
        guard numbers.count == count, Set(numbers) == Set(0..<count) else { return nil }
        return numbers
    }
}

extension Array where Element == String {
    /// Whether `run` appears in this array as consecutive elements.
    func containsRun(_ run: [String]) -> Bool {
        guard !run.isEmpty, run.count <= count else { return false }
        return (0...(count - run.count)).contains { start in Array(self[start..<(start + run.count)]) == run }
    }
}
