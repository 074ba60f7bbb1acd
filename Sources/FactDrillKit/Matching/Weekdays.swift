import Foundation

/// Weekday names in English (full and abbreviated) and Arabic, and the weekday of a date: a
/// response may name the day of the week before or after a date ("Tuesday, 9 July 2024",
/// «يوم الثلاثاء 9 يوليو 2024»), and it is a date only when that day is the right one.
enum Weekdays {
    /// Weekday names, normalized, to weekday numbers (0 = Sunday … 6 = Saturday).
    static let names: [WordKey: Int] = {
        let lists = [
            "sunday sun الأحد",
            "monday mon الاثنين الإثنين",
            "tuesday tue tues الثلاثاء الثلاثا",
            "wednesday wed الأربعاء الأربعا",
            "thursday thu thur thurs الخميس",
            "friday fri الجمعة",
            "saturday sat السبت",
        ]
        var table: [WordKey: Int] = [:]
        for (weekday, list) in lists.enumerated() {
            for word in list.split(separator: " ") {
                for token in TextNormalizer.normalize(String(word)).tokens { table[WordKey(token)] = weekday }
            }
        }
        return table
    }()

    /// The weekday of a date to the day (0 = Sunday … 6 = Saturday) in the proleptic Gregorian
    /// calendar; nil for a date without a day.
    static func weekday(of date: PartialDate) -> Int? {
        guard let month = date.month, let day = date.day else { return nil }
        // Days since 1970-01-01 (a Thursday), counting years from March so that a leap day
        // ends its year (H. Hinnant's days_from_civil).
        let year = month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return ((days + 4) % 7 + 7) % 7
    }
}
