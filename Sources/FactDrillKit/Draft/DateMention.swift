import Foundation

/// A date written in a sentence: absolute at the precision written («22 مارس 1945», "March
/// 2023", «في عام 2022»), a range ("2019-2023", «خلال الفترة 2019-2023»), or relative and
/// resolved against the publication date («العام الماضي», «يونيو الماضي», «يوم الخميس المقبل»,
/// "last year", "on Tuesday").
struct DateMention: Sendable {
    /// The words it covers.
    let range: Range<Int>
    /// The date, nil when a relative date could not be resolved.
    let date: PartialDate?
    /// The end of a range of dates (the mention is a period).
    let end: PartialDate?
    /// Whether it is written relative to the publication date.
    let relative: Bool
    /// Why it is less than certain (a weekday kept at the publication's precision), or why it
    /// is unresolved.
    let note: String?

    /// The month of a date written "of the same year", until the year is known.
    var month: Int? = nil

    /// The note of a month "of the same year" whose year is the sentence's earlier date's.
    static let sameYear = "of the same year as the date before it"

    var isPeriod: Bool { end != nil }

    /// The period text of a ranking ("2019-2023", "2023").
    var periodText: String? {
        guard let date else { return nil }
        return end.map { "\(date)-\($0)" } ?? date.description
    }
}
