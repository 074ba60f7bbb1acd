import Foundation

/// Reads a date typed in any common form into a `PartialDate` at the precision written.
///
/// Forms: `2024`, `2024-06`, `2024-06-09`, `6/2024`, `June 2024`, `Jun. 2024`, `9 July 2024`,
/// `July 9, 2024`, `9th of July 2024`, `9/7/2024`, «حزيران ٢٠٢٤», «9 يوليو 2024»,
/// «كانون الثاني 2024», «عام 2022م». Numeric day/month/year is read day first, as Arabic and
/// most of the world write it (`9/7/2024` is 9 July); it is read month first only when the
/// second number cannot be a month (`7/29/2024`). Two-digit years are not dates.
enum DateAnswer {
    /// The date the normalized tokens denote, or nil when they are not (only) a date.
    static func parse(_ text: NormalizedText) -> PartialDate? {
        guard let items = items(text.tokens) else { return nil }
        return date(from: items)
    }

    /// A piece of a date.
    enum Item: Equatable {
        case number(Int, digits: Int)
        case month(Int)
    }

    /// Words that may surround a date without changing it.
    private static let fillers: Set<WordKey> = {
        let words = [
            "in", "on", "of", "year", "month", "day", "ad", "ce", "في", "عام", "العام", "سنة", "السنة",
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
            } else if !fillers.contains(key) {
                return nil
            }
            if items.count > 3 { return nil }
        }
        return items
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
