import Foundation

/// Month names in English (full and abbreviated) and in the Arabic systems: the Egyptian/Gulf
/// names (يناير … ديسمبر, with يونيه/يوليه), the Levantine/Iraqi ones (كانون الثاني … كانون الأول)
/// and the Maghrebi ones (جانفي … ديسمبر).
enum MonthNames {
    /// One-word month names, normalized, to month numbers.
    static let single: [WordKey: Int] = {
        var table: [WordKey: Int] = [:]
        let lists: [[String]] = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
            ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
            ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ]
        let egyptian = [
            "يناير", "فبراير", "مارس", "أبريل إبريل", "مايو", "يونيو يونيه", "يوليو يوليه",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        ]
        let levantine = ["", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "", "", ""]
        let maghrebi = ["جانفي", "فيفري", "", "أفريل", "ماي", "جوان", "جويلية", "أوت", "", "", "", ""]
        for month in 1...12 {
            var words = lists[month - 1]
            for list in [egyptian, levantine, maghrebi] {
                words += list[month - 1].split(separator: " ").map(String.init)
            }
            for word in words {
                for token in TextNormalizer.normalize(word).tokens { table[WordKey(token)] = month }
            }
        }
        return table
    }()

    /// Two-word Levantine names: (first word, second word) normalized, to month numbers.
    static let pairs: [WordKey: [WordKey: Int]] = {
        let names = [("كانون", "الثاني", 1), ("تشرين", "الأول", 10), ("تشرين", "الثاني", 11), ("كانون", "الأول", 12)]
        var table: [WordKey: [WordKey: Int]] = [:]
        for (first, second, month) in names {
            let a = TextNormalizer.normalize(first).text
            let b = TextNormalizer.normalize(second).text
            table[WordKey(a), default: [:]][WordKey(b)] = month
        }
        return table
    }()
}
