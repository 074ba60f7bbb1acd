import Foundation

extension PartialDate {
    /// The form a date must have, for messages.
    static let formHint = "write YYYY, YYYY-MM or YYYY-MM-DD"

    /// Whether a text has the shape of a date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` in digits),
    /// whether or not the numbers make a real date.
    static func hasDateShape(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return (1...3).contains(parts.count) && parts[0].count == 4 && parts.dropFirst().allSatisfy({ $0.count == 2 })
            && parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } })
    }

    /// Why a text is not a date, for an analyst; nil if it is one.
    static func diagnosis(of text: String) -> String? {
        if PartialDate(text) != nil { return nil }
        guard hasDateShape(text) else { return "it is not of the form YYYY, YYYY-MM or YYYY-MM-DD" }
        return rangeDiagnosis(ofDateShaped: text)
    }

    /// Which number of a date-shaped text is out of range.
    private static func rangeDiagnosis(ofDateShaped text: String) -> String {
        let numbers = text.split(separator: "-").map { Int($0) ?? 0 }
        if numbers[0] < 1 { return "year must be 1-9999" }
        if numbers.count > 1, !(1...12).contains(numbers[1]) { return "month must be 1-12" }
        let days = daysIn(month: numbers.count > 1 ? numbers[1] : 1, year: numbers[0])
        return "day must be 1-\(days) in \(String(format: "%04d-%02d", numbers[0], numbers.count > 1 ? numbers[1] : 1))"
    }
}

extension Period {
    /// Why a text is not a period (a date or a range `A-B` of dates), for an analyst; nil if it is one.
    static func diagnosis(of text: String) -> String? {
        if Period(text) != nil { return nil }
        if PartialDate.hasDateShape(text) { return PartialDate.diagnosis(of: text) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if parts.count % 2 == 0, parts.count <= 6 {
            let half = parts.count / 2
            let startText = parts[..<half].joined(separator: "-")
            let endText = parts[half...].joined(separator: "-")
            if let start = PartialDate(startText), let end = PartialDate(endText), end < start {
                return "the range starts after it ends (write the earlier date first, e.g. 2019-2023)"
            }
            for (name, part) in [("start", startText), ("end", endText)]
            where PartialDate(part) == nil && PartialDate.hasDateShape(part) {
                return "its \(name) \(ModelReader.quoted(part)) is not a date: "
                    + (PartialDate.diagnosis(of: part) ?? "")
            }
        }
        return "it is neither a date (YYYY, YYYY-MM, YYYY-MM-DD) nor a range of two dates of one form (e.g. 2019-2023)"
    }
}
