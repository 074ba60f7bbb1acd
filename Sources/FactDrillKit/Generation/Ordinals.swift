/// Numbers as words and digits: English and Arabic ordinals, Arabic-Indic digits.
enum Ordinals {
    /// `10th`, `21st`, `112th`.
    static func englishNumeral(_ n: Int) -> String {
        let lastTwo = n % 100
        let last = n % 10
        let suffix =
            (11...13).contains(lastTwo) ? "th" : (last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th")
        return "\(n)\(suffix)"
    }

    private static let englishUnits = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ]
    private static let englishTeens = [
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ]
    private static let englishTens = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]
    private static let englishTenths = [
        "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
        "seventieth", "eightieth", "ninetieth",
    ]

    /// `tenth`, `twenty-first`; nil outside 1...100.
    static func englishWord(_ n: Int) -> String? {
        switch n {
        case 1...9: return englishUnits[n]
        case 10...19: return englishTeens[n - 10]
        case 20...99:
            let tens = n / 10
            let units = n % 10
            return units == 0 ? englishTenths[tens] : "\(englishTens[tens])-\(englishUnits[units])"
        case 100: return "hundredth"
        default: return nil
        }
    }

    /// The Arabic ordinal word (العاشر / العاشرة); nil outside 1...100. Built from the words the
    /// matcher reads (`NumberWords.arabicOrdinals`), so every ordinal written here is read back.
    static func arabicWord(_ n: Int, feminine: Bool = false) -> String? {
        let words = NumberWords.arabicOrdinals
        let units = feminine ? words.feminine : words.masculine
        let arabicTens = words.tens
        switch n {
        case 1...10: return units[n]
        case 11: return feminine ? "الحادية عشرة" : "الحادي عشر"
        case 12...19: return units[n - 10] + (feminine ? " عشرة" : " عشر")
        case 20...99:
            let tens = n / 10
            let unit = n % 10
            if unit == 0 { return arabicTens[tens] }
            let first = unit == 1 ? (feminine ? "الحادية" : "الحادي") : units[unit]
            return "\(first) و\(arabicTens[tens])"
        case 100: return "المئة"
        default: return nil
        }
    }

    /// The ordinal in the genitive, as after «في المركز»: the tens take «ين» (الحادي والثلاثين,
    /// العشرين); other ordinals read the same in every case.
    static func arabicGenitiveWord(_ n: Int) -> String? {
        guard let word = arabicWord(n) else { return nil }
        guard (20...99).contains(n), word.hasSuffix("ون") else { return word }
        return String(word.dropLast(2)) + "ين"
    }

    /// `10` written with Arabic-Indic digits: `١٠`.
    static func arabicIndic(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    (0x30...0x39).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x30 + 0x0660)! : scalar
                }))
    }

    /// Every accepted way to write rank `n`: digits (both sets), English numeral and word, Arabic
    /// ordinal in both genders, with and without «المركز».
    static func acceptedRank(_ n: Int) -> [String] {
        var forms = ["\(n)", arabicIndic("\(n)"), englishNumeral(n)]
        if let word = englishWord(n) {
            forms.append(word)
            if word.contains("-") { forms.append(word.replacingOccurrences(of: "-", with: " ")) }
        }
        for feminine in [false, true] {
            if let word = arabicWord(n, feminine: feminine), !forms.contains(word) { forms.append(word) }
        }
        if let word = arabicWord(n) { forms.append("المركز " + word) }
        return forms
    }
}
