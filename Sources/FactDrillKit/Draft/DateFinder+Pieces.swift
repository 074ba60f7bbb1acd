import Foundation

/// The pieces of a date as words write them: a month's name, a year, a day, a weekday, and
/// whether a sentence speaks of the future.
extension DateFinder {
    static func month(in words: [DraftWord], at index: Int) -> (month: Int, length: Int)? {
        guard index < words.count else { return nil }
        let word = words[index]
        if index + 1 < words.count, let second = MonthNames.pairs[WordKey(word.key)]?[WordKey(words[index + 1].key)] {
            return (second, 2)
        }
        for (variant, stemmed) in word.variants {
            if let month = MonthNames.single[WordKey(variant)] {
                // "may" and "mar" as English words are months only when capitalized.
                if !word.isArabic, !word.isCapitalized { return nil }
                if stemmed, variant.unicodeScalars.count < 3 { continue }
                return (month, 1)
            }
        }
        return nil
    }

    static func year(_ word: DraftWord) -> Int? {
        let first = word.key.split(separator: " ").first.map(String.init) ?? ""
        guard first.count == 4, let value = Int(first), (1900...2100).contains(value) else { return nil }
        let rest = word.key.split(separator: " ").dropFirst()
        guard rest.isEmpty || rest == ["م"] else { return nil }
        return value
    }

    /// A year from 1000 to 1899 as written (a figure too, without a word before it that says).
    static func historicYear(_ word: DraftWord) -> Int? {
        guard word.key.count == 4, let value = Int(word.key), (1000...1899).contains(value),
            !word.before.contains(where: { "$£€".contains($0) })
        else { return nil }
        return value
    }

    static func day(_ word: DraftWord) -> Int? {
        let parts = word.key.split(separator: " ").map(String.init)
        guard let first = parts.first, first.count <= 2, let value = Int(first), (1...31).contains(value) else {
            return nil
        }
        guard parts.count == 1 || (parts.count == 2 && ["st", "nd", "rd", "th"].contains(parts[1])) else { return nil }
        return value
    }

    /// The weekday a word names. In Arabic only with its article («الأحد», «والخميس»): «أحد» is
    /// also "one" («كأحد»).
    static func weekday(_ word: DraftWord) -> Int? {
        if word.isArabic {
            let bare = word.text.drop { "وفب".contains($0) }
            guard bare.hasPrefix("ال") || word.text.hasPrefix("ال") else { return nil }
            // («الواحد» is "the one": ال and «واحد», not «الأحد» behind a و.)
            let name = bare.hasPrefix("ال") ? bare.dropFirst(2) : word.text.dropFirst(2)
            guard let day = Weekdays.names[WordKey(DraftWord.key(of: String(name)))] else { return nil }
            return day
        }
        for (variant, _) in word.variants { if let day = Weekdays.names[WordKey(variant)] { return day } }
        return nil
    }

    func isFuture(_ words: [DraftWord]) -> Bool {
        // ("is set to", "is due to be", "due on": the future; not "who set a record", "due to the rain".)
        let setOrDue = words.indices.contains { at in
            at + 1 < words.count
                && (words[at].lower == "set" && words[at + 1].lower == "to"
                    || words[at].lower == "due"
                        && (words[at + 1].lower == "on"
                            || at + 2 < words.count && words[at + 1].lower == "to"
                                && words[at + 2].lower == "be"))
        }
        return setOrDue
            || words.contains {
                $0.reads(Self.futureMarks) || ($0.isArabic && $0.text.hasPrefix("سي"))
                    || ($0.isArabic && $0.text.hasPrefix("ست"))
            }
    }
}
