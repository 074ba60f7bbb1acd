import Foundation

/// The number words `Numbers` reads, keyed by their normalized form.
enum NumberWords {
    /// Every number word and filler, normalized like answers are.
    static let table: [WordKey: Numbers.Word] = {
        var table: [WordKey: Numbers.Word] = [:]
        func add(_ words: [String], _ word: Numbers.Word) {
            for text in words {
                for token in TextNormalizer.normalize(text).tokens { table[WordKey(token)] = word }
            }
        }
        let englishUnits = [
            ("one", "first"), ("two", "second"), ("three", "third"), ("four", "fourth"),
            ("five", "fifth"), ("six", "sixth"), ("seven", "seventh"), ("eight", "eighth"),
            ("nine", "ninth"),
        ]
        for (index, pair) in englishUnits.enumerated() { add([pair.0, pair.1], .unit(index + 1)) }
        add(["nineth"], .unit(9))
        let teens = [
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen",
        ]
        for (index, word) in teens.enumerated() {
            let ordinal = index == 2 ? "twelfth" : word + "th"
            add([word, ordinal], .teen(10 + index))
        }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (index, word) in tens.enumerated() {
            add([word, String(word.dropLast()) + "ieth"], .tens(20 + 10 * index))
        }
        add(["hundred", "hundredth"], .hundred)
        add(["a"], .article)
        add(["st", "nd", "rd", "th"], .suffix)
        add(["and", "و"], .connector)
        add(
            [
                "no", "nr", "number", "rank", "ranked", "place", "position", "spot",
                "المركز", "مركز", "المرتبة", "مرتبة", "رقم", "الترتيب", "ترتيب",
            ], .filler)

        // Arabic: masculine and feminine ordinals, cardinals, and the compound forms of 1 and 2.
        let arabicUnits: [[String]] = [
            ["الأول", "الأولى", "الحادي", "الحادية", "أحد", "إحدى", "واحد", "واحدة"],
            ["الثاني", "الثانية", "اثنا", "اثني", "اثنتا", "اثنتي", "اثنان", "اثنين", "اثنتان", "اثنتين"],
            ["الثالث", "الثالثة", "ثلاث", "ثلاثة"],
            ["الرابع", "الرابعة", "أربع", "أربعة"],
            ["الخامس", "الخامسة", "خمس", "خمسة"],
            ["السادس", "السادسة", "ست", "ستة"],
            ["السابع", "السابعة", "سبع", "سبعة"],
            ["الثامن", "الثامنة", "ثمان", "ثماني", "ثمانية"],
            ["التاسع", "التاسعة", "تسع", "تسعة"],
        ]
        for (index, words) in arabicUnits.enumerated() { add(words, .unit(index + 1)) }
        add(["العاشر", "العاشرة"], .teen(10))
        add(["عشر", "عشرة"], .tenMarker)
        let arabicTens = [
            ("عشرون", "عشرين"), ("ثلاثون", "ثلاثين"), ("أربعون", "أربعين"), ("خمسون", "خمسين"),
            ("ستون", "ستين"), ("سبعون", "سبعين"), ("ثمانون", "ثمانين"), ("تسعون", "تسعين"),
        ]
        for (index, pair) in arabicTens.enumerated() {
            add([pair.0, pair.1, "و" + pair.0, "و" + pair.1], .tens(20 + 10 * index))
        }
        add(["المائة", "المئة", "مائة", "مئة", "مية"], .hundred)
        return table
    }()
}
