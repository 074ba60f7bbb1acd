import Foundation

/// Finds the dates of a sentence (`DateMention`).
struct DateFinder {
    /// The publication date, if known.
    let published: PartialDate?

    static let past = DraftWord.keySet("الماضي الماضية المنصرم المنصرمة المنقضي السابق السابقة last past previous")
    static let next = DraftWord.keySet("المقبل المقبلة القادم القادمة التالي next coming")
    static let current = DraftWord.keySet("الجاري الجارية الحالي الحالية this current")
    static let yearWords = DraftWord.keySet("عام العام سنة السنة year")
    static let monthWords = DraftWord.keySet("الشهر شهر month")
    static let weekWords = DraftWord.keySet("الأسبوع أسبوع week")
    static let dayWord = DraftWord.keySet("يوم اليوم on")
    static let today = DraftWord.keySet("اليوم today tonight")
    static let yesterday = DraftWord.keySet("أمس الأمس امس البارحة yesterday")
    static let tomorrow = DraftWord.keySet("غدا غداً tomorrow")
    static let of = DraftWord.keySet("من of")
    static let between = DraftWord.keySet("بين between from من")
    static let futureMarks = DraftWord.keySet(
        "سوف سيكون ستكون سيعقد ستعقد المقرر المقرره مقرر يعتزم تعتزم will shall scheduled upcoming expected"
    )

    /// The date mentions of a sentence, in order, none overlapping.
    func mentions(in words: [DraftWord]) -> [DateMention] {
        var found: [DateMention] = []
        var index = 0
        while index < words.count {
            if let mention = mention(in: words, at: index) {
                found.append(mention)
                index = mention.range.upperBound
            } else {
                index += 1
            }
        }
        // «يوم السبت 15 أبريل 2023»: a weekday written with a date to the day is that date's.
        var merged: [DateMention] = []
        for mention in found {
            if let last = merged.last, last.relative, last.note != nil || last.range.count <= 2,
                mention.date?.day != nil, !mention.relative, mention.range.lowerBound - last.range.upperBound <= 1,
                last.range.contains(where: { Self.weekday(words[$0]) != nil })
            {
                merged[merged.count - 1] = DateMention(
                    range: last.range.lowerBound..<mention.range.upperBound, date: mention.date, end: nil,
                    relative: false,
                    note: nil)
                continue
            }
            merged.append(mention)
        }
        // «… في أكتوبر 2020، بعد أيام من تولي … في سبتمبر من العام نفسه».
        for (position, mention) in merged.enumerated() where mention.note == DateMention.sameYear {
            guard let year = merged[..<position].last(where: { $0.date != nil })?.date?.year,
                let month = mention.month
            else { continue }
            merged[position] = DateMention(
                range: mention.range, date: PartialDate(year: year, month: month), end: nil, relative: false, note: nil)
        }
        return merged
    }

    // MARK: One mention

