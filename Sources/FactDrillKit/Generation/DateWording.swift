/// Dates in words, per language, at the precision the model holds.
enum DateWording {
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]
    /// The month names used in Egypt and the Gulf (يناير…), the form answers are given in.
    static let arabicMonths = [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
        "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ]
    /// The Levantine/Iraqi month names (كانون الثاني…), accepted too.
    static let levantineMonths = [
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
        "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    ]

    /// `2022`, `June 2024`, `9 July 2024`.
    static func english(_ date: PartialDate) -> String {
        guard let month = date.month else { return "\(date.year)" }
        let monthYear = "\(englishMonths[month - 1]) \(date.year)"
        return date.day.map { "\($0) \(monthYear)" } ?? monthYear
    }

    /// `2022`, «يونيو 2024», «9 يوليو 2024» (Latin digits, as Arabic news sites write them).
    static func arabic(_ date: PartialDate, months: [String] = arabicMonths) -> String {
        guard let month = date.month else { return "\(date.year)" }
        let monthYear = "\(months[month - 1]) \(date.year)"
        return date.day.map { "\($0) \(monthYear)" } ?? monthYear
    }

    /// `2024-07-09` at the date's precision, without `String(format:)` (slow, and called per card).
    static func iso(_ date: PartialDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(date.year)
        var text = String(repeating: "0", count: max(0, 4 - year.count)) + year
        if let month = date.month { text += "-" + two(month) }
        if let day = date.day { text += "-" + two(day) }
        return text
    }

    /// Every accepted way to write `date` at its precision: ISO, English, both Arabic month
    /// systems, each in Latin and Arabic-Indic digits.
    static func accepted(_ date: PartialDate) -> [String] {
        var forms: [String] = []
        func add(_ form: String) {
            for variant in [form, Ordinals.arabicIndic(form)] where !forms.contains(variant) { forms.append(variant) }
        }
        guard let month = date.month else {
            add("\(date.year)")
            return forms
        }
        forms.append(english(date))
        if let day = date.day { forms.append("\(englishMonths[month - 1]) \(day), \(date.year)") }
        add(iso(date))
        add(arabic(date))
        add(arabic(date, months: levantineMonths))
        return forms
    }
}

/// When a role or ranking holds, as the question says it.
enum TimeContext: Hashable, Sendable {
    case asOf(PartialDate)
    case period(Period)
    case none

    /// The fact's `as_of`, else the ranking's `period`, else the article's `published`.
    init(fact: Fact, article: Article) {
        if let asOf = fact.asOf {
            self = .asOf(asOf)
        } else if case .ranking(let ranking) = fact.body, let period = ranking.period {
            self = .period(period)
        } else if let published = article.published {
            self = .asOf(published)
        } else {
            self = .none
        }
    }

    /// A date as numbers, cheaper than its ISO description (which formats with `String(format:)`).
    private static func compact(_ date: PartialDate) -> String {
        "\(date.year).\(date.month ?? 0).\(date.day ?? 0)"
    }

    /// A key for "the same time", used to find two holders of one role at once.
    var key: String {
        switch self {
        case .asOf(let date): return "as-of \(Self.compact(date))"
        case .period(let period): return "period \(Self.compact(period.start))/\(period.end.map(Self.compact) ?? "-")"
        case .none: return "-"
        }
    }
}
