import ArgumentParser
import FactDrillKit
import FactDrillStore

/// Options of study sessions. Each is optional so that the shell's own settings (its start
/// options and `lang`) apply where a `study` line does not set one.
struct StudyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Languages to show questions in: ar, en or both.", valueName: "ar|en|both"))
    var lang: LanguageChoice?

    @Option(name: .long, help: ArgumentHelp("New cards per day (default \(DailyLimits().newCards)).", valueName: "n"))
    var newPerDay: Int?

    @Option(name: .long, help: ArgumentHelp("Reviews per day (default \(DailyLimits().reviews)).", valueName: "n"))
    var reviewsPerDay: Int?

    mutating func validate() throws {
        guard (newPerDay ?? 0) >= 0, (reviewsPerDay ?? 0) >= 0 else {
            throw ValidationError("--new-per-day and --reviews-per-day take a number of cards, 0 or more")
        }
    }

    /// These options where set, else `base`'s.
    func over(_ base: StudyPreferences) -> StudyPreferences {
        StudyPreferences(
            lang: lang ?? base.lang, newPerDay: newPerDay ?? base.newPerDay,
            reviewsPerDay: reviewsPerDay ?? base.reviewsPerDay)
    }
}
