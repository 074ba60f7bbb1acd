import ArgumentParser
import FactDrillKit
import FactDrillStore

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