    private func mention(in words: [DraftWord], at index: Int) -> DateMention? {
        let word = words[index]
        // «عام 2026», "the year 2020": the word "year" belongs to the date.
        if word.reads(Self.yearWords), index + 1 < words.count, let year = Self.year(words[index + 1]),
            !(index + 2 < words.count && Self.year(words[index + 2]) != nil)
        {
            return DateMention(
                range: index..<index + 2, date: PartialDate(year: year), end: nil, relative: false, note: nil)
        }
        // «عام 1453», "founded in 1856": a year before 1900 only after a word that makes it one.
        // ("employs 1500 people in 1200 offices": not before a noun it counts.)
        if index > 0, let year = Self.historicYear(word),
            words[index - 1].reads(Self.yearWords) || words[index - 1].key == "in"
                || words[index - 1].reads(DraftWord.keySet("في since منذ")),
            index + 1 == words.count || !words[index + 1].before.trimmingCharacters(in: .whitespaces).isEmpty
                || words[index + 1].reads(DraftWord.keySet("and when after before but as by with حين عندما بعد قبل"))
                || words[index + 1].text.hasPrefix("و")
        {
            let start = words[index - 1].reads(Self.yearWords) ? index - 1 : index
            return DateMention(
                range: start..<index + 1, date: PartialDate(year: year), end: nil, relative: false, note: nil)
        }
        // A year, or a range of years: "2019-2023", "between 2019 and 2023", «بين عامي 2019 و2023».
        // («حاجز 2000 دولار», "$2,000", "2000 euros": an amount.)
        let amount =
            index + 1 < words.count
            && words[index + 1].reads(DraftWord.keySet("دولار دولارا يورو جنيه درهم ريال dollars euros pounds yen"))
            || word.before.contains(where: { "$€£".contains($0) })
        if let start = Self.year(word), !amount {
            func range(_ length: Int, to end: Int) -> DateMention {
                DateMention(
                    range: index..<index + length, date: PartialDate(year: start), end: PartialDate(year: end),
                    relative: false, note: nil)
            }
            if index + 1 < words.count, let end = Self.year(words[index + 1]), end > start,
                words[index + 1].before.contains(where: { "-–—/".contains($0) })
            {
                return range(2, to: end)
            }
            let afterBetween = index > 0 && words[max(0, index - 2)..<index].contains { $0.reads(Self.between) }
            if afterBetween, index + 2 < words.count, ["and", "to"].contains(words[index + 1].key),
                let end = Self.year(words[index + 2]), end > start
            {
                return range(3, to: end)
            }
            if afterBetween, index + 1 < words.count, words[index + 1].key.hasPrefix("و"),
                let end = Self.year(stripWaw(words[index + 1])), end > start
            {
                return range(2, to: end)
            }
            return DateMention(
                range: index..<index + 1, date: PartialDate(year: start), end: nil, relative: false, note: nil)
        }
        // DAY MONTH [YEAR]; DAY(ordinal) من MONTH [YEAR]; "9-11 July 2024" (the first day).
        if let day = Self.day(word), let (month, length) = Self.month(in: words, at: index + 1) {
            if index > 0, word.before.contains(where: { "-–".contains($0) }), let first = Self.day(words[index - 1]),
                first < day
            {
                return dated(words, from: index - 1, day: first, month: month, after: index + 1 + length)
            }
            return dated(words, from: index, day: day, month: month, after: index + 1 + length)
        }
        // «في الثامن من الشهر الماضي», «في 30 من الشهر الجاري»: a day of a relative month.
        if let day = Self.day(word) ?? DraftOrdinals.ordinal(in: words, at: index).map({ $0.value }),
            (1...31).contains(day)
        {
            let length = Self.day(word) != nil ? 1 : DraftOrdinals.ordinal(in: words, at: index)!.length
            let at = index + length
            if at + 2 < words.count, words[at].reads(Self.of), words[at + 1].reads(Self.monthWords) {
                let qualifier = words[at + 2]
                let offset =
                    qualifier.reads(Self.past)
                    ? -1 : qualifier.reads(Self.next) ? 1 : qualifier.reads(Self.current) ? 0 : nil
                if let offset, let published, let month = published.month {
                    let total = published.year * 12 + (month - 1) + offset
                    return DateMention(
                        range: index..<at + 3, date: PartialDate(year: total / 12, month: total % 12 + 1, day: day),
                        end: nil,
                        relative: true, note: nil)
                }
            }
        }
        if let ordinal = DraftOrdinals.ordinal(in: words, at: index), (1...31).contains(ordinal.value),
            index + ordinal.length < words.count, words[index + ordinal.length].reads(Self.of),
            let (month, length) = Self.month(in: words, at: index + ordinal.length + 1)
        {
            return dated(
                words, from: index, day: ordinal.value, month: month, after: index + ordinal.length + 1 + length)
        }
        // MONTH [/MONTH] DAY[,] YEAR; MONTH YEAR; MONTH [الماضي|المقبل]; "last June".
        if let (month, length) = Self.month(in: words, at: index) {
            var after = index + length
            // «يونيو/حزيران», «فبراير (شباط)»: the same month in the other system.
            if let other = Self.otherSystemMonth(words, at: after) { after += other }
            if after < words.count, !words[after].isArabic, let day = Self.day(words[after]),
                Self.year(words[after]) == nil
            {
                return dated(words, from: index, day: day, month: month, after: after + 1)
            }
            // "April last year", «أبريل من العام الماضي».
            var at = after
            if at < words.count, words[at].reads(Self.of) { at += 1 }
            // «في سبتمبر/أيلول من العام نفسه»: the year of the date before it in the sentence
            // (filled in by `mentions(in:)`).
            if at + 1 < words.count, words[at].reads(Self.yearWords),
                words[at + 1].reads(DraftWord.keySet("نفسه ذاته"))
            {
                return DateMention(
                    range: index..<at + 2, date: nil, end: nil, relative: true, note: DateMention.sameYear,
                    month: month)
            }
            if at + 1 < words.count, words[at + 1].reads(Self.yearWords) || words[at].reads(Self.yearWords),
                let published
            {
                let (unit, qualifier) = words[at].reads(Self.yearWords) ? (at, at + 1) : (at + 1, at)
                if qualifier < words.count {
                    let offset =
                        words[qualifier].reads(Self.past)
                        ? -1 : words[qualifier].reads(Self.next) ? 1 : words[qualifier].reads(Self.current) ? 0 : nil
                    if let offset {
                        return DateMention(
                            range: index..<max(unit, qualifier) + 1,
                            date: PartialDate(year: published.year + offset, month: month),
                            end: nil, relative: true, note: nil)
                    }
                }
            }
            if after < words.count, let year = Self.year(words[after]) {
                return DateMention(
                    range: index..<after + 1, date: PartialDate(year: year, month: month), end: nil, relative: false,
                    note: nil)
            }
            return relativeMonth(words, from: index, month: month, after: after)
        }
        // عام/العام 2022 is read by the year itself; relative years, months, weeks and days.
        if word.reads(Self.yearWords) || word.reads(Self.monthWords) || word.reads(Self.weekWords) {
            if index + 1 < words.count {
                let following = words[index + 1]
                let unit = word.reads(Self.yearWords) ? 0 : word.reads(Self.monthWords) ? 1 : 2
                if following.reads(Self.past) { return relativeUnit(unit, offset: -1, range: index..<index + 2) }
                if following.reads(Self.next) { return relativeUnit(unit, offset: 1, range: index..<index + 2) }
                if following.reads(Self.current) { return relativeUnit(unit, offset: 0, range: index..<index + 2) }
            }
        }
        // "last year", "next month", "this week".
        if index + 1 < words.count, !word.isArabic {
            let following = words[index + 1]
            let unit =
                following.reads(Self.yearWords)
                ? 0 : following.reads(Self.monthWords) ? 1 : following.reads(Self.weekWords) ? 2 : -1
            if unit >= 0 {
                if word.key == "last" || word.key == "past" {
                    return relativeUnit(unit, offset: -1, range: index..<index + 2)
                }
                if word.key == "next" { return relativeUnit(unit, offset: 1, range: index..<index + 2) }
                if word.key == "this" { return relativeUnit(unit, offset: 0, range: index..<index + 2) }
            }
            if word.key == "last" || word.key == "next", let (month, length) = Self.month(in: words, at: index + 1) {
                return resolveMonth(month, direction: word.key == "last" ? -1 : 1, range: index..<index + 1 + length)
            }
            if word.key == "last" || word.key == "next", let weekday = Self.weekday(following) {
                return resolveWeekday(weekday, direction: word.key == "last" ? -1 : 1, range: index..<index + 2)
            }
        }
        // [يوم] WEEKDAY [الماضي|المقبل]; "on Tuesday".
        if let weekday = Self.weekday(word) {
            var end = index + 1
            var direction = 0
            if end < words.count, words[end].reads(Self.past) {
                direction = -1
                end += 1
            } else if end < words.count, words[end].reads(Self.next) {
                direction = 1
                end += 1
            }
            let start = index > 0 && words[index - 1].reads(Self.dayWord) ? index - 1 : index
            if direction == 0 { direction = isFuture(words) ? 1 : -1 }
            return resolveWeekday(weekday, direction: direction, range: start..<end, explicit: end > index + 1)
        }
        // «أمس الجمعة», "yesterday": the weekday after it is the same day.
        let sameDay = index + 1 < words.count && Self.weekday(words[index + 1]) != nil ? 2 : 1
        // «أول أمس», «أمس الأول»: the day before yesterday.
        if word.reads(Self.yesterday), index > 0, words[index - 1].reads(DraftWord.keySet("أول")) {
            return relativeDays(-2, range: index - 1..<index + sameDay)
        }
        if word.reads(Self.yesterday), index + 1 < words.count, words[index + 1].reads(DraftWord.keySet("الأول")) {
            let same = index + 2 < words.count && Self.weekday(words[index + 2]) != nil ? 3 : 2
            return relativeDays(-2, range: index..<index + same)
        }
        if word.reads(Self.yesterday) { return relativeDays(-1, range: index..<index + sameDay) }
        if word.reads(Self.tomorrow) { return relativeDays(1, range: index..<index + sameDay) }
        if word.reads(Self.today), !(index + 1 < words.count && Self.weekday(words[index + 1]) != nil) {
            // «اليوم» is also "the day" (يوم الخميس is read above) and "today's world": only alone.
            return relativeDays(0, range: index..<index + 1)
        }
        return nil
    }
}
