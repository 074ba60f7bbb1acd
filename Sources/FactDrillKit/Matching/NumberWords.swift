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

        // Arabic: the ordinals of both genders (arabicOrdinals), cardinals, and the compound forms
        // of 1 and 2.
        let arabicUnits: [[String]] = [
            ["الحادي", "الحادية", "أحد", "إحدى", "واحد", "واحدة"],
            ["اثنا", "اثني", "اثنتا", "اثنتي", "اثنان", "اثنين", "اثنتان", "اثنتين"],
            ["ثلاث", "ثلاثة"], ["أربع", "أربعة"], ["خمس", "خمسة"], ["ست", "ستة"], ["سبع", "سبعة"],
            ["ثمان", "ثماني", "ثمانية"], ["تسع", "تسعة"],
        ]
        let ordinals = arabicOrdinals
        for (index, words) in arabicUnits.enumerated() {
            add([ordinals.masculine[index + 1], ordinals.feminine[index + 1]] + words, .unit(index + 1))
        }
        add([ordinals.masculine[10], ordinals.feminine[10]], .teen(10))
        add(["عشر", "عشرة"], .tenMarker)
        let obliqueTens = ["عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
        for tens in 2...9 {
            let nominative = String(ordinals.tens[tens].dropFirst(2))  // العشرون → عشرون
            let oblique = obliqueTens[tens - 2]
            add([nominative, oblique, "و" + nominative, "و" + oblique], .tens(10 * tens))
        }
        add(["المائة", "المئة", "مائة", "مئة", "مية"], .hundred)
        return table
    }()

    /// The Arabic ordinals as the generator writes them (`Ordinals.arabicWord`), one table for
    /// writing and reading: 1-10 masculine and feminine (index 0 empty), and the tens 20-90
    /// (index 2-9).
    static let arabicOrdinals: (masculine: [String], feminine: [String], tens: [String]) = (
        ["", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"],
        [
            "", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
            "العاشرة",
        ],
        ["", "", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون", "التسعون"]
    )
}
