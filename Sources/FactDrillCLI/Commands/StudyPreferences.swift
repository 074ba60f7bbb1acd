import ArgumentParser
import FactDrillKit
import FactDrillStore

/// The study options in force, each nil where nobody set it (then the default applies).
struct StudyPreferences: Sendable {
    var lang: LanguageChoice?
    var newPerDay: Int?
    var reviewsPerDay: Int?

    /// The languages chosen (both when not set).
    var languages: [LanguageCode] { (lang ?? .both).languages }

    /// The daily limits, the defaults where not set.
    var limits: DailyLimits {
        var limits = DailyLimits()
        limits.newCards = newPerDay ?? limits.newCards
        limits.reviews = reviewsPerDay ?? limits.reviews
        return limits
    }
}
