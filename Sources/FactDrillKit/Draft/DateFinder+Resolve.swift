import Foundation

/// Dates written without all their parts, resolved against the publication date: a day and month
/// without a year, «يونيو الماضي», «العام الماضي», «أمس», «يوم الخميس المقبل».
extension DateFinder {
    func stripWaw(_ word: DraftWord) -> DraftWord {
        guard word.key.hasPrefix("و") else { return word }
        let text = String(word.text.drop { $0 == "و" })
        return DraftWord(text: text, range: word.range, before: word.before)
    }

    /// The length of the same month named in the other system right after a month: «يونيو/حزيران»,
    /// «فبراير (شباط)», «فبراير شباط» (nil if none).
    static func otherSystemMonth(_ words: [DraftWord], at index: Int) -> Int? {
        guard index < words.count, words[index].isArabic, let other = month(in: words, at: index) else { return nil }
        return other.length
    }

    func dated(_ words: [DraftWord], from start: Int, day: Int, month: Int, after: Int) -> DateMention? {
        var end = after
        // «السابع من أكتوبر/تشرين الأول الماضي»: the same month in the other system.
        if let other = Self.otherSystemMonth(words, at: end) { end += other }
        if end < words.count, let year = Self.year(words[end]) {
            end += 1
            guard let date = PartialDate(year: year, month: month, day: day) else { return nil }
            return DateMention(range: start..<end, date: date, end: nil, relative: false, note: nil)
        }
        // «20 يوليو الماضي»: the last such day before the publication (or the next one after it).
        if end < words.count, words[end].reads(Self.past) || words[end].reads(Self.next), let published {
            let forward = words[end].reads(Self.next)
            var year = published.year
            let pubMonth = published.month ?? 12
            let pubDay = published.day ?? 31
            if forward {
                if month < pubMonth || month == pubMonth && day <= pubDay { year += 1 }
            } else if month > pubMonth || month == pubMonth && day >= pubDay {
                year -= 1
            }
            return DateMention(
                range: start..<end + 1, date: PartialDate(year: year, month: month, day: day), end: nil, relative: true,
                note: nil)
        }
        // A day and month without a year: the publication's year (the nearest such date).
        guard let published else {
            return DateMention(
                range: start..<end, date: nil, end: nil, relative: true,
                note: "a day and month without a year, and no publication date")
        }
        // (More than a month after the publication in a sentence about the past: last year's;
        // more than a month before it in one about the future, or half a year before it: next
        // year's.)
        var year = published.year
        if let month0 = published.month {
            let gap = (month - month0) * 31 + (day - (published.day ?? 15))
            let future = isFuture(words)
            if gap > 31, !future { year -= 1 }
            if gap < -31 && future || gap < -186 { year += 1 }
        }
        return DateMention(
            range: start..<end, date: PartialDate(year: year, month: month, day: day), end: nil, relative: true,
            note: "the year is the publication's")
    }

    func relativeMonth(_ words: [DraftWord], from start: Int, month: Int, after: Int) -> DateMention? {
        if after < words.count, words[after].reads(Self.past) {
            return resolveMonth(month, direction: -1, range: start..<after + 1)
        }
        if after < words.count, words[after].reads(Self.next) {
            return resolveMonth(month, direction: 1, range: start..<after + 1)
        }
        // A bare month ("in June", «في يونيو»): in the publication's year, or the nearest one the
        // sentence's tense points to.
        guard start > 0, words[start - 1].reads(DraftWord.keySet("في in since منذ خلال during by")) else { return nil }
        return resolveMonth(month, direction: isFuture(words) ? 1 : 0, range: start..<after)
    }

    func resolveMonth(_ month: Int, direction: Int, range: Range<Int>) -> DateMention {
        guard let published else {
            return DateMention(range: range, date: nil, end: nil, relative: true, note: "no publication date")
        }
        guard let current = published.month else {
            if direction == 0 {
                return DateMention(
                    range: range, date: PartialDate(year: published.year, month: month), end: nil, relative: true,
                    note: "the year is the publication's")
            }
            return DateMention(
                range: range, date: nil, end: nil, relative: true, note: "the publication date has no month")
        }
        var year = published.year
        switch direction {
        case -1: if month >= current { year -= 1 }
        case 1: if month <= current { year += 1 }
        default: if month > current + 1 { year -= 1 }
        }
        return DateMention(
            range: range, date: PartialDate(year: year, month: month), end: nil, relative: true, note: nil)
    }

    func relativeUnit(_ unit: Int, offset: Int, range: Range<Int>) -> DateMention {
        guard let published else {
            return DateMention(range: range, date: nil, end: nil, relative: true, note: "no publication date")
        }
        switch unit {
        case 0:
            return DateMention(
                range: range, date: PartialDate(year: published.year + offset), end: nil, relative: true, note: nil)
        case 1:
            guard let month = published.month else {
                return DateMention(
                    range: range, date: nil, end: nil, relative: true, note: "the publication date has no month")
            }
            let total = published.year * 12 + (month - 1) + offset
            return DateMention(
                range: range, date: PartialDate(year: total / 12, month: total % 12 + 1), end: nil, relative: true,
                note: nil)
        default:
            guard let day = published.day, let month = published.month else {
                return DateMention(
                    range: range, date: nil, end: nil, relative: true, note: "a week needs a publication day")
            }
            let shifted = DraftCalendar.adding(7 * offset, to: (published.year, month, day))
            return DateMention(
                range: range, date: PartialDate(year: shifted.0, month: shifted.1), end: nil, relative: true,
                note: "a week: kept at its month")
        }
    }

    func relativeDays(_ offset: Int, range: Range<Int>) -> DateMention {
        guard let published, let month = published.month, let day = published.day else {
            return DateMention(
                range: range, date: published, end: nil, relative: true,
                note: published == nil ? "no publication date" : "kept at the publication's precision")
        }
        let date = DraftCalendar.adding(offset, to: (published.year, month, day))
        return DateMention(
            range: range, date: PartialDate(year: date.0, month: date.1, day: date.2), end: nil, relative: true,
            note: nil)
    }

    func resolveWeekday(_ weekday: Int, direction: Int, range: Range<Int>, explicit: Bool = true) -> DateMention {
        guard let published, let month = published.month, let day = published.day,
            let today = Weekdays.weekday(of: published)
        else {
            return DateMention(
                range: range, date: published, end: nil, relative: true,
                note: published == nil
                    ? "no publication date" : "a weekday: kept at the publication's precision (it has no day)")
        }
        var offset: Int
        if direction < 0 {
            offset = -((today - weekday + 7) % 7)
            if explicit, offset == 0 { offset = -7 }
        } else {
            offset = (weekday - today + 7) % 7
            if explicit, offset == 0 { offset = 7 }
        }
        let date = DraftCalendar.adding(offset, to: (published.year, month, day))
        return DateMention(
            range: range, date: PartialDate(year: date.0, month: date.1, day: date.2), end: nil, relative: true,
            note: explicit ? nil : "a weekday read by the sentence's tense")
    }
}
