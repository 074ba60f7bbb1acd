import Foundation

/// Ordinal numbers as news writes them, 1-100 (and English numerals to 999): Arabic in both genders and the genitive
/// («العاشر», «السادسة عشرة», «الحادي والعشرين»), English words and numerals ("tenth", "10th",
/// "twenty-first"). Built from `Ordinals`, the generator's own table, so what the generator writes
/// the drafter reads.
enum DraftOrdinals {
    /// Phrases (word keys) to numbers, by first word.
    static let table: [String: [(words: [String], value: Int)]] = {
        var table: [String: [(words: [String], value: Int)]] = [:]
        func add(_ phrase: String, _ value: Int) {
            let words = DraftWord.keys(of: phrase)
            guard let first = words.first else { return }
            if table[first]?.contains(where: { $0.words == words }) == true { return }
            table[first, default: []].append((words, value))
        }
        for n in 1...100 {
            for feminine in [false, true] {
                if let word = Ordinals.arabicWord(n, feminine: feminine) {
                    add(word, n)
                    add(word.replacingOccurrences(of: "ون", with: "ين"), n)
                }
            }
            if let word = Ordinals.arabicGenitiveWord(n) { add(word, n) }
            if let word = Ordinals.englishWord(n) {
                add(word, n)
                add(word.replacingOccurrences(of: "-", with: " "), n)
            }
            add(Ordinals.englishNumeral(n), n)
        }
        // Adverbs of rank after a verb of placing: «حلّ ثانياً», «جاءت الصين رابعاً». («أولاً» is
        // "firstly" more often than a rank: left out.)
        for (n, word) in ["ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً"]
            .enumerated()
        {
            add(word, n + 2)
        }
        add("الأوّل", 1)
        add("الأولي", 1)
        add("الأخير", -1)
        return table
    }()

    /// The ordinal starting at `index`, with the number of words it takes (longest first).
    static func ordinal(in words: [DraftWord], at index: Int) -> (value: Int, length: Int)? {
        var best: (value: Int, length: Int)?
        for (variant, _) in words[index].variants {
            for entry in table[variant] ?? [] where index + entry.words.count <= words.count {
                let fits = (1..<max(entry.words.count, 1)).allSatisfy { words[index + $0].key == entry.words[$0] }
                if fits, entry.words.count > (best?.length ?? 0) { best = (entry.value, entry.words.count) }
            }
        }
        // "145th", "166th": numerals past the table, as indices of many countries write them.
        if best == nil {
            let text = words[index].text.trimmingCharacters(in: .punctuationCharacters)
            if let suffix = ["st", "nd", "rd", "th"].first(where: { text.hasSuffix($0) }),
                let value = Int(text.dropLast(suffix.count)), (101...999).contains(value)
            {
                best = (value, 1)
            }
        }
        return best
    }
}
