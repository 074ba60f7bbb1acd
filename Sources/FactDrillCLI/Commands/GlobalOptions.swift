import ArgumentParser
import FactDrillKit
import FactDrillStore

/// Options every command that opens the database shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file.",
        discussion: "Default: $FACTDRILL_DB, else $XDG_DATA_HOME/factdrill/factdrill.sqlite (~/.local/share/factdrill/factdrill.sqlite).",
        valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "Do not wrap Arabic inside English lines in Unicode isolates (FSI…PDI).")
    var noBidiMarks = false
}

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

/// The languages a session shows questions in.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case ar, en, both

    var languages: [LanguageCode] {
        switch self {
        case .ar: return ["ar"]
        case .en: return ["en"]
        case .both: return ["ar", "en"]
        }
    }
}
