/// A committed list of words and phrases, compared in the matcher's normalized form
/// (`TextNormalizer`): case, Arabic letter variants, the article ال and punctuation do not matter.
struct PhraseList: Sendable {
    /// Each phrase's normalized tokens.
    private let phrases: [[Substring]]
    private let normalized: [String]

    init(_ phrases: [String]) {
        normalized = phrases.map { TextNormalizer.normalize($0).text }.filter { !$0.isEmpty }
        self.phrases = normalized.map { $0.split(separator: " ") }
    }

    /// The tokens of `text` in the normalized form.
    static func tokens(_ text: String) -> [Substring] {
        TextNormalizer.normalize(text).text.split(separator: " ")
    }

    /// The first phrase found as whole consecutive tokens of `text`, nil if none.
    func firstMatch(in text: String) -> String? {
        firstMatch(inTokens: Self.tokens(text))
    }

    /// The first phrase found as whole consecutive tokens of `tokens`, nil if none.
    func firstMatch(inTokens tokens: [Substring]) -> String? {
        for (index, phrase) in phrases.enumerated() where !phrase.isEmpty && phrase.count <= tokens.count {
            for start in 0...(tokens.count - phrase.count)
            where tokens[start..<(start + phrase.count)].elementsEqual(phrase) {
                return normalized[index]
            }
        }
        return nil
    }

    /// Whether `text` holds one of the phrases.
    func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    /// Whether the tokens start with one of the phrases.
    func isPrefix(of tokens: [Substring]) -> Bool {
        phrases.contains { !$0.isEmpty && $0.count <= tokens.count && tokens.prefix($0.count).elementsEqual($0) }
    }

    /// Whether the tokens end with one of the phrases.
    func isSuffix(of tokens: [Substring]) -> Bool {
        phrases.contains { !$0.isEmpty && $0.count <= tokens.count && tokens.suffix($0.count).elementsEqual($0) }
    }
}
