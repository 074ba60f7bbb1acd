import Foundation

/// Reads a date typed in any common form into a `PartialDate` at the precision written.
///
/// Forms: `2024`, `2024-06`, `2024-06-09`, `6/2024`, `June 2024`, `Jun. 2024`, `9 July 2024`,
/// `July 9, 2024`, `9th of July 2024`, `the ninth of July 2024`, `9/7/2024`, «حزيران ٢٠٢٤»,
/// «9 يوليو 2024», «9 من يوليو 2024», «التاسع من تموز 2024», «الحادي والعشرين من يوليو 2024»,
/// «كانون الثاني 2024», «عام 2022م»; a weekday may stand before or after a date to the day
/// ("Tuesday, 9 July 2024", «يوم الثلاثاء 9 يوليو 2024») and must then be the date's weekday, or
/// the text is no date. A day may be written as a number word in any form `Numbers` reads (the
/// generator's ordinals among them), never a month or a year. Numeric day/month/year is read
/// day first, as Arabic and most of the world write it (`9/7/2024` is 9 July); it is read month
/// first only when the second number cannot be a month (`7/29/2024`). Two-digit years are not
/// dates.
enum DateAnswer {
    /// The date the normalized tokens denote, or nil when they are not (only) a date.
    static func parse(_ text: NormalizedText) -> PartialDate? {
        guard var items = items(text.tokens) else { return nil }
        let weekdays = items.compactMap { item -> Int? in
            if case .weekday(let weekday) = item { return weekday }
            return nil
        }
        guard weekdays.count <= 1 else { return nil }
        items.removeAll { if case .weekday = $0 { true } else { false } }
        guard let date = date(from: items) else { return nil }
        if let weekday = weekdays.first, Weekdays.weekday(of: date) != weekday { return nil }
        return date
    }

    /// Whether a response's date answers a question whose answer is `answer`: the same date at the
    /// answer's precision, written as precisely or more ("9 July 2024" answers `2024-07` and
    /// `2024`; "July 2024" does not answer `2024-07-09`).
    static func agrees(_ response: PartialDate, with answer: PartialDate) -> Bool {
        response.precision >= answer.precision && response.truncated(to: answer.precision) == answer
    }

    /// A piece of a date.
    enum Item: Equatable {
        case number(Int, digits: Int)
        case month(Int)
        /// A day written in words: «التاسع», "ninth", «الحادي والعشرين».
        case dayWord(Int)
        /// 0 = Sunday … 6 = Saturday.
        case weekday(Int)
    }

    /// Words that may surround a date without changing it.
    private static let fillers: Set<WordKey> = {
        let words = [
            "in", "on", "of", "year", "month", "day", "ad", "ce", "في", "من", "عام", "العام", "سنة", "السنة",
            "شهر", "يوم", "م", "ميلادي", "ميلادية", "الميلادي", "الميلادية",
        ]
        return Set(words.flatMap { TextNormalizer.normalize($0).tokens }.map(WordKey.init))
    }()

    private static let ordinalSuffixes: Set<WordKey> = [WordKey("st"), WordKey("nd"), WordKey("rd"), WordKey("th")]

    /// The date items of the tokens; nil if a token is neither a date piece nor a filler.
    private static func items(_ tokens: [String]) -> [Item]? {
        var items: [Item] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let key = WordKey(token)
            index += 1
            if let first = token.utf8.first, (0x30...0x39).contains(first) {
                guard token.utf8.count <= 4, let value = Numbers.digitValue(token) else { return nil }
                items.append(.number(value, digits: token.utf8.count))
                if index < tokens.count, token.utf8.count <= 2, ordinalSuffixes.contains(WordKey(tokens[index])) {
                    index += 1
                }
            } else if let second = MonthNames.pairs[key], index < tokens.count,
                let month = second[WordKey(tokens[index])]
            {
                items.append(.month(month))
                index += 1
            } else if let month = MonthNames.single[key] {
                items.append(.month(month))
            } else if let weekday = Weekdays.names[key], dayWord(tokens, at: index - 1, length: 2) == nil {
                // «الأحد» and «الاثنين» are number words too, but a weekday unless they start one
                // («أحد عشر»).
                items.append(.weekday(weekday))
            } else if let (day, length) = dayWord(tokens, at: index - 1) {
                items.append(.dayWord(day))
                index += length - 1
            } else if !fillers.contains(key) {
                return nil
            }
            if items.count > 4 { return nil }
        }
        return items
    }

    /// The day (1-31) that number words starting at `start` denote and how many tokens they take,
    /// the longest reading first (up to three words: «الحادي و العشرين»).
    private static func dayWord(_ tokens: [String], at start: Int) -> (day: Int, length: Int)? {
        for length in stride(from: min(3, tokens.count - start), through: 1, by: -1) {
            if let day = dayWord(tokens, at: start, length: length) { return (day, length) }
        }
        return nil
    }

    /// The day (1-31) that exactly `length` number words at `start` denote, or nil; a
    /// connector («و», "and") only between two of them.
    private static func dayWord(_ tokens: [String], at start: Int, length: Int) -> Int? {
        guard length >= 1, start + length <= tokens.count else { return nil }
        let run = tokens[start..<(start + length)]
        for (offset, token) in run.enumerated() {
            switch NumberWords.table[WordKey(token)] {
            case .unit?, .teen?, .tenMarker?, .tens?: continue
            case .connector? where offset > 0 && offset < length - 1: continue
            default: return nil
            }
        }
        guard let day = Numbers.value(ofTokens: run), (1...31).contains(day) else { return nil }
        return day
    }

    /// The date the items form, or nil.
    private static func date(from items: [Item]) -> PartialDate? {
        switch items.count {
        case 1:
            guard case .number(let year, 4) = items[0] else { return nil }
            return PartialDate(year: year)
        case 2:
            switch (items[0], items[1]) {
            case (.month(let m), .number(let y, 4)), (.number(let y, 4), .month(let m)):
                return PartialDate(year: y, month: m)
            case (.number(let m, let digits), .number(let y, 4)) where digits <= 2,
                (.number(let y, 4), .number(let m, let digits)) where digits <= 2:
                return PartialDate(year: y, month: m)
            default:
                return nil
            }
        case 3:
            return dayDate(items)
        default:
            return nil
        }
    }

    /// A date to the day from three items.
    private static func dayDate(_ items: [Item]) -> PartialDate? {
        switch (items[0], items[1], items[2]) {
        case (.number(let d, let dd), .month(let m), .number(let y, 4)) where dd <= 2,
            (.month(let m), .number(let d, let dd), .number(let y, 4)) where dd <= 2,
            (.number(let y, 4), .month(let m), .number(let d, let dd)) where dd <= 2:
            return PartialDate(year: y, month: m, day: d)
        case (.dayWord(let d), .month(let m), .number(let y, 4)), (.month(let m), .dayWord(let d), .number(let y, 4)):
            return PartialDate(year: y, month: m, day: d)
        case (.number(let y, 4), .number(let m, let md), .number(let d, let dd)) where md <= 2 && dd <= 2:
            return PartialDate(year: y, month: m, day: d)
        case (.number(let a, let ad), .number(let b, let bd), .number(let y, 4)) where ad <= 2 && bd <= 2:
            // Day first unless only the month-first reading is a date.
            if a <= 12, b > 12 { return PartialDate(year: y, month: a, day: b) }
            return PartialDate(year: y, month: b, day: a)
        default:
            return nil
        }
    }
}
