/// Whether a text gives a card's answer away, read as the quality gate reads prompts.
extension DeckCard {
    /// The first answer text or accepted response whose words occur in a row in one of `texts`
    /// (the first word possibly with a proclitic, as in «وواشنطن»); nil when none does.
    public func answerLeak(in texts: [String]) -> String? {
        let haystacks = texts.map { WordHashes($0, clitics: true) }
        for needle in answer.allStrings + accept {
            let words = WordHashes(needle)
            if !words.words.isEmpty, haystacks.contains(where: { $0.contains(words) }) { return needle }
        }
        return nil
    }

    /// `label` (a deck id such as `nato-washington-summit`, shown beside the question) with each
    /// part that is a word of the answer replaced by `…` (`nato-…-summit`); nil when what is left
    /// still gives the answer away or nothing but `…` is left.
    public func labelHidingAnswer(_ label: String) -> String? {
        guard answerLeak(in: [label]) != nil else { return label }
        let answerWords = Set((answer.allStrings + accept).flatMap { WordHashes($0).words })
        var hidden = false
        let parts = label.split(separator: "-", omittingEmptySubsequences: false).map { part -> String in
            let words = WordHashes(String(part)).words
            guard !words.isEmpty, words.contains(where: answerWords.contains) else { return String(part) }
            hidden = true
            return "…"
        }
        let masked = parts.joined(separator: "-")
        guard hidden, parts.contains(where: { $0 != "…" && !$0.isEmpty }), answerLeak(in: [masked]) == nil else {
            return nil
        }
        return masked
    }
}
