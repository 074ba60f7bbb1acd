import Foundation

/// A sentence of an article as the drafter reads it: its text exactly as written (a fact's
/// `evidence`), its words, and where it is in the article.
struct DraftSentence: Sendable {
    /// The sentence as written, trimmed of surrounding spaces.
    let text: String
    /// Its words, in order.
    let words: [DraftWord]
    /// Its position in the article (0-based), for the explanation.
    let index: Int

    init(text: String, index: Int) {
        self.text = text
        self.index = index
        words = Self.words(of: text)
    }

    /// The text from the first to the last of `words[range]`, as written, without quotation
    /// marks, brackets and tatweel around or inside it.
    func phrase(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let raw = text[words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound]
        let dropped: Set<Character> = ["\"", "«", "»", "“", "”", "„", "(", ")", "[", "]", "ـ"]
        let cleaned = String(raw.filter { !dropped.contains($0) })
        return cleaned.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether a comma, semicolon, colon, dash, bracket or quotation mark stands between
    /// `words[index - 1]` and `words[index]`.
    func isBreak(before index: Int) -> Bool {
        guard index > 0, index < words.count else { return true }
        // ("Hans M. Kristensen": the dot of an initial is no break.)
        let marks = words[index].before.filter { !$0.isWhitespace }
        if marks == ".", words[index - 1].text.count == 1, words[index - 1].text.first!.isUppercase { return false }
        // ("Nvidia Corp. overtook Microsoft": the dot of a company's abbreviation, before a word in
        // lower case.)
        if marks == ".", ["Corp", "Inc", "Ltd", "Co"].contains(words[index - 1].text),
            words[index].text.first?.isLowercase == true, !["a", "an", "the"].contains(words[index].text)
        {
            return false
        }
        return words[index].before.contains { Self.breakMarks.contains($0) }
    }

    static let breakMarks: Set<Character> = [
        ",", "،", ";", "؛", ":", "-", "–", "—", "(", ")", "\"", "«", "»", "“", "”", ".", "?", "!", "؟",
    ]

    // MARK: Splitting

    /// The sentences of an article: paragraphs are lines; a sentence ends at . ! ? ؟ followed by a
    /// space, a closing quote or an Arabic letter (news text drops the space: «الأخيرة.ففي»),
    /// except after an abbreviation (U.S., Mr., a single capital letter, a digit before a digit).
    static func split(_ article: String) -> [DraftSentence] {
        var sentences: [DraftSentence] = []
        for line in article.split(omittingEmptySubsequences: true, whereSeparator: { $0.isNewline }) {
            let characters = Array(line)
            var start = 0
            var index = 0
            while index < characters.count {
                if Self.isSentenceEnd(characters, index) {
                    var end = index + 1
                    while end < characters.count, "\"”»')".contains(characters[end]) { end += 1 }
                    append(String(characters[start..<end]), to: &sentences)
                    start = end
                    index = end
                    continue
                }
                index += 1
            }
            if start < characters.count { append(String(characters[start...]), to: &sentences) }
        }
        return sentences
    }

    private static func append(_ text: String, to sentences: inout [DraftSentence]) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains(where: { $0.isLetter }) else { return }
        sentences.append(DraftSentence(text: trimmed, index: sentences.count))
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep", "prof",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc",
        "corp", "ltd", "co", "jr", "sr", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "etc", "approx",
    ]

    private static func isSentenceEnd(_ characters: [Character], _ index: Int) -> Bool {
        let character = characters[index]
        guard ".!?؟".contains(character) else { return false }
        let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
        if character != "." { return next == nil || next!.isWhitespace || "\"”»'".contains(next!) }
        guard let next else { return true }
        if next.isNumber, index > 0, characters[index - 1].isNumber { return false }
        let arabicNext = next.unicodeScalars.first.map { ArabicNormalizer.isArabicLetter($0.value) } ?? false
        guard next.isWhitespace || "\"”»'".contains(next) || arabicNext else { return false }
        // The word before the dot.
        var wordStart = index
        while wordStart > 0, characters[wordStart - 1].isLetter || characters[wordStart - 1] == "." {
            wordStart -= 1
        }
        let word = String(characters[wordStart..<index]).lowercased()
        if abbreviations.contains(word) { return false }
        if word.count == 1, word.first!.isLetter, !arabicNext, characters[wordStart].isUppercase { return false }
        // "U.S. officials": a dotted abbreviation followed by a lower-case word does not end.
        if word.contains("."), !arabicNext {
            var after = index + 1
            while after < characters.count, characters[after].isWhitespace { after += 1 }
            if after < characters.count, characters[after].isLowercase { return false }
        }
        return true
    }

    /// The words of a text: runs of letters, digits and marks; an apostrophe, a hyphen or a dot
    /// between two letters stays inside the word (Indo-Pacific, U.S., O'Brien).
    static func words(of text: String) -> [DraftWord] {
        var words: [DraftWord] = []
        var index = text.startIndex
        var before = ""
        while index < text.endIndex {
            let character = text[index]
            guard isWordCharacter(character) else {
                if !character.isWhitespace { before.append(character) }
                index = text.index(after: index)
                continue
            }
            let start = index
            var end = text.index(after: index)
            while end < text.endIndex {
                let c = text[end]
                if isWordCharacter(c) {
                    end = text.index(after: end)
                    continue
                }
                let after = text.index(after: end)
                // «42.4», "1,200": a point or comma between digits.
                if ".,٫٬".contains(c), after < text.endIndex, text[after].isNumber,
                    text[text.index(before: end)].isNumber
                {
                    end = after
                    continue
                }
                if "'’-.".contains(c), after < text.endIndex, text[after].isLetter,
                    text[text.index(before: end)].isLetter
                {
                    // Keep a dot only in dotted abbreviations (U.S.): a capital before and after it.
                    if c == "." && !(text[text.index(before: end)].isUppercase && text[after].isUppercase) { break }
                    end = after
                    continue
                }
                if c == ".", text[text.index(before: end)].isUppercase,
                    text[text.startIndex..<end].last(where: { $0 != "." }).map({ _ in
                        text[start..<end].contains(".")
                    }) ?? false
                {
                    end = after  // the last dot of U.S.
                    break
                }
                break
            }
            words.append(DraftWord(text: String(text[start..<end]), range: start..<end, before: before))
            before = ""
            index = end
        }
        return words
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
            || character.unicodeScalars.allSatisfy { ArabicNormalizer.isIgnorable($0.value) && $0.value >= 0x0610 }
            || character.unicodeScalars.first.map { (0x064B...0x065F).contains($0.value) || $0.value == 0x0640 }
                ?? false
    }
}
