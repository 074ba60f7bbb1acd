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

/// Options of study sessions.
struct StudyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Languages to show questions in: ar, en or both.", valueName: "ar|en|both"))
    var lang: LanguageChoice = .both

    @Option(name: .long, help: "New cards per day.")
    var newPerDay: Int = DailyLimits().newCards

    @Option(name: .long, help: "Reviews per day.")
    var reviewsPerDay: Int = DailyLimits().reviews

    mutating func validate() throws {
        guard newPerDay >= 0, reviewsPerDay >= 0 else {
            throw ValidationError("--new-per-day and --reviews-per-day take a number of cards, 0 or more")
        }
    }

    var limits: DailyLimits {
        var limits = DailyLimits()
        limits.newCards = newPerDay
        limits.reviews = reviewsPerDay
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
